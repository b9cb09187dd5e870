import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages, parseUiLanguage, translate, type MessageKey } from '@/domain/i18n/i18n';
import { en } from '@/domain/i18n/messages-en';
import { EVENT_TYPES, QUAD_CLASSES } from '@/domain/dataset/model';

describe('loadMessages', () => {
  it('leaves Indonesian in English until its words arrive, then speaks it and tells who listens', async () => {
    vi.resetModules();
    const fresh = await import('@/domain/i18n/i18n');
    expect(fresh.hasMessages('en')).toBe(true);
    expect(fresh.hasMessages('id')).toBe(false);
    expect(fresh.translate('id', 'zoomFit')).toBe('Fit all events');
    const heard = vi.fn();
    const unsubscribe = fresh.subscribeToMessages(heard);
    await Promise.all([fresh.loadMessages('id'), fresh.loadMessages('id')]);
    unsubscribe();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(fresh.hasMessages('id')).toBe(true);
    expect(fresh.translate('id', 'zoomFit')).toBe('Tampilkan semua peristiwa');
  });
});

describe('translate', () => {
  beforeAll(() => loadMessages('id'));

  it('fills placeholders', () => {
    expect(translate('en', 'clusterEvents', { count: 4 })).toBe('4 events');
    expect(translate('id', 'clusterEvents', { count: 4 })).toBe('4 peristiwa');
  });

  it('writes counts as each language does, and leaves text as it is', () => {
    expect(translate('en', 'clusterEvents', { count: 100_000 })).toBe('100,000 events');
    expect(translate('id', 'clusterEvents', { count: 100_000 })).toBe('100.000 peristiwa');
    expect(translate('en', 'clusterEvents', { count: '1000' })).toBe('1000 events');
  });

  it('has a name for every event type and quad class in both languages', () => {
    for (const lang of ['en', 'id'] as const) {
      for (const type of EVENT_TYPES) expect(translate(lang, `type_${type}`)).not.toBe('');
      for (const quad of QUAD_CLASSES) expect(translate(lang, `quad_${quad}`)).not.toBe('');
    }
  });

  it('says one and several as each language does: "1 event", "2 events", and Indonesian has one form', () => {
    expect(translate('en', 'nodeName', { name: 'Russia', kind: 'State', count: 1 })).toBe('Russia (State), 1 event');
    expect(translate('en', 'nodeName', { name: 'Russia', kind: 'State', count: 2 })).toBe('Russia (State), 2 events');
    expect(translate('en', 'nodeName', { name: 'Russia', kind: 'State', count: 0 })).toBe('Russia (State), 0 events');
    expect(translate('en', 'nodeName', { name: 'Russia', kind: 'State', count: 1000 })).toBe(
      'Russia (State), 1,000 events',
    );
    expect(translate('id', 'nodeName', { name: 'Rusia', kind: 'Negara', count: 1 })).toBe(
      'Rusia (Negara), 1 peristiwa',
    );
    // Placeholders inside a branch, and two choices in one message.
    expect(translate('en', 'relationName', { source: 'A', target: 'B', count: 1, quad: 'verbal conflict' })).toBe(
      'A → B: 1 event, verbal conflict',
    );
    expect(translate('en', 'relationName', { source: 'A', target: 'B', count: 3, quad: 'verbal conflict' })).toBe(
      'A → B: 3 events, mostly verbal conflict',
    );
    expect(translate('en', 'graphCaptionAll', { relations: 1, actors: 2 })).toBe('1 relation among 2 actors');
    expect(translate('en', 'graphCaptionAll', { relations: 21_215, actors: 1 })).toBe('21,215 relations among 1 actor');
  });

  it('leaves a plural choice as it is without a number to choose by', () => {
    expect(translate('en', 'importNotes', {})).toBe('{count, plural, one {# note} other {# notes}} on the import');
    expect(translate('en', 'importNotes', { count: 'a few' })).toBe(
      '{count, plural, one {# note} other {# notes}} on the import',
    );
  });

  it('leaves no placeholder or plural choice unfilled in any message of either language', () => {
    const names = (template: string) => [...template.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1] ?? '');
    for (const language of ['en', 'id'] as const) {
      for (const key of Object.keys(en) as MessageKey[]) {
        for (const count of [0, 1, 2, 1000]) {
          const template = translate(language, key);
          const params = Object.fromEntries(names(template).map((name) => [name, count]));
          const text = translate(language, key, params);
          expect(text, `${language} ${key}`).not.toMatch(/[{}#]/);
        }
      }
    }
  });

  it('leaves unknown placeholders as they are', () => {
    expect(translate('en', 'clusterEvents', {})).toBe('{count} events');
  });
});

describe('parseUiLanguage', () => {
  it('reads tags with regions and the old Indonesian tag', () => {
    expect(parseUiLanguage('id-ID')).toBe('id');
    expect(parseUiLanguage('in')).toBe('id');
    expect(parseUiLanguage('en_GB')).toBe('en');
    expect(parseUiLanguage('fr')).toBeNull();
    expect(parseUiLanguage(null)).toBeNull();
  });
});
