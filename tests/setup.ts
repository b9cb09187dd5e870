// Vitest setup for every unit and component test: the full EDTF grammar is
// registered up front, as scripts do; the app's loader registers it lazily.
import { registerEdtfGrammar } from '@/domain/dates/edtf';
import { edtfGrammar } from '@/domain/dates/edtf-grammar';

registerEdtfGrammar(edtfGrammar);
