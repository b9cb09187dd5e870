import { registerEdtfGrammar } from '@/domain/dates/edtf';

let grammar: Promise<void> | null = null;

/**
 * Registers the EDTF grammar (for dates beyond plain years, months and
 * days), fetching its code once; a failed fetch is tried again next time.
 */
export function loadEdtfGrammar(): Promise<void> {
  grammar ??= import('@/domain/dates/edtf-grammar').then(
    ({ edtfGrammar }) => registerEdtfGrammar(edtfGrammar),
    (error: unknown) => {
      grammar = null;
      throw error;
    },
  );
  return grammar;
}
