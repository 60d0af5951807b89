import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyWhatIf } from './applyWhatIf.ts';
import { claimFlags, evaluateMap, type Flag, relationBroken } from './evaluateMap.ts';
import { explainFlag, explainRule, flagTitle } from './explainFlag.ts';
import type { ArgumentMap, Status } from './schema.ts';
import { anyMap, reordered } from './testArbitraries.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';
import { loadSeedMap } from './testSeedMap.ts';

const refutedAssumption = (id: string, label = `Assumption ${id}`) => aClaim(id, { kind: 'assumption', status: 'refuted', label });
const motivates = (s: string, t: string) => aRelation(s, t, { relation: 'motivates' });
const supports = (s: string, t: string) => aRelation(s, t, { relation: 'supports' });
const refutes = (s: string, t: string) => aRelation(s, t, { relation: 'refutes' });
const withStatus = (id: string, status: Status) => aClaim(id, { status });

describe('rests on a miscalculation', () => {
  it('flags every claim downstream of a refuted assumption by motivates and causes, with its path', () => {
    const map = aMap(
      [refutedAssumption('belief', 'US belief that Stalin probed Western will'), aClaim('buildup', { label: 'NSC 68 buildup' }), aClaim('nato'), aClaim('aside')],
      [motivates('belief', 'buildup'), aRelation('buildup', 'nato'), aRelation('aside', 'buildup')],
    );
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.buildup?.restsOnMiscalculation?.paths).toEqual([
      { claimIds: ['belief', 'buildup'], links: [{ relationId: 'belief-motivates-buildup', relation: 'motivates' }] },
    ]);
    expect(evaluation.claims.nato?.restsOnMiscalculation?.paths[0]?.claimIds).toEqual(['belief', 'buildup', 'nato']);
    expect(evaluation.claims.aside?.restsOnMiscalculation).toBeUndefined();
    expect(evaluation.claims.belief?.restsOnMiscalculation).toBeUndefined();
    expect(explainFlag(map, evaluation.claims.buildup?.restsOnMiscalculation as never)).toEqual([
      'rests on: US belief that Stalin probed Western will (refuted) → motivates → NSC 68 buildup',
      'still stands: Claim aside (unassessed) → causes → NSC 68 buildup',
    ]);
  });

  it('starts only from assumptions marked refuted, and does not travel along supports or refutes', () => {
    const map = aMap(
      [aClaim('refuted-event', { kind: 'event', status: 'refuted' }), aClaim('held', { kind: 'assumption', status: 'supported' }), refutedAssumption('a'), aClaim('x'), aClaim('y'), aClaim('z'), aClaim('w')],
      [aRelation('refuted-event', 'x'), aRelation('held', 'y'), supports('a', 'z'), refutes('a', 'w')],
    );
    const evaluation = evaluateMap(map);
    for (const id of ['x', 'y', 'z', 'w']) expect(evaluation.claims[id]?.restsOnMiscalculation).toBeUndefined();
  });

  it('gives one shortest path per refuted assumption, shortest first, ties by the smaller link id', () => {
    const map = aMap(
      [refutedAssumption('far'), refutedAssumption('near'), aClaim('m1'), aClaim('m2'), aClaim('m3'), aClaim('end')],
      [aRelation('far', 'm3'), aRelation('m3', 'm1'), aRelation('m1', 'end'), motivates('near', 'end'), aRelation('far', 'm2'), aRelation('m2', 'end')],
    );
    const paths = evaluateMap(map).claims.end?.restsOnMiscalculation?.paths;
    expect(paths?.map((p) => p.claimIds)).toEqual([
      ['near', 'end'],
      ['far', 'm2', 'end'],
    ]);
  });

  it('flags a refuted assumption that another one motivates, but not one a cycle leads back to', () => {
    const map = aMap([refutedAssumption('a'), refutedAssumption('b'), aClaim('c')], [motivates('a', 'b'), aRelation('b', 'c'), aRelation('c', 'a')]);
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.b?.restsOnMiscalculation?.paths.map((p) => p.claimIds[0])).toEqual(['a']);
    expect(evaluation.claims.a?.restsOnMiscalculation?.paths.map((p) => p.claimIds)).toEqual([['b', 'c', 'a']]);
    expect(evaluation.claims.c?.restsOnMiscalculation?.paths.map((p) => p.claimIds)).toEqual([['b', 'c'], ['a', 'b', 'c']]);
  });

  it('terminates on cycles and flags everything on them', () => {
    const map = aMap([refutedAssumption('a'), aClaim('b'), aClaim('c')], [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('c', 'b')]);
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.b?.restsOnMiscalculation?.paths[0]?.claimIds).toEqual(['a', 'b']);
    expect(evaluation.claims.c?.restsOnMiscalculation?.paths[0]?.claimIds).toEqual(['a', 'b', 'c']);
  });
});

describe('unsupported', () => {
  it('flags a claim whose every support is refuted, listing each support', () => {
    const map = aMap([withStatus('s1', 'refuted'), withStatus('s2', 'refuted'), aClaim('thesis')], [supports('s2', 'thesis'), supports('s1', 'thesis')]);
    expect(evaluateMap(map).claims.thesis?.unsupported?.paths.map((p) => p.claimIds)).toEqual([
      ['s1', 'thesis'],
      ['s2', 'thesis'],
    ]);
  });

  it('does not flag a claim with one standing support, or with no support at all', () => {
    const map = aMap([withStatus('s1', 'refuted'), withStatus('s2', 'unassessed'), aClaim('thesis'), aClaim('bare')], [supports('s1', 'thesis'), supports('s2', 'thesis')]);
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.thesis?.unsupported).toBeUndefined();
    expect(evaluation.claims.bare?.unsupported).toBeUndefined();
  });
});

describe('in tension', () => {
  it('flags a supported claim that a supported claim refutes', () => {
    const map = aMap([withStatus('evidence', 'supported'), withStatus('weak', 'unassessed'), withStatus('claim', 'supported')], [refutes('evidence', 'claim'), refutes('weak', 'claim')]);
    const flag = evaluateMap(map).claims.claim?.inTension;
    expect(flag?.paths.map((p) => p.claimIds)).toEqual([['evidence', 'claim']]);
    expect(explainFlag(map, flag as never)).toEqual(['marked supported, but refuted by a supported claim: Claim evidence (supported) → refutes → Claim claim']);
  });

  it('flags a refuted claim that nothing refutes, and not one that something refutes', () => {
    const map = aMap([withStatus('alone', 'refuted'), withStatus('answered', 'refuted'), withStatus('critic', 'unassessed')], [refutes('critic', 'answered')]);
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.alone?.inTension?.paths).toEqual([{ claimIds: ['alone'], links: [] }]);
    expect(explainFlag(map, evaluation.claims.alone?.inTension as never)).toEqual(['marked refuted, but nothing refutes it: Claim alone']);
    expect(evaluation.claims.answered?.inTension).toBeUndefined();
  });

  it('does not flag a supported claim refuted only by unsupported claims, nor contested claims', () => {
    const map = aMap([withStatus('critic', 'refuted'), withStatus('claim', 'supported'), withStatus('open', 'contested')], [refutes('critic', 'claim')]);
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.claim?.inTension).toBeUndefined();
    expect(evaluation.claims.open?.inTension).toBeUndefined();
  });
});

describe('broken links', () => {
  it('marks causes and motivates links out of a refuted claim, and no others', () => {
    const map = aMap(
      [withStatus('r', 'refuted'), aClaim('a'), aClaim('b'), aClaim('c'), aClaim('d')],
      [aRelation('r', 'a'), motivates('r', 'b'), supports('r', 'c'), refutes('r', 'd'), aRelation('a', 'b')],
    );
    const evaluation = evaluateMap(map);
    expect(relationBroken(evaluation, 'r-causes-a')?.paths).toEqual([{ claimIds: ['r', 'a'], links: [{ relationId: 'r-causes-a', relation: 'causes' }] }]);
    expect(relationBroken(evaluation, 'r-motivates-b')).toBeDefined();
    for (const id of ['r-supports-c', 'r-refutes-d', 'a-causes-b', 'constructor']) expect(relationBroken(evaluation, id)).toBeUndefined();
    expect(explainFlag(map, relationBroken(evaluation, 'r-causes-a') as never)).toEqual(['broken: Claim r (refuted) → causes → Claim a']);
  });
});

describe('joint groups', () => {
  const jointly = (s: string, t: string, relation: 'supports' | 'causes' | 'motivates' | 'refutes', joint = 'g') => aRelation(s, t, { relation, joint });

  it('a joint support falls when any one member is refuted, where separate supports fall only when all are', () => {
    const separate = aMap([withStatus('p', 'refuted'), withStatus('q', 'supported'), aClaim('t')], [supports('p', 't'), supports('q', 't')]);
    expect(evaluateMap(separate).claims.t?.unsupported).toBeUndefined();

    const joint = aMap([withStatus('p', 'refuted'), withStatus('q', 'supported'), aClaim('t')], [jointly('p', 't', 'supports'), jointly('q', 't', 'supports')]);
    const flag = evaluateMap(joint).claims.t?.unsupported as Flag;
    expect(flag.paths).toEqual([{ claimIds: ['p', 't'], links: [{ relationId: 'p-supports-t', relation: 'supports', joint: 'g' }] }]);
    expect(explainFlag(joint, flag)).toEqual(['its joint support ‘g’ falls when any member is refuted: Claim p (refuted) → supports, jointly with “Claim q” → Claim t']);
    expect(explainRule(flag)).toMatch(/a joint group when any one of its members is/);
    expect(explainRule(evaluateMap(aMap([withStatus('p', 'refuted'), aClaim('t')], [supports('p', 't')])).claims.t?.unsupported as Flag)).toMatch(/separate supports is refuted/);
  });

  it('a claim with a standing separate support besides a fallen joint group is not unsupported', () => {
    const map = aMap(
      [withStatus('p', 'refuted'), withStatus('q', 'supported'), withStatus('e', 'supported'), aClaim('t')],
      [jointly('p', 't', 'supports'), jointly('q', 't', 'supports'), supports('e', 't')],
    );
    expect(evaluateMap(map).claims.t?.unsupported).toBeUndefined();
  });

  it('breaks every causal link of a joint group when one member’s source is refuted, naming that member', () => {
    const map = aMap([withStatus('r', 'refuted'), withStatus('x', 'supported'), aClaim('t')], [jointly('r', 't', 'causes'), jointly('x', 't', 'causes')]);
    const evaluation = evaluateMap(map);
    expect(relationBroken(evaluation, 'x-causes-t')?.paths.map((p) => p.links[0]?.relationId)).toEqual(['r-causes-t']);
    expect(relationBroken(evaluation, 'r-causes-t')?.paths.map((p) => p.links[0]?.relationId)).toEqual(['r-causes-t']);
    expect(explainFlag(map, relationBroken(evaluation, 'x-causes-t') as Flag)).toEqual(['broken with its joint group ‘g’: Claim r (refuted) → causes, jointly with “Claim x” → Claim t']);
  });

  it('puts a claim in tension with a joint refutation only when every member is supported', () => {
    const half = aMap([withStatus('a', 'supported'), withStatus('b', 'unassessed'), withStatus('t', 'supported')], [jointly('a', 't', 'refutes'), jointly('b', 't', 'refutes')]);
    expect(evaluateMap(half).claims.t?.inTension).toBeUndefined();
    const whole = aMap([withStatus('a', 'supported'), withStatus('b', 'supported'), withStatus('t', 'supported')], [jointly('a', 't', 'refutes'), jointly('b', 't', 'refutes')]);
    expect(evaluateMap(whole).claims.t?.inTension?.paths.map((p) => p.claimIds[0])).toEqual(['a', 'b']);
  });
});

describe('partly or wholly', () => {
  it('rests partly on a refuted assumption when another cause stands, and lists the surviving cause', () => {
    const map = aMap(
      [refutedAssumption('belief', 'Belief'), aClaim('invasion', { kind: 'event', status: 'supported', label: 'Invasion' }), aClaim('buildup', { label: 'Buildup' })],
      [motivates('belief', 'buildup'), aRelation('invasion', 'buildup')],
    );
    const flag = evaluateMap(map).claims.buildup?.restsOnMiscalculation as Flag;
    expect(flag.extent).toBe('partly');
    expect(flag.surviving).toEqual([{ claimIds: ['invasion', 'buildup'], links: [{ relationId: 'invasion-causes-buildup', relation: 'causes' }] }]);
    expect(explainFlag(map, flag)).toEqual(['rests on: Belief (refuted) → motivates → Buildup', 'still stands: Invasion (supported) → causes → Buildup']);
    expect(flagTitle(flag)).toBe('Partly: Rests on a refuted assumption');
    expect(flagTitle(flag, 'Miscalculation')).toBe('Partly: Miscalculation');
    expect(explainRule(flag)).toBe('Partly: one cause or motive of it still stands, listed below.');
  });

  it('rests wholly when every cause and motive falls: refuted, or itself wholly resting', () => {
    const map = aMap(
      [refutedAssumption('a'), withStatus('refuted-event', 'refuted'), aClaim('b'), aClaim('c')],
      [motivates('a', 'b'), aRelation('refuted-event', 'b'), aRelation('b', 'c')],
    );
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.b?.restsOnMiscalculation?.extent).toBe('wholly');
    expect(evaluation.claims.c?.restsOnMiscalculation?.extent).toBe('wholly');
    expect(evaluation.claims.c?.restsOnMiscalculation?.surviving).toBeUndefined();
    expect(flagTitle(evaluation.claims.c?.restsOnMiscalculation as Flag, 'Miscalculation')).toBe('Wholly: Miscalculation');
  });

  it('passes "partly" on: a claim whose only cause rests partly rests partly too', () => {
    const map = aMap([refutedAssumption('a'), withStatus('x', 'supported'), aClaim('b'), aClaim('c')], [motivates('a', 'b'), aRelation('x', 'b'), aRelation('b', 'c')]);
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.c?.restsOnMiscalculation?.extent).toBe('partly');
    expect(evaluation.claims.c?.restsOnMiscalculation?.surviving?.map((p) => p.claimIds)).toEqual([['b', 'c']]);
  });

  it('makes a claim rest wholly when its standing cause is joint with a refuted assumption', () => {
    const links = (joint?: string) => [aRelation('a', 't', joint ? { relation: 'motivates', joint } : { relation: 'motivates' }), aRelation('x', 't', joint ? { relation: 'motivates', joint } : { relation: 'motivates' })];
    const claims = [refutedAssumption('a'), withStatus('x', 'supported'), aClaim('t')];
    expect(evaluateMap(aMap(claims, links())).claims.t?.restsOnMiscalculation?.extent).toBe('partly');
    const joint = aMap(claims, links('g'));
    const flag = evaluateMap(joint).claims.t?.restsOnMiscalculation as Flag;
    expect(flag.extent).toBe('wholly');
    expect(explainFlag(joint, flag)).toEqual(['rests on: Assumption a (refuted) → motivates, jointly with “Claim x” → Claim t']);
  });

  it('rests wholly on a cycle fed only by a refuted assumption', () => {
    const map = aMap([refutedAssumption('a'), aClaim('b'), aClaim('c')], [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('c', 'b')]);
    const evaluation = evaluateMap(map);
    expect(evaluation.claims.b?.restsOnMiscalculation?.extent).toBe('wholly');
    expect(evaluation.claims.c?.restsOnMiscalculation?.extent).toBe('wholly');
  });

  it('is partly exactly when some cause or motive into the claim stands, which it then lists', () => {
    fc.assert(
      fc.property(anyMap(), (map) => {
        const evaluation = evaluateMap(map);
        const byId = new Map(map.nodes.map((c) => [c.id, c]));
        for (const claim of map.nodes) {
          const flag = evaluation.claims[claim.id]?.restsOnMiscalculation;
          if (!flag) continue;
          const falls = (source: string) => byId.get(source)?.status === 'refuted' || evaluation.claims[source]?.restsOnMiscalculation?.extent === 'wholly';
          const into = map.edges.filter((r) => r.target === claim.id && (r.relation === 'causes' || r.relation === 'motivates'));
          const stands = into.filter((r) => !falls(r.source) && !into.some((other) => other.joint && other.joint === r.joint && falls(other.source)));
          expect(flag.extent).toBe(stands.length > 0 ? 'partly' : 'wholly');
          expect((flag.surviving ?? []).map((p) => p.links[0]?.relationId)).toEqual(stands.map((r) => r.id).sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the evaluation as a whole', () => {
  it('has an entry for every claim and relation, and lists a claim’s flags in a fixed order', () => {
    const map = aMap([refutedAssumption('a'), withStatus('b', 'supported'), withStatus('e', 'supported')], [aRelation('a', 'b'), supports('a', 'b'), refutes('e', 'a')]);
    const evaluation = evaluateMap(map);
    expect(Object.keys(evaluation.claims).sort()).toEqual(['a', 'b', 'e']);
    expect(Object.keys(evaluation.relations).sort()).toEqual(['a-causes-b', 'a-supports-b', 'e-refutes-a']);
    expect(claimFlags(evaluation, 'b').map((f) => f.kind)).toEqual(['restsOnMiscalculation', 'unsupported']);
    expect(claimFlags(evaluation, 'a').map((f) => f.kind)).toEqual([]);
    expect(claimFlags(evaluation, 'toString')).toEqual([]);
  });

  it('gives the same answer for any order of claims and relations in the file', () => {
    fc.assert(
      fc.property(
        anyMap().chain((map) => fc.tuple(fc.constant(map), reordered(map))),
        ([map, shuffled]) => {
          expect(evaluateMap(shuffled)).toEqual(evaluateMap(map));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never changes a status: the map is untouched and the evaluation holds no status', () => {
    fc.assert(
      fc.property(anyMap(), (map) => {
        const before = structuredClone(map);
        const evaluation = evaluateMap(map);
        expect(map).toEqual(before);
        expect(keysIn(evaluation)).not.toContain('status');
      }),
      { numRuns: 300 },
    );
  });

  it('flags only paths that really exist in the map', () => {
    fc.assert(
      fc.property(anyMap(), (map: ArgumentMap) => {
        const relations = new Map(map.edges.map((r) => [r.id, r]));
        const evaluation = evaluateMap(map);
        const flags: Flag[] = [
          ...map.nodes.flatMap((claim) => claimFlags(evaluation, claim.id)),
          ...map.nodes.flatMap((claim) => {
            const surviving = evaluation.claims[claim.id]?.restsOnMiscalculation?.surviving;
            return surviving ? [{ kind: 'restsOnMiscalculation' as const, paths: surviving }] : [];
          }),
          ...map.edges.flatMap((relation) => relationBroken(evaluation, relation.id) ?? []),
        ];
        for (const flag of flags) {
          expect(flag.paths.length).toBeGreaterThan(0);
          for (const path of flag.paths) {
            expect(path.claimIds.length).toBe(path.links.length + 1);
            path.links.forEach((link, i) => {
              const relation = relations.get(link.relationId);
              expect([relation?.source, relation?.target, relation?.relation, relation?.joint]).toEqual([path.claimIds[i], path.claimIds[i + 1], link.relation, link.joint]);
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysIn(inner)]);
}

describe('on the seed map', () => {
  const map = loadSeedMap();
  const usAssumptions = ['stalin-drove-invasion', 'stalin-probe-of-west'];
  const chainToEscalation = [
    'nsc68-buildup',
    'nato-integrated-force',
    'us-presence-europe',
    'sac-tripled',
    'bomber-basing-rights',
    'nato-nuclear-strategy',
    'cia-covert-expansion',
    'soviet-strategic-expansion',
    'cold-war-escalation',
  ];

  it('flags the buildup and the chain below it to the escalation as resting on the refuted US assumptions, with paths', () => {
    const evaluation = evaluateMap(map);
    for (const id of chainToEscalation) {
      const paths = evaluation.claims[id]?.restsOnMiscalculation?.paths ?? [];
      expect(paths.map((p) => p.claimIds[0]).sort(), id).toEqual(usAssumptions);
      for (const p of paths) expect(p.claimIds.slice(1, 2), id).toEqual(['nsc68-buildup']);
    }
    expect(evaluation.claims['cold-war-escalation']?.restsOnMiscalculation?.paths[0]?.claimIds).toEqual([
      'stalin-drove-invasion',
      'nsc68-buildup',
      'cold-war-escalation',
    ]);
    expect(explainFlag(map, evaluation.claims['nsc68-buildup']?.restsOnMiscalculation as Flag)).toEqual([
      'rests on: Truman administration: Stalin drove the invasion (refuted) → motivates → Massive U.S. military buildup implements NSC 68',
      'rests on: U.S. belief: Stalin backed the invasion to probe Western will before a move in Europe (refuted) → motivates → Massive U.S. military buildup implements NSC 68',
      'still stands: North Korea invades South Korea (supported) → causes → Massive U.S. military buildup implements NSC 68',
    ]);
    expect(evaluation.claims['north-korean-invasion']?.restsOnMiscalculation).toBeUndefined();
    expect(evaluation.claims['thesis-buildup-escalated']?.restsOnMiscalculation).toBeUndefined();
  });

  it('has the buildup rest partly on them, since the invasion still stands, and Stalin’s agreement wholly on Kim’s assurance', () => {
    const evaluation = evaluateMap(map);
    for (const id of chainToEscalation) expect(evaluation.claims[id]?.restsOnMiscalculation?.extent, id).toBe('partly');
    expect(evaluation.claims['nsc68-buildup']?.restsOnMiscalculation?.surviving?.map((p) => p.claimIds[0])).toEqual(['north-korean-invasion']);
    expect(evaluation.claims['stalin-agreed-jan-1950']?.restsOnMiscalculation?.extent).toBe('wholly');
    expect(map.edges.filter((r) => r.joint)).toEqual([]);
  });

  it('draws the links out of the refuted assumptions as broken and finds no contradicting marks', () => {
    const evaluation = evaluateMap(map);
    const broken = map.edges.filter((r) => relationBroken(evaluation, r.id)).map((r) => r.source);
    expect(new Set(broken)).toEqual(new Set([...usAssumptions, 'kim-assurance-no-us-intervention']));
    expect(map.nodes.filter((c) => evaluation.claims[c.id]?.inTension || evaluation.claims[c.id]?.unsupported)).toEqual([]);
  });

  it('clears those flags when the US assumptions are marked supported', () => {
    const whatIf = evaluateMap(applyWhatIf(map, Object.fromEntries(usAssumptions.map((id) => [id, 'supported' as const]))));
    for (const id of chainToEscalation) expect(whatIf.claims[id]?.restsOnMiscalculation, id).toBeUndefined();
    expect(map.edges.filter((r) => usAssumptions.includes(r.source) && relationBroken(whatIf, r.id))).toEqual([]);
  });
});
