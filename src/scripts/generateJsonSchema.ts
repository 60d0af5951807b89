// `npm run schema`: writes public/schema/causeway-map.v1.json from the zod schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMA_FILE, mapJsonSchemaText } from '../model/mapJsonSchema.ts';

const dir = path.resolve('public', 'schema');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, JSON_SCHEMA_FILE);
writeFileSync(file, mapJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
