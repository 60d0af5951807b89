import { describe, expect, it } from 'vitest';
import { generateShape } from './generateShape.ts';
import { layoutMap } from './layoutMap.ts';
import type { ClaimBox } from './types.ts';

describe('layoutMap on the deepest map the format accepts', () => {
  // dagre's recursive cycle-breaking search overflowed the stack on this map (at 3,000 claims already under tsx).
  it('lays out a causal chain of 5,000 claims, each claim below the one that causes it', { timeout: 300_000 }, () => {
    const map = generateShape('chain', 5000);
    const layout = layoutMap(map, { fresh: true });
    expect(Object.keys(layout.claims)).toHaveLength(5000);
    for (let i = 1; i < 5000; i++) {
      const above = layout.claims[`c${i - 1}`] as ClaimBox;
      const below = layout.claims[`c${i}`] as ClaimBox;
      expect(below.y, `c${i}`).toBeGreaterThan(above.y + above.height);
    }
    for (const r of map.edges) expect(layout.relations[r.id]?.points.length, r.id).toBeGreaterThanOrEqual(2);
  });
});
