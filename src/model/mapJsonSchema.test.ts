// The committed JSON Schema is exactly what the zod schema generates, and maps point at it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, mapJsonSchemaText } from './mapJsonSchema.ts';
import { SCHEMA_REF } from './schema.ts';
import { SEED_MAP_FILE } from './testSeedMap.ts';

const committedFile = path.resolve('public', 'schema', JSON_SCHEMA_FILE);

describe('the generated JSON Schema', () => {
  it('is committed up to date (run `npm run schema` after changing src/model/schema.ts)', () => {
    expect(readFileSync(committedFile, 'utf8')).toBe(mapJsonSchemaText());
  });

  it("is the file the seed map's $schema names, relative to maps/", () => {
    const seed = JSON.parse(readFileSync(SEED_MAP_FILE, 'utf8')) as { $schema?: string };
    expect(seed.$schema).toBe(SCHEMA_REF);
    expect(path.resolve(path.dirname(SEED_MAP_FILE), SCHEMA_REF)).toBe(committedFile);
  });

  it('describes the format strictly: known fields only, the kinds and relations as enums', () => {
    const schema = JSON.parse(mapJsonSchemaText());
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('$schema');
    expect(schema.properties.nodes.items.properties.kind.enum).toEqual(['event', 'claim', 'assumption', 'evidence']);
    expect(schema.properties.edges.items.properties.relation.enum).toEqual(['causes', 'supports', 'refutes', 'motivates']);
  });
});
