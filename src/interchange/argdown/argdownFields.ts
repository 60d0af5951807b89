// The names Causeway's own fields take in Argdown data and front matter, shared by the writer and the reader.
import type { RelationKind } from '../../model/schema.ts';

/** Argdown's two relation words for Causeway's four: a plain Argdown reader sees causes and motivates as support. */
export const ARGDOWN_RELATION: Record<RelationKind, 'support' | 'attack'> = {
  causes: 'support',
  supports: 'support',
  motivates: 'support',
  refutes: 'attack',
};

/** The relation a bare Argdown support or attack becomes. */
export const DEFAULT_RELATION = { support: 'supports', attack: 'refutes' } as const satisfies Record<string, RelationKind>;

/** The id a relation gets when the text does not name one (the same rule as a link drawn on the canvas). */
export function defaultRelationId(source: string, relation: RelationKind, target: string): string {
  return `${source}-${relation}-${target}`;
}

/** The front-matter key holding what Argdown has no place for (layout direction, the story, link order). */
export const CAUSEWAY_KEY = 'causeway';

/** A claim's data fields, in the order they are written. */
export const CLAIM_DATA_KEYS = ['kind', 'status', 'date', 'dateText', 'label', 'text', 'sources', 'pos', 'links'] as const;
