/**
 * Small line icons for buttons. A button whose face is a sign (+, −, ←, →, ×)
 * draws it as an icon, not as a character: the sign is not text, so a button
 * named in words ("Zoom in") shows no visible text that its name would have to
 * contain (WCAG 2.5.3), and a screen reader does not read "left arrow" before it.
 */

/** The icons there are. */
export type IconName = 'plus' | 'minus' | 'arrow-left' | 'arrow-right' | 'close';

// Paths in a 16 × 16 box, drawn with a stroke in the text colour.
const PATHS: Record<IconName, string> = {
  plus: 'M8 3v10M3 8h10',
  minus: 'M3 8h10',
  'arrow-left': 'M13 8H3.5M7.5 3.5 3 8l4.5 4.5',
  'arrow-right': 'M3 8h9.5M8.5 3.5 13 8l-4.5 4.5',
  close: 'M4 4l8 8M12 4l-8 8',
};

/** A sign drawn 1em square in the current text colour, hidden from assistive technology. */
export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg
      className={`icon icon-${name}`}
      width="1em"
      height="1em"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.75}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
