/**
 * Writes public/schema/linimasa-1.schema.json from the zod schema.
 * Run: npx tsx scripts/write-json-schema.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_PATH, serializeJsonSchema } from '../src/domain/dataset/json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, serializeJsonSchema());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
