import { Icon } from '@/components/icon';

/**
 * One active filter as a button that removes it. Its accessible name is the
 * text it shows followed by what pressing it does, so a person who says what
 * they see ("click Alexander Lukashenko") reaches it (WCAG 2.5.3).
 */
export function FilterChip({
  label,
  removeLabel,
  onRemove,
}: {
  /** The chip's visible text, e.g. `Alexander Lukashenko (3)`. */
  readonly label: string;
  /** Turns the visible text into the button's name, e.g. `Alexander Lukashenko (3), remove filter`. */
  readonly removeLabel: (label: string) => string;
  readonly onRemove: () => void;
}) {
  return (
    <li>
      <button type="button" className="chip" onClick={onRemove} aria-label={removeLabel(label)}>
        {label} <Icon name="close" />
      </button>
    </li>
  );
}
