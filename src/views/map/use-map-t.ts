import { useCallback } from 'react';
import { formatMessage, type MessageParams } from '@/domain/i18n/i18n';
import { mapEn, type MapMessageKey } from '@/domain/i18n/map-messages-en';
import { mapId } from '@/domain/i18n/map-messages-id';
import { selectLanguage } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';

/** A translate function for the map's own words, bound to the interface language. */
export type MapT = (key: MapMessageKey, params?: MessageParams) => string;

/** The map's words in the interface language; both languages come with the map's code, so they never wait. */
export function useMapT(): MapT {
  const language = useAppStore(selectLanguage);
  return useCallback(
    (key: MapMessageKey, params?: MessageParams) =>
      formatMessage(language, (language === 'id' ? mapId : mapEn)[key], params),
    [language],
  );
}
