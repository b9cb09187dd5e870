import { describe, expect, it } from 'vitest';
import { parseUiLanguage, translate } from '@/domain/i18n';
import { EVENT_TYPES, QUAD_CLASSES } from '@/domain/model';

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'clusterEvents', { count: 4 })).toBe('4 events');
    expect(translate('id', 'clusterEvents', { count: 4 })).toBe('4 peristiwa');
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
