import { useEffect } from 'react';
import { loadMessages } from '@/domain/i18n/i18n';
import { selectLanguage } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';
import { useAfterStartup } from '@/app/use-after-startup';

/**
 * Switches the interface between English and Indonesian. The other language's words are
 * fetched once the page has settled (or when the button is pointed at or focused), and a
 * switch waits for them, so the page never shows a mix of both.
 */
export function LanguageToggle() {
  const t = useT();
  const language = useAppStore(selectLanguage);
  const { setLanguage } = useAppActions();
  const other = language === 'en' ? 'id' : 'en';
  const settled = useAfterStartup();
  const preload = () => void loadMessages(other).catch(() => undefined);
  useEffect(() => {
    if (settled) loadMessages(other).catch(() => undefined);
  }, [settled, other]);
  return (
    <button
      type="button"
      className="language-toggle"
      lang={other}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => {
        // Offline, the words may not come: switch anyway, and they read in English until they do.
        void loadMessages(other)
          .catch(() => undefined)
          .then(() => setLanguage(other));
      }}
      title={t('switchLanguageHint')}
    >
      {t('switchLanguage')}
    </button>
  );
}
