/** The map's own words in Indonesian; they come with the map's code. */
import type { MapMessageKey } from '@/domain/i18n/map-messages-en';

/** The map's Indonesian words, by key. */
export const mapId: Record<MapMessageKey, string> = {
  mapFailed: 'Peta tidak dapat digambar: {message}',
  mapLabel:
    'Peta: {places} tempat, {states} negara terlibat. Tombol panah berpindah antartempat, Enter memilih, plus dan minus memperbesar dan memperkecil, 0 menampilkan semua.',
  mapCaptionAll: '{places} tempat dengan peristiwa, {states} negara terlibat',
  mapCaptionWindow: '{places} tempat dengan peristiwa, {states} negara terlibat, dalam {range}',
  mapCaptionAsOf: 'Hingga langkah ini: {places} tempat dengan peristiwa, {states} negara terlibat',
  mapArcsCapped: '{shown} hubungan antarnegara tersibuk dari {total} yang digambar',
  placeName: '{name}: {count, plural, =0 {tidak ada peristiwa} other {# peristiwa}}',
  placeNameDateline: '{name}: {count, plural, =0 {tidak ada peristiwa} other {# peristiwa}}, tempat berita ditulis',
  stateName: '{name}: terlibat dalam {count} peristiwa',
  mapShadeBy: 'Warnai negara menurut',
  mapShadeCount: 'Jumlah peristiwa',
  mapShadeQuad: 'Jenis tindakan',
  mapList: 'Tempat dan negara sebagai daftar',
  mapPlaces: 'Tempat',
  mapStates: 'Negara yang terlibat',
  mapRelations: 'Hubungan antarnegara',
  colPlace: 'Tempat',
  colState: 'Negara',
  colEvents: 'Peristiwa',
  mapLegendPlace: 'Tempat: ukuran menurut jumlah peristiwa, warna menurut jenis tindakan',
  mapLegendDateline: 'Tempat berita ditulis',
  mapLegendStates: 'Negara yang terlibat: makin gelap, makin banyak peristiwa',
  mapLegendStatesQuad: 'Negara yang terlibat: warna menurut jenis tindakan',
  mapLegendRelation: 'Hubungan antarnegara',
  mapCredit: 'Batas wilayah: Natural Earth',
};
