import { describe, expect, it } from 'vitest';
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';
import { applyDateEntry, dateEntryText, readDateEntry } from '@/domain/draft/date-entry';
import { createEmptyEvent } from '@/domain/draft/draft-model';

const FRIDAY = '2022-07-01';

describe('date entry', () => {
  it.each(['2022-06', '2022-06-20/2022-06-26', '1997?', '2020~', '2022-06-26'])(
    'readDateEntry keeps the EDTF date %s as typed',
    (date) => {
      const entry = readDateEntry(date, FRIDAY);
      expect(entry.kind).toBe('edtf');
      expect(entry.kind === 'edtf' && entry.date).toBe(date);
    },
  );

  it.each([
    ['pekan lalu', '2022-06-20/2022-06-26'],
    ['last week', '2022-06-20/2022-06-26'],
    ['awal pekan ini', '2022-06-27/2022-06-29'],
    ['earlier this week', '2022-06-27/2022-06-29'],
    ['Sunday', '2022-06-26'],
    ['kemarin', '2022-06-30'],
    ['yesterday', '2022-06-30'],
  ])('readDateEntry resolves "%s" against the publication day to %s', (phrase, date) => {
    const entry = readDateEntry(phrase, FRIDAY);
    expect(entry).toMatchObject({ kind: 'phrase', phrase, date, published: FRIDAY });
  });

  it('readDateEntry cannot resolve a phrase without a publication day, and says what is wrong with the text', () => {
    expect(readDateEntry('pekan lalu', null).kind).toBe('unknown');
    const entry = readDateEntry('2022-02-30', FRIDAY);
    expect(entry.kind === 'unknown' && entry.message).toMatch(/February 2022 has no day 30/);
    expect(readDateEntry('   ', FRIDAY).kind).toBe('empty');
  });

  it('readDateEntry asks for the EDTF grammar for a date beyond plain years, months and days', () => {
    registerEdtfGrammar(null);
    try {
      expect(readDateEntry('199X', FRIDAY)).toEqual({ kind: 'needs-grammar', text: '199X' });
    } finally {
      registerEdtfGrammar(edtfGrammar);
    }
    expect(readDateEntry('199X', FRIDAY).kind).toBe('edtf');
  });

  it('applyDateEntry stores a phrase as its date, keeps it as the wording in the source language, and marks the basis relative', () => {
    const event = { ...createEmptyEvent('e'), dateText: { en: 'last week' } };
    const applied = applyDateEntry(event, readDateEntry('pekan lalu', FRIDAY), 'id');
    expect(applied).toMatchObject({
      date: '2022-06-20/2022-06-26',
      dateText: { en: 'last week', id: 'pekan lalu' },
      dateBasis: 'relative',
    });
    expect(dateEntryText(applied, FRIDAY, 'id')).toBe('pekan lalu');
    const restated = applyDateEntry(applied, readDateEntry('2022-06-26', FRIDAY), 'id');
    expect(restated).toMatchObject({ date: '2022-06-26', dateBasis: 'stated' });
    expect(dateEntryText(restated, FRIDAY, 'id')).toBe('2022-06-26');
  });

  it('applyDateEntry stores text that is neither a date nor a known phrase as typed, for the parser to flag', () => {
    expect(applyDateEntry(createEmptyEvent('e'), readDateEntry('besok lusa', FRIDAY), 'id').date).toBe('besok lusa');
  });
});
