import { describe, expect, it } from 'vitest';
import { createActorGraph } from '@/domain/graph/actor-graph';
import { compareDateSpans } from '@/domain/dates/date-span';
import { parseEdtfDate } from '@/domain/dates/edtf';
import { countRelations, generateDataset, GENERATOR_SOURCE_ID } from '@/domain/generate/generate-dataset';
import { EVENT_TYPES } from '@/domain/dataset/model';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { type RawDataset } from '@/domain/dataset/schema';
import { COUNTRY_PATTERN, LIMITS } from '@/domain/dataset/schema-fields';

type DateKind = 'day' | 'month' | 'year' | 'interval' | 'uncertain' | 'relative';

function dateKind(event: RawDataset['events'][number]): DateKind {
  if (event.dateBasis === 'relative') return 'relative';
  if (event.date.includes('/')) return 'interval';
  if (/[?~%]$/.test(event.date)) return 'uncertain';
  return event.date.length === 10 ? 'day' : event.date.length === 7 ? 'month' : 'year';
}

function participants(event: RawDataset['events'][number]): string[] {
  return [...event.actors, ...(event.recipients ?? [])];
}

const small = generateDataset({ events: 200, actors: 30, seed: 7 });
const medium = generateDataset({ events: 2_000, actors: 100, seed: 11 });

describe('generateDataset', () => {
  it('gives byte-identical JSON for the same options', () => {
    const options = { events: 300, actors: 40, seed: 3 };
    expect(JSON.stringify(generateDataset(options))).toBe(JSON.stringify(generateDataset(options)));
    const a = generateDataset({ ...options, sourceText: true });
    const b = generateDataset({ ...options, sourceText: true });
    expect(JSON.stringify(a.dataset)).toBe(JSON.stringify(b.dataset));
    expect(a.sourceText).toBe(b.sourceText);
  });

  it('gives a different dataset for a different seed', () => {
    const options = { events: 300, actors: 40 };
    expect(JSON.stringify(generateDataset({ ...options, seed: 1 }))).not.toBe(
      JSON.stringify(generateDataset({ ...options, seed: 2 })),
    );
  });

  it('makes a small dataset that parseDataset accepts with no errors or warnings', () => {
    const result = parseDataset(small);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok && result.value.events).toHaveLength(200);
  });

  it('survives a round trip through JSON text', () => {
    const result = parseDataset(JSON.stringify(medium));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('returns the source text with sourceText, and every quote sits at its offsets in it', () => {
    const { dataset, sourceText } = generateDataset({
      events: 200,
      actors: 30,
      seed: 7,
      sourceText: true,
      sourceTextPath: 'small.txt',
    });
    expect(dataset.sources).toHaveLength(1);
    expect(dataset.sources[0]?.text).toBe('small.txt');
    for (const event of dataset.events) {
      for (const evidence of event.evidence ?? []) {
        expect(evidence.start).toBeTypeOf('number');
        expect(sourceText.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      }
    }
    const result = parseDataset(dataset, { sourceTexts: { [GENERATOR_SOURCE_ID]: sourceText } });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.value.sourceTexts.get(GENERATOR_SOURCE_ID)).toBe(sourceText);
  });

  it('rejects a shifted offset, so the offsets are really checked', () => {
    const { dataset, sourceText } = generateDataset({ events: 20, actors: 5, seed: 7, sourceText: true });
    const first = dataset.events[0]?.evidence?.[0];
    if (!first || first.start === undefined || first.end === undefined) throw new Error('no evidence with offsets');
    Object.assign(first, { start: first.start + 1, end: first.end + 1 });
    expect(parseDataset(dataset, { sourceTexts: { [GENERATOR_SOURCE_ID]: sourceText } }).ok).toBe(false);
  });

  it('gives evidence without offsets and a source without text when sourceText is off', () => {
    expect(small.sources[0]?.text).toBeUndefined();
    for (const event of small.events) {
      expect(event.evidence).toHaveLength(1);
      for (const evidence of event.evidence ?? []) {
        expect(evidence).not.toHaveProperty('start');
        expect(evidence.quote.length).toBeGreaterThan(0);
      }
    }
  });

  it('makes exactly the requested numbers of events and actors, each with a unique id', () => {
    for (const [events, actors] of [
      [0, 1],
      [1, 1],
      [200, 30],
      [2_000, 100],
    ] as const) {
      const dataset = events === 2_000 ? medium : events === 200 ? small : generateDataset({ events, actors, seed: 1 });
      expect(dataset.events).toHaveLength(events);
      expect(dataset.actors).toHaveLength(actors);
      expect(new Set(dataset.events.map((e) => e.id)).size).toBe(events);
      expect(new Set(dataset.actors.map((a) => a.id)).size).toBe(actors);
      expect(new Set(dataset.actors.map((a) => a.name.en)).size).toBe(actors);
    }
  });

  it('lists events in date order: by earliest, then latest instant', () => {
    const spans = medium.events.map((e) => {
      const parsed = parseEdtfDate(e.date);
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.span;
    });
    const outOfOrder = spans.filter((span, i) => i > 0 && compareDateSpans(spans[i - 1] ?? span, span) > 0);
    expect(outOfOrder).toEqual([]);
  });

  it('mixes day, month, year, interval, uncertain and relative dates, mostly days', () => {
    const counts = new Map<DateKind, number>();
    for (const event of medium.events) counts.set(dateKind(event), (counts.get(dateKind(event)) ?? 0) + 1);
    for (const kind of ['day', 'month', 'year', 'interval', 'uncertain', 'relative'] as const)
      expect(counts.get(kind)).toBeGreaterThan(0);
    const share = (kind: DateKind): number => (counts.get(kind) ?? 0) / medium.events.length;
    expect(share('day')).toBeGreaterThan(0.5);
    expect(share('day')).toBeLessThan(0.7);
    expect(share('month')).toBeGreaterThan(0.1);
    expect(share('interval')).toBeGreaterThan(0.05);
    for (const event of medium.events.filter((e) => e.dateBasis === 'relative')) {
      expect(event.dateText?.en).toBeTruthy();
      expect(event.dateText?.id).toBeTruthy();
    }
  });

  it('spreads dates over 1950–2024 with crowded crisis years', () => {
    const years = new Map<string, number>();
    for (const event of medium.events) years.set(event.date.slice(0, 4), (years.get(event.date.slice(0, 4)) ?? 0) + 1);
    for (const year of years.keys()) expect(Number(year)).toBeGreaterThanOrEqual(1950);
    for (const year of years.keys()) expect(Number(year)).toBeLessThanOrEqual(2024);
    // Evenly spread, 2,000 events over 75 years would give about 27 a year.
    expect(Math.max(...years.values())).toBeGreaterThan(100);
  });

  it('mixes actor kinds: states with alpha-3 codes, persons affiliated to a state', () => {
    const kinds = new Set(medium.actors.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['group', 'organization', 'person', 'state']);
    const states = new Set(medium.actors.filter((a) => a.kind === 'state').map((a) => a.id));
    for (const actor of medium.actors) {
      if (actor.kind === 'state') expect(actor.country).toMatch(COUNTRY_PATTERN);
      if (actor.kind === 'person') expect(states.has(actor.affiliation ?? '')).toBe(true);
    }
  });

  it('gives every event 1–2 actors and 0–3 recipients, no actor twice', () => {
    for (const event of medium.events) {
      expect(event.actors.length).toBeGreaterThanOrEqual(1);
      expect(event.actors.length).toBeLessThanOrEqual(2);
      expect(event.recipients?.length ?? 0).toBeLessThanOrEqual(3);
      expect(new Set(participants(event)).size).toBe(participants(event).length);
    }
    expect(medium.events.some((e) => e.actors.length === 2)).toBe(true);
    expect(medium.events.some((e) => (e.recipients?.length ?? 0) === 0)).toBe(true);
    expect(medium.events.some((e) => (e.recipients?.length ?? 0) === 3)).toBe(true);
  });

  it('uses every event type, talk more often than force', () => {
    const counts = new Map<string, number>();
    for (const event of medium.events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...EVENT_TYPES].sort());
    expect(counts.get('CONSULT') ?? 0).toBeGreaterThan(counts.get('ASSAULT') ?? 0);
  });

  it('writes titles in English and Indonesian within the limit, and some summaries', () => {
    for (const event of medium.events) {
      expect(event.title.en?.length).toBeLessThanOrEqual(LIMITS.titleLength);
      expect(event.title.id?.length).toBeLessThanOrEqual(LIMITS.titleLength);
      expect(event.title.en).not.toBe(event.title.id);
    }
    const summaries = medium.events.filter((e) => e.summary !== undefined);
    expect(summaries.length).toBeGreaterThan(0);
    for (const event of summaries) expect(Object.keys(event.summary ?? {}).sort()).toEqual(['en', 'id']);
  });

  it('counts the same relations as the actor graph', () => {
    const result = parseDataset(medium);
    if (!result.ok) throw new Error('medium dataset did not parse');
    const graph = createActorGraph(result.value.actors, result.value.events);
    expect(countRelations(medium)).toBe(graph.relations.length);
    expect(graph.relations.length).toBeGreaterThan(100);
  });

  it('makes one actor and no recipients work', () => {
    const dataset = generateDataset({ events: 50, actors: 1, seed: 1 });
    expect(parseDataset(dataset).ok).toBe(true);
    expect(dataset.events.every((e) => e.recipients === undefined)).toBe(true);
  });

  it('rejects counts that are not whole numbers within the limits', () => {
    expect(() => generateDataset({ events: -1, actors: 10, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ events: 10, actors: 0, seed: 1 })).toThrow(/actors must be a whole number/);
    expect(() => generateDataset({ events: LIMITS.events + 1, actors: 10, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ events: 10, actors: 10, seed: 1.5 })).toThrow(/seed/);
  });
});

describe('generateDataset at a moderate size', () => {
  const moderate = generateDataset({ events: 10_000, actors: 500, seed: 1 });

  it('makes 10,000 events and 500 actors that parse without errors', () => {
    const result = parseDataset(moderate);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.value.events).toHaveLength(10_000);
  });

  it('gives a heavy tail: the top 5% of actors take part in most events', () => {
    const counts = new Map<string, number>();
    for (const event of moderate.events)
      for (const id of participants(event)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const top = new Set(ranked.slice(0, Math.ceil(moderate.actors.length * 0.05)).map(([id]) => id));
    const withTop = moderate.events.filter((e) => participants(e).some((id) => top.has(id))).length;
    expect(withTop / moderate.events.length).toBeGreaterThan(0.6);
    const topShare =
      ranked.slice(0, top.size).reduce((sum, [, n]) => sum + n, 0) / ranked.reduce((sum, [, n]) => sum + n, 0);
    expect(topShare).toBeGreaterThan(0.4);
  });
});
