import { describe, expect, it } from 'vitest';
import { findDatePhrases } from '@/domain/dates/date-phrases';
import { findFurniture } from '@/domain/extract/furniture';

function furnitureLines(text: string, language: 'id' | 'en' = 'id'): string[] {
  return findFurniture(text, findDatePhrases(text, '2025-08-04', language)).map(
    (f) => `${f.reason}: ${text.slice(f.start, f.end)}`,
  );
}

describe('findFurniture', () => {
  it('findFurniture takes a "Rekomendasi" block of headlines, separators and timestamps as furniture', () => {
    const text =
      'Putin tiba di Minsk pada Senin.\nRekomendasi\n-\nAksi Besar di Sydney\n-\nAhad , 03 Aug 2025, 17:35 WIB\nPasar Gelap Obat Palsu\n';
    expect(furnitureLines(text)).toEqual([
      'section: Rekomendasi',
      'separator: -',
      'headline-list: Aksi Besar di Sydney',
      'separator: -',
      'timestamp: Ahad , 03 Aug 2025, 17:35 WIB',
      'headline-list: Pasar Gelap Obat Palsu',
    ]);
  });

  it('findFurniture ends a block where prose comes back', () => {
    const text =
      'Baca juga\nHarga Beras Naik\nPresiden Rusia tiba di Minsk pada Senin untuk membahas kerja sama kedua negara.';
    expect(furnitureLines(text)).toEqual(['section: Baca juga', 'headline-list: Harga Beras Naik']);
  });

  it('findFurniture takes "Baca juga:" lines, bylines and credits by themselves', () => {
    const text = [
      'Baca juga: Harga Beras Naik Menjelang Ramadhan',
      'Reporter: Dewi Anggraini',
      'Editor: Agus Salim',
      'By Sam Hill',
      'Reporting by Sam Hill; Editing by Jo Kent',
      'Copyright 2024 The Associated Press. All rights reserved.',
    ].join('\n');
    expect(furnitureLines(text, 'en').map((line) => line.split(':')[0])).toEqual([
      'read-also',
      'byline',
      'byline',
      'byline',
      'credit',
      'credit',
    ]);
  });

  it('findFurniture takes a run of headlines with timestamps as a list of other stories', () => {
    const text =
      'Gempa Guncang Maluku\nJumat, 16 Mei 2025 | 21:07 WIB\nLibur Nasional Tambahan\nKamis, 15 Mei 2025 | 18:30 WIB';
    expect(furnitureLines(text)).toHaveLength(4);
  });

  it('findFurniture leaves prose, a lone headline and a dated sentence alone', () => {
    const text = 'Menlu RI Bahas Krisis Myanmar\nPada Senin, 3 Maret 2025, menteri bertemu di Jakarta. Mereka sepakat.';
    expect(furnitureLines(text)).toEqual([]);
  });
});
