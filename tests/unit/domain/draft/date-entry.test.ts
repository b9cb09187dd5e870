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
    expect(entry).toMatchObject({ kind: 'phrase', phrase, date, basis: 'relative', published: FRIDAY });
  });

  it.each([
    ['19 Februari 2026', 'id', '2026-02-19'],
    ['pada 1997', 'id', '1997'],
    ['Ahad (26/6/2022)', 'id', '2022-06-26'],
    ['February 19, 2026', 'en', '2026-02-19'],
    ['in 1997', undefined, '1997'],
  ])('readDateEntry reads "%s", which gives its year, as a stated date %s', (phrase, language, date) => {
    expect(readDateEntry(phrase, FRIDAY, language)).toMatchObject({
      kind: 'phrase',
      phrase,
      date: date,
      basis: 'stated',
    });
  });

  it('readDateEntry reads a phrase in the source language first and in either language otherwise', () => {
    expect(readDateEntry('24 Februari', FRIDAY, 'id')).toMatchObject({ date: '2022-02-24', basis: 'relative' });
    expect(readDateEntry('last week', FRIDAY, 'id')).toMatchObject({
      date: '2022-06-20/2022-06-26',
      basis: 'relative',
    });
    expect(readDateEntry('kemarin', FRIDAY, 'fr')).toMatchObject({ date: '2022-06-30', basis: 'relative' });
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

  it('applyDateEntry stores a phrase that gives its year as stated, and the field shows the phrase while it reads the same', () => {
    const applied = applyDateEntry(
      { ...createEmptyEvent('e'), dateBasis: 'relative' },
      readDateEntry('19 Februari 2026', FRIDAY, 'id'),
      'id',
    );
    expect(applied).toMatchObject({ date: '2026-02-19', dateText: { id: '19 Februari 2026' }, dateBasis: 'stated' });
    expect(dateEntryText(applied, FRIDAY, 'id')).toBe('19 Februari 2026');
    // The basis set by hand to something the phrase does not say: the field shows the date itself.
    expect(dateEntryText({ ...applied, dateBasis: 'relative' }, FRIDAY, 'id')).toBe('2026-02-19');
    expect(dateEntryText({ ...applied, date: '2026-02-20' }, FRIDAY, 'id')).toBe('2026-02-20');
  });

  it('applyDateEntry stores text that is neither a date nor a known phrase as typed, for the parser to flag', () => {
    expect(applyDateEntry(createEmptyEvent('e'), readDateEntry('besok lusa', FRIDAY), 'id').date).toBe('besok lusa');
  });
});
