import { useEffect, useState } from 'react';
import type { Dataset, ParseResult } from '@/domain/dataset/model';
import type { Draft } from '@/domain/draft/draft-model';
import { checkDraft } from '@/data/drafts/check-draft';

/** The app's verdict on the draft as it stands, and the last dataset it made without errors (for the preview). */
export interface DraftCheck {
  readonly result: ParseResult | null;
  readonly lastValid: Dataset | null;
}

/** Checks the draft after every change with the app's own parser; an answer for an older draft is dropped. */
export function useDraftCheck(draft: Draft): DraftCheck {
  const [check, setCheck] = useState<DraftCheck>({ result: null, lastValid: null });
  useEffect(() => {
    let current = true;
    void checkDraft(draft).then(
      (result) => {
        if (current) setCheck((last) => ({ result, lastValid: result.ok ? result.value : last.lastValid }));
      },
      (error: unknown) => {
        const message = `the draft could not be checked: ${error instanceof Error ? error.message : String(error)}`;
        if (current)
          setCheck((last) => ({
            result: { ok: false, problems: [{ path: '$', message }], warnings: [], truncated: 0 },
            lastValid: last.lastValid,
          }));
      },
    );
    return () => {
      current = false;
    };
  }, [draft]);
  return check;
}
