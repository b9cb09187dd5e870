import { describe, expect, it } from 'vitest';
import { gazetteer } from '@/domain/extract/gazetteer';
import { lexicon } from '@/domain/extract/lexicon';
import { findPeople } from '@/domain/extract/people';
import type { ArticleLanguage } from '@/domain/extract/proposal-model';
import { tokenize } from '@/domain/extract/text-tokens';

function people(text: string, language: ArticleLanguage) {
  const tokens = tokenize(text);
  const found = findPeople(
    text,
    tokens,
    gazetteer().find(text, tokens, language),
    language,
    lexicon(language).speechWords,
  );
  return found.people.map((p) => ({
    name: p.name,
    role: p.role,
    affiliation: p.affiliation?.id,
    mentions: p.mentions.map((m) => text.slice(m.start, m.end)),
  }));
}

describe('findPeople', () => {
  it('findPeople reads an Indonesian title, the state after it and the name', () => {
    expect(people('Menteri Pertahanan Rusia Sergei Shoigu mengatakan, Shoigu siap.', 'id')).toEqual([
      {
        name: 'Sergei Shoigu',
        role: 'Menteri Pertahanan Rusia',
        affiliation: 'russia',
        mentions: ['Menteri Pertahanan Rusia Sergei Shoigu', 'Shoigu'],
      },
    ]);
  });

  it('findPeople reads a comma between the title and the name, and abbreviated titles', () => {
    expect(people('Antusiasme Presiden Belarus, Alexander Lukashenko meningkat. Menlu Ali Alatas tiba.', 'id')).toEqual(
      [
        {
          name: 'Alexander Lukashenko',
          role: 'Presiden Belarus',
          affiliation: 'belarus',
          mentions: ['Presiden Belarus, Alexander Lukashenko'],
        },
        { name: 'Ali Alatas', role: 'Menlu', affiliation: undefined, mentions: ['Menlu Ali Alatas'] },
      ],
    );
  });

  it('findPeople reads English titles after the state, a possessive or an organisation', () => {
    const found = people(
      "Russian Defence Minister Sergei Shoigu met Foreign Minister Retno Marsudi. Mozambique's Prime Minister Celso Nhantumbo and NATO Secretary-General Jens Berg spoke.",
      'en',
    );
    expect(found.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Sergei Shoigu', 'Russian Defence Minister', 'russia'],
      ['Retno Marsudi', 'Foreign Minister', undefined],
      ['Celso Nhantumbo', "Mozambique's Prime Minister", 'mozambique'],
      ['Jens Berg', 'NATO Secretary-General', 'nato'],
    ]);
  });

  it('findPeople joins a later mention by surname or by title alone to the same person', () => {
    const found = people('Presiden Rusia Vladimir Putin tiba. Putin berkata. Kemudian Presiden Rusia menolak.', 'id');
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toEqual(['Presiden Rusia Vladimir Putin', 'Putin', 'Presiden Rusia']);
  });

  it('findPeople finds untitled speakers by the verb of saying', () => {
    expect(people('Vladimir Putin mengatakan hal itu. "Kami siap," kata Shoigu.', 'id').map((p) => p.name)).toEqual([
      'Vladimir Putin',
      'Shoigu',
    ]);
    expect(people('"We are ready," said Anna Keller. Officials said so.', 'en').map((p) => p.name)).toEqual([
      'Anna Keller',
    ]);
  });

  it('findPeople takes no calendar words, places or sentence openers for names', () => {
    expect(people('Pada Senin, Presiden mengatakan. Kata Juni.', 'id')).toEqual([]);
    expect(people('The President said on Monday. Minister of Moscow.', 'en')).toEqual([]);
  });
});
