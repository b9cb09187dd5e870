/**
 * Gets the extractor ready before the first article: builds its tables (the
 * gazetteer, the lexicons, the date patterns) and runs it once over a short
 * made-up report in each language, so the engine has compiled the code an
 * article runs through. The editor's worker does this while a person is still
 * pasting their article.
 */
import { extractEvents } from '@/domain/extract/extract-events';

// Made-up reports, in the style of the articles the extractor reads; they report nothing that happened.
const SAMPLES = {
  id: [
    'Menlu RI Bertemu Mitra ASEAN',
    'JAKARTA -- Menteri Luar Negeri Indonesia Dewi Lestari bertemu dengan Menteri Luar Negeri Malaysia Ahmad Faris di Jakarta pada Senin (3/3/2025). Kedua negara sepakat memperkuat kerja sama maritim.',
    'Pekan lalu, Rusia dan Belarus menandatangani perjanjian baru, ketika NATO mengecam latihan militer di perbatasan. "Kami akan menjawab setiap ancaman," kata Lestari, Jumat (7/3/2025).',
    'Awal pekan ini, Uni Eropa memberikan bantuan kepada Ukraina. Pada 1997, kedua negara meneken perjanjian perbatasan.',
    'Baca juga: Harga Beras Naik',
  ].join('\n'),
  en: [
    'Ministers meet as allies hold drills',
    'GENEVA, March 7 (Reuters) - Foreign Minister Anna Berg met her Japanese counterpart in Geneva on Sunday, officials said. Earlier this week, the European Union imposed sanctions on Iran, while China condemned the move.',
    '"We will respond," Berg told reporters on Feb. 24. Last month, Russian forces attacked Kyiv and were accused by Ukraine of shelling homes. In 2020, the two sides signed a ceasefire.',
    'Related',
    'Markets slip - 2 hours ago',
  ].join('\n'),
};

/**
 * Builds the extractor's tables and runs it over the samples `rounds` times in each language: a few rounds
 * let the engine compile the code the first article would otherwise run through slowly (about 20 ms a round).
 */
export function prepareExtractor(rounds = 8): void {
  for (let i = 0; i < rounds; i += 1) {
    extractEvents(SAMPLES.id, { published: '2025-03-07', language: 'id' });
    extractEvents(SAMPLES.en, { published: '2025-03-07', language: 'en' });
  }
}
