// Vitest setup for every unit and component test: the full EDTF grammar is
// registered up front, as scripts do; the app's loader registers it lazily.
import { registerEdtfGrammar } from '@/domain/dates';
import { edtfGrammar } from '@/domain/edtf-grammar';

registerEdtfGrammar(edtfGrammar);
