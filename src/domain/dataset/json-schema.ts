/**
 * The JSON Schema of `linimasa/1`, generated from the zod schema so other
 * tools can check datasets. It covers shapes and patterns; the cross-checks
 * in parse-dataset.ts (ids, references, EDTF dates, evidence offsets) have no
 * JSON Schema equivalent.
 */
import { z } from 'zod/mini';
import { datasetSchema } from '@/domain/dataset/schema';

/** Where the generated schema is published, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'public/schema/linimasa-1.schema.json';

/** The schema's `$id`: a stable name, not a download address. */
export const JSON_SCHEMA_ID = 'urn:linimasa:schema:linimasa-1';

/** Builds the JSON Schema (draft 2020-12) for a `linimasa/1` dataset file. */
export function createJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return { $schema, $id: JSON_SCHEMA_ID, ...rest };
}

/** The schema file's exact contents: two-space JSON with a final newline. */
export function serializeJsonSchema(): string {
  return `${JSON.stringify(createJsonSchema(), null, 2)}\n`;
}
