// The JSON Schema of the map format, generated from the zod schema so editors validate maps as they are typed.
import * as z from 'zod/mini';
import { CURRENT_VERSION, mapSchema } from './schema.ts';

/** File name of the generated schema under public/schema/, the target of every map's `$schema`. */
export const JSON_SCHEMA_FILE = `causeway-map.v${CURRENT_VERSION}.json`;

/**
 * Draft-07 because VS Code's JSON language service validates it completely; its support for 2020-12 is
 * partial. Refinements with no JSON Schema form (finite numbers) stay in zod, which remains the load gate.
 */
export function mapJsonSchemaText(): string {
  const generated = z.toJSONSchema(mapSchema, { target: 'draft-07' });
  const schema = {
    $schema: generated.$schema,
    title: `Causeway argument map, format version ${CURRENT_VERSION}`,
    description: 'An argument map for Causeway: claims (nodes) and typed relations (edges) with their sources.',
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
