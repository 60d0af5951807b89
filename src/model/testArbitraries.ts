// fast-check generators for property tests: small random maps (cycles and joint groups included) and the same map reshuffled.
import fc from 'fast-check';
import { withWholeGroups } from './edits/jointEdits.ts';
import { CLAIM_KINDS, RELATIONS, STATUSES, type ArgumentMap } from './schema.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';

/**
 * Valid maps of up to `maxClaims` claims: unique ids, no self-loops, no duplicate links, cycles allowed. A link
 * may join the joint group of its target and relation (one group of each), kept where it has two links.
 */
export function anyMap(maxClaims = 8, maxRelations = 24): fc.Arbitrary<ArgumentMap> {
  return fc.integer({ min: 1, max: maxClaims }).chain((n) =>
    fc
      .tuple(
        fc.array(fc.tuple(fc.constantFrom(...CLAIM_KINDS), fc.constantFrom(...STATUSES), fc.option(fc.constantFrom('1950', '1950-06', '1950-06-25', '1951'), { nil: undefined })), {
          minLength: n,
          maxLength: n,
        }),
        fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(...RELATIONS), fc.boolean()), {
          selector: ([s, t, r]) => `${s}-${r}-${t}`,
          maxLength: maxRelations,
        }),
      )
      .map(([claims, links]) => {
        const map = aMap(
          claims.map(([kind, status, date], i) => aClaim(`c${i}`, date === undefined ? { kind, status } : { kind, status, date })),
          links
            .filter(([s, t]) => s !== t)
            .map(([s, t, relation, joint]) => aRelation(`c${s}`, `c${t}`, joint ? { relation, joint: `g-c${t}-${relation}` } : { relation })),
        );
        return { ...map, edges: withWholeGroups(map.edges) };
      }),
  );
}

/** The same map with its claims and relations in another file order. */
export function reordered(map: ArgumentMap): fc.Arbitrary<ArgumentMap> {
  return fc
    .tuple(
      fc.shuffledSubarray(map.nodes, { minLength: map.nodes.length, maxLength: map.nodes.length }),
      fc.shuffledSubarray(map.edges, { minLength: map.edges.length, maxLength: map.edges.length }),
    )
    .map(([nodes, edges]) => ({ ...map, nodes, edges }));
}
