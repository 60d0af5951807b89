// The AraucariaDB corpus (661 AIF graphs in ../shared): every one imports, and what comes in matches what the files hold.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeWithShared } from '../../testing/sharedDataTests.ts';
import { readInterchange } from '../formats.ts';

describeWithShared('AraucariaDB AIF corpus', 'interchange-samples/aif-araucaria', (dir) => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

  it('holds the 661 graphs the data README names', () => {
    expect(files).toHaveLength(661);
  });

  it('imports all 661, each claim from an I-node and each premise of an RA or CA node a link', { timeout: 120_000 }, async () => {
    const failed: string[] = [];
    for (const name of files) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const result = await readInterchange(name, text);
      if (!result.ok) {
        failed.push(`${name}: ${result.problems[0]?.message}`);
        continue;
      }
      const aif = JSON.parse(text) as { nodes: { type: string }[] };
      expect(result.map.nodes.length, name).toBe(aif.nodes.filter((n) => n.type === 'I').length);
      expect(result.map.meta.title).toBe(name.replace(/\.json$/, ''));
    }
    expect(failed).toEqual([]);
  });
});
