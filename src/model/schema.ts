// The map file format (v1): the zod schema is the single definition of every map type.
import * as z from 'zod/mini';
import { hasVisibleCharacter, NO_VISIBLE_CHARACTER } from './hasVisibleCharacter.ts';

/**
 * zod/mini (the same validator, built from functions the bundler can drop when unused) keeps the app's
 * first download about 16 KB gzip smaller than zod's chained API; the English messages are loaded so
 * complaints read as before.
 */
z.config(z.locales.en());

export const MAP_FORMAT = 'causeway-map';
export const CURRENT_VERSION = 1;
/** Relative from a file in maps/ to the generated JSON Schema, so editors validate maps as they are typed. */
export const SCHEMA_REF = '../public/schema/causeway-map.v1.json';

export const LIMITS = {
  idLength: 80,
  labelLength: 280,
  textLength: 20_000,
  quoteLength: 5_000,
  shortText: 500,
  claims: 5_000,
  relations: 10_000,
  sourcesPerClaim: 50,
} as const;

export const CLAIM_KINDS = ['event', 'claim', 'assumption', 'evidence'] as const;
export const STATUSES = ['supported', 'refuted', 'contested', 'unassessed'] as const;
export const RELATIONS = ['causes', 'supports', 'refutes', 'motivates'] as const;
export const DIRECTIONS = ['TB', 'LR'] as const;

/** What a claim's, a link's or a story step's id looks like. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .check(
    z.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
    z.regex(ID_PATTERN, 'must be a slug: lowercase letters, digits and single hyphens'),
  );

const shortTextMax = z.maxLength(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`);
const shortText = z.string().check(shortTextMax);

/**
 * Text shown as a name (a label, the title, a citation) must show something: spaces, NBSPs or zero-width characters
 * alone draw an empty box with an empty accessible name. The empty text is left to each field's own rule.
 */
const visible = z.refine<string>((text) => text === '' || hasVisibleCharacter(text), NO_VISIBLE_CHARACTER);

/** Year, year-month or full date, as historians cite them: 1950, 1950-06, 1950-06-25. */
const partialDate = z
  .string()
  .check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date like 1950, 1950-06 or 1950-06-25'));

export const sourceRefSchema = z.strictObject({
  citation: z.string().check(shortTextMax, z.minLength(1, 'must not be empty'), visible),
  quote: z.string().check(z.maxLength(LIMITS.quoteLength, `must be at most ${LIMITS.quoteLength} characters`)),
  locator: z.optional(shortText),
  url: z.optional(shortText),
});

export const citationSchema = z.strictObject({
  author: shortText,
  title: shortText,
  venue: z.optional(shortText),
  place: z.optional(shortText),
  date: z.optional(shortText),
  url: z.optional(shortText),
});

/** zod 4 numbers already reject NaN and Infinity (JSON.parse reads 1e999 as Infinity). */
export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const claimSchema = z.strictObject({
  id: slug,
  kind: z.enum(CLAIM_KINDS),
  label: z
    .string()
    .check(z.minLength(1, 'must not be empty'), z.maxLength(LIMITS.labelLength, `must be at most ${LIMITS.labelLength} characters (put the rest in "text")`), visible),
  text: z.optional(z.string().check(z.maxLength(LIMITS.textLength, `must be at most ${LIMITS.textLength} characters`))),
  status: z.enum(STATUSES),
  date: z.optional(partialDate),
  sources: z.array(sourceRefSchema).check(z.maxLength(LIMITS.sourcesPerClaim)),
  position: z.optional(positionSchema),
});

export const relationSchema = z.strictObject({
  id: slug,
  source: slug,
  target: slug,
  relation: z.enum(RELATIONS),
  label: z.optional(z.string().check(shortTextMax, visible)),
  /** A joint group: links that share this id (same target, same relation) hold only together. */
  joint: z.optional(slug),
});

export const layoutSettingsSchema = z.strictObject({
  direction: z.optional(z.enum(DIRECTIONS)),
});

/** A teacher's explicit presentation order: claim ids with an optional note shown on that step. */
export const storyStepSchema = z.strictObject({
  id: slug,
  note: z.optional(z.string().check(z.maxLength(LIMITS.quoteLength, `must be at most ${LIMITS.quoteLength} characters`))),
});

export const mapSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(MAP_FORMAT),
  version: z.literal(CURRENT_VERSION),
  meta: z.strictObject({
    title: z.string().check(shortTextMax, z.minLength(1, 'must not be empty'), visible),
    summary: z.optional(z.string().check(z.maxLength(LIMITS.textLength))),
    source: z.optional(citationSchema),
  }),
  layout: z.optional(layoutSettingsSchema),
  story: z.optional(z.array(storyStepSchema).check(z.maxLength(LIMITS.claims))),
  nodes: z.array(claimSchema).check(z.maxLength(LIMITS.claims, `a map holds at most ${LIMITS.claims} nodes`)),
  edges: z.array(relationSchema).check(z.maxLength(LIMITS.relations, `a map holds at most ${LIMITS.relations} edges`)),
});

export type ArgumentMap = z.infer<typeof mapSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Position = z.infer<typeof positionSchema>;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type RelationKind = (typeof RELATIONS)[number];
export type Direction = (typeof DIRECTIONS)[number];
