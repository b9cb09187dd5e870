import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError, readDataset } from '@/data/dataset-query';
import { parseEdtfDate, registerEdtfGrammar } from '@/domain/dates/edtf';
import { needsEdtfGrammar } from '@/domain/dates/plain-dates';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';

const FIXTURES = resolve(__dirname, '../../fixtures');
const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');

function minimalWithDate(date: string): string {
  const dataset = JSON.parse(fixture('valid/minimal.json')) as { events: { date: string }[] };
  for (const event of dataset.events) event.date = date;
  return JSON.stringify(dataset);
}

describe('readDataset', () => {
  // The app starts without the EDTF grammar; these tests start the same way.
  afterEach(() => registerEdtfGrammar(edtfGrammar));

  it('readDataset reads a dataset of plain dates without loading the EDTF grammar', async () => {
    registerEdtfGrammar(null);
    const loaded = await readDataset(minimalWithDate('2022-06-20/2022-06-26'), 'test:minimal', 'minimal.json');
    expect(loaded.format).toBe('linimasa');
    expect(loaded.dataset.events[0]?.date.interval).toBe(true);
    expect(() => parseEdtfDate('199X')).toThrow();
  });

  it('readDataset loads the EDTF grammar first when a date needs it', async () => {
    registerEdtfGrammar(null);
    expect(needsEdtfGrammar('199X')).toBe(true);
    const loaded = await readDataset(minimalWithDate('199X'), 'test:minimal', 'minimal.json');
    expect(loaded.dataset.events[0]?.date).toMatchObject({ precision: 'decade', uncertain: true });
  });

  it('readDataset converts a CSV sheet with the importers, loaded on demand', async () => {
    registerEdtfGrammar(null);
    const loaded = await readDataset(fixture('import/events.csv'), 'file:events.csv', 'events.csv');
    expect(loaded.format).toBe('csv');
    expect(loaded.converted).toBeDefined();
  });

  it('readDataset rejects an invalid dataset with its errors', async () => {
    await expect(readDataset('{"format": "linimasa/1"}', 'test:broken', 'broken.json')).rejects.toBeInstanceOf(DatasetError);
  });
});
