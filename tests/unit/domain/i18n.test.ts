import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages, parseUiLanguage, translate } from '@/domain/i18n';
import { EVENT_TYPES, QUAD_CLASSES } from '@/domain/model';

describe('loadMessages', () => {
  it('leaves Indonesian in English until its words arrive, then speaks it and tells who listens', async () => {
    vi.resetModules();
    const fresh = await import('@/domain/i18n');
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
