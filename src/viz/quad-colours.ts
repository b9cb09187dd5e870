import type { QuadClass } from '@/domain/dataset/model';

/**
 * One colour per PLOVER quad class, each at least 4.5:1 against white so marks
 * and swatches stay visible (WCAG 1.4.11); shape and dash carry the rest.
 */
export const QUAD_COLOURS: Readonly<Record<QuadClass, string>> = {
  'verbal-cooperation': '#0b63a8',
  'material-cooperation': '#0a7352',
  'verbal-conflict': '#a85400',
  'material-conflict': '#b3261e',
  none: '#58606b',
};
