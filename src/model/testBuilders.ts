// Small builders for test data: a valid claim, relation or map with only the fields a test cares about.
import type { ArgumentMap, Claim, Relation } from './schema.ts';

export function aClaim(id: string, overrides: Partial<Claim> = {}): Claim {
  return { id, kind: 'claim', label: `Claim ${id}`, status: 'unassessed', sources: [], ...overrides };
}

export function aRelation(source: string, target: string, overrides: Partial<Relation> = {}): Relation {
  const relation = overrides.relation ?? 'causes';
  return { id: `${source}-${relation}-${target}`, source, target, relation, ...overrides };
}

export function aMap(claims: Claim[] = [], relations: Relation[] = [], overrides: Partial<ArgumentMap> = {}): ArgumentMap {
  return {
    format: 'causeway-map',
    version: 1,
    meta: { title: 'Test map' },
    nodes: claims,
    edges: relations,
    ...overrides,
  };
}

/** A chain a → b → c … of `causes` links, the smallest realistic argument. */
export function aChain(...ids: string[]): ArgumentMap {
  return aMap(
    ids.map((id) => aClaim(id)),
    ids.slice(1).map((id, i) => aRelation(ids[i] as string, id)),
  );
}
