import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/domain/extract/extract-events';
import type { ExtractionDraft } from '@/domain/extract/proposal-model';

const ARTICLE = readFileSync(new URL('../../../fixtures/extract/republika-2022-07-01.txt', import.meta.url), 'utf8');
const draft = extractEvents(ARTICLE, { published: '2022-07-01', language: 'id' });

/** The proposals whose evidence lies in the sentence holding `words`. */
function proposalQuoting(d: ExtractionDraft, words: string) {
  const at = d.text.indexOf(words);
  const sentence = d.sentences.find((s) => s.start <= at && at < s.end);
  return d.proposals.filter((p) =>
    p.evidence.some((e) => sentence && e.start < sentence.end && sentence.start < e.end),
  );
}

describe('extractEvents on the bundled Republika article', () => {
  it('extractEvents proposes nothing from the page furniture after "Rekomendasi"', () => {
    const furniture = ARTICLE.indexOf('\nRekomendasi');
    expect(draft.furniture[0]?.start).toBe(furniture + 1);
    expect(draft.proposals.every((p) => p.evidence.every((e) => e.end <= furniture))).toBe(true);
    expect(draft.proposals.some((p) => p.date.startsWith('2025'))).toBe(false);
  });

  it('extractEvents leaves the dateline out of the first sentence', () => {
    expect(draft.dateline).toEqual({ start: 0, end: 'REPUBLIKA.CO.ID, MOSKOW -- '.length });
    expect(draft.sentences[0]?.start).toBe(27);
  });

  it('extractEvents dates the 1997 treaty to the year and codes signing as SUPPORT by both parties', () => {
    const [treaty] = proposalQuoting(draft, 'menandatangani perjanjian pada 1997');
    expect(treaty).toMatchObject({ date: '1997', dateText: 'pada 1997', dateBasis: 'stated', type: 'SUPPORT' });
    expect(treaty?.actors).toEqual(['belarus', 'russia']);
  });

  it('extractEvents finds two events where one sentence joins them with "ketika"', () => {
    const both = proposalQuoting(draft, 'meluncurkan invasi');
    expect(both.map((p) => [p.type, p.date, p.actors.join()])).toEqual([
      ['COOPERATE', '2022-02-24', 'alexander-lukashenko'],
      ['ASSAULT', '2022-02-24', 'russia'],
    ]);
    expect(both[1]?.recipients).toEqual(['ukraine']);
  });

  it('extractEvents resolves "Pekan lalu" and "Awal pekan ini" against Friday 1 July 2022', () => {
    expect(proposalQuoting(draft, 'Sergei Shoigu')[0]).toMatchObject({
      date: '2022-06-20/2022-06-26',
      dateBasis: 'relative',
    });
    expect(proposalQuoting(draft, 'mengecam')[0]).toMatchObject({
      date: '2022-06-27/2022-06-29',
      type: 'ACCUSE',
      actors: ['g7', 'nato'],
    });
  });

  it('extractEvents makes the speaker the actor of a statement about his own side, with its future marked', () => {
    const [missiles] = proposalQuoting(draft, 'menempatkan rudal');
    expect(missiles).toMatchObject({ date: '2022-06-26', type: 'MOBILIZE', actors: ['vladimir-putin'] });
    expect(missiles?.context).toEqual(['cbrn', 'future', 'military']);
    expect(missiles?.title).toBe(
      'Putin: Rusia akan segera menempatkan rudal yang mampu membawa hulu ledak nuklir di Belarus',
    );
  });

  it('extractEvents joins a quotation and the sentences around it into one statement dated by "Jumat (1/7/2022)"', () => {
    const joined = proposalQuoting(draft, 'kata Putin, dilansir');
    expect(joined).toHaveLength(1);
    expect(joined[0]?.evidence.map((e) => e.start)).toEqual([27, 173, 339]);
    expect(joined[0]).toMatchObject({ date: '2022-07-01', actors: ['vladimir-putin'] });
  });

  it('extractEvents highlights the date phrase, the verb and the names that made a proposal', () => {
    const [shoigu] = proposalQuoting(draft, 'Sergei Shoigu');
    expect(shoigu?.cues.map((c) => [c.kind, c.text])).toEqual([
      ['date', 'Pekan lalu'],
      ['actor', 'Menteri Pertahanan Rusia Sergei Shoigu'],
      ['verb', 'mengatakan'],
      ['recipient', 'Belarus'],
      ['verb', 'mengambil tindakan bersama'],
    ]);
  });

  it('extractEvents proposes people with the role and country of their title, joined to later mentions by surname', () => {
    const putin = draft.actors.find((a) => a.id === 'vladimir-putin');
    expect(putin).toMatchObject({
      name: 'Vladimir Putin',
      kind: 'person',
      country: 'RUS',
      role: 'Presiden Rusia',
      affiliation: 'russia',
    });
    expect(putin?.mentions.map((m) => ARTICLE.slice(m.start, m.end))).toEqual([
      'Presiden Rusia Vladimir Putin',
      'Putin',
      'Putin',
      'Putin',
      'Putin',
    ]);
    expect(draft.actors.find((a) => a.id === 'sergei-shoigu')).toMatchObject({
      role: 'Menteri Pertahanan Rusia',
      country: 'RUS',
    });
  });
});

describe('extractEvents', () => {
  it('extractEvents drops a date after publication unless the text says it will happen', () => {
    const text = 'Rusia menyerang Kyiv pada 3 Agustus 2022. Rusia akan menyerang Odesa pada 5 Agustus 2022.';
    const found = extractEvents(text, { published: '2022-07-01', language: 'id' });
    expect(found.proposals.map((p) => p.date)).toEqual(['2022-08-05']);
    expect(found.proposals[0]?.context).toContain('future');
  });

  it('extractEvents proposes nothing the text does not date', () => {
    const text = 'Rusia menyerang Ukraina. Russia attacked Ukraine.';
    expect(extractEvents(text, { published: '2022-07-01', language: 'id' }).proposals).toEqual([]);
    expect(extractEvents(text, { published: '2022-07-01', language: 'en' }).proposals).toEqual([]);
  });

  it('extractEvents gives "type needed" nowhere but keeps proposals without an actor for a person to complete', () => {
    const found = extractEvents('The cyclone struck the coast in March, killing 300 people.', {
      published: '2021-05-03',
      language: 'en',
    });
    expect(found.proposals).toHaveLength(1);
    expect(found.proposals[0]).toMatchObject({ date: '2021-03', actors: [] });
    expect(found.proposals[0]?.reasons).toContain('actor-missing');
  });

  it('extractEvents reads English with titles after the state and passives', () => {
    const text =
      'Kyiv was attacked by Russian forces on Sunday. Russian Defence Minister Sergei Shoigu visited Minsk on Monday.';
    const found = extractEvents(text, { published: '2022-07-01', language: 'en' });
    expect(found.proposals.map((p) => [p.type, p.date, p.actors.join(), p.recipients.join()])).toEqual([
      ['ASSAULT', '2022-06-26', 'russia', 'ukraine'],
      ['CONSULT', '2022-06-27', 'sergei-shoigu', 'belarus'],
    ]);
    expect(found.proposals[0]?.reasons).toContain('passive');
  });

  it('extractEvents returns an empty draft for an empty text or an invalid publication day', () => {
    expect(extractEvents('', { published: '2022-07-01', language: 'id' }).proposals).toEqual([]);
    expect(extractEvents(ARTICLE, { published: 'yesterday', language: 'id' }).proposals).toEqual([]);
  });
});
