import { useState, useSyncExternalStore } from 'react';
import type { Translate } from '@/store/use-t';
import { getUpdate, subscribeToUpdate } from '@/app/service-worker';

/**
 * Says that a newer version of the site is ready, and reloads into it only when the person
 * chooses: a polite status in a corner that takes no focus, so a presentation or a search in
 * progress goes on undisturbed.
 */
export function UpdateNotice({ t }: { readonly t: Translate }) {
  const apply = useSyncExternalStore(subscribeToUpdate, getUpdate, getUpdate);
  const [dismissed, setDismissed] = useState(false);
  return (
    <div className="update-notice" role="status">
      {apply && !dismissed && (
        <p>
          {t('updateReady')}{' '}
          <button type="button" onClick={apply}>
            {t('updateReload')}
          </button>{' '}
          <button type="button" onClick={() => setDismissed(true)}>
            {t('updateLater')}
          </button>
        </p>
      )}
    </div>
  );
}
