import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '@/domain/dataset/model';
import { createJsonSchema, JSON_SCHEMA_PATH, serializeJsonSchema } from '@/domain/dataset/json-schema';

describe('createJsonSchema', () => {
  it('the published JSON Schema equals what scripts/write-json-schema.ts generates (run it after changing schema.ts)', () => {
    const published = readFileSync(resolve(__dirname, '../../../..', JSON_SCHEMA_PATH), 'utf8');
    expect(published).toBe(serializeJsonSchema());
  });

  it('createJsonSchema describes the required top-level fields, the format and the event types', () => {
    const schema = createJsonSchema() as {
      $schema: string;
      $id: unknown;
      title: string;
      required: string[];
      properties: {
        format: { const: string };
        events: { maxItems: number; items: { properties: { type: { enum: string[] } } } };
      };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBeTypeOf('string');
    expect(schema.title).toContain('linimasa/1');
    expect(schema.required).toEqual(['format', 'id', 'title', 'locales', 'sources', 'actors', 'events']);
    expect(schema.properties.format.const).toBe('linimasa/1');
    expect(schema.properties.events.items.properties.type.enum).toEqual([...EVENT_TYPES]);
    expect(schema.properties.events.maxItems).toBe(200_000);
  });
});
