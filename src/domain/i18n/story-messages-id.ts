/** The words of the story layout and of the embed dialog's layout choice in Indonesian; they come with those views' code. */
import type { StoryMessageKey } from '@/domain/i18n/story-messages-en';

/** The story layout's Indonesian words, by key. */
export const storyId: Record<StoryMessageKey, string> = {
  storyLabel:
    'Cerita menurut urutan waktu, {count} peristiwa. Tombol panah atas dan bawah berpindah antarperistiwa, Enter membuka satu peristiwa.',
  storyShowMore: 'Tampilkan {count} peristiwa lagi',
  storyMore: 'Lebih lanjut tentang peristiwa ini',
  storyAsWorded: 'Dalam sumber: “{words}”',
  gap_year: '{count} tahun kemudian',
  gap_month: '{count} bulan kemudian',
  gap_week: '{count} minggu kemudian',
  gap_day: '{count} hari kemudian',
  embedLayout: 'Sematan menampilkan',
  embedLayoutAuto: 'Cerita di layar sempit, linimasa di layar lebar',
  embedLayoutStory: 'Selalu cerita',
  embedLayoutTimeline: 'Selalu linimasa',
};
