/**
 * A searchable picker (the ARIA combobox with a list): typing narrows the
 * options, ↑/↓ move through them, Enter picks, Esc closes; the mouse picks
 * with a click. Used for the event type and for actors.
 */
import { useId, useState, type ReactNode } from 'react';

/** One option: a stable id, its text, and a second line. */
export interface ComboOption {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
  /** Drawn before the label (a colour swatch); not part of its name. */
  readonly mark?: ReactNode;
}

/** A labelled combobox whose options `search(query)` gives; `text` shows while nobody is typing. */
export function Combobox({
  id,
  label,
  text,
  search,
  onPick,
  path,
  group,
  describedBy,
  invalid,
  noMatch,
  placeholder,
}: {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly search: (query: string) => readonly ComboOption[];
  readonly onPick: (option: ComboOption) => void;
  readonly path?: string;
  readonly group?: string;
  readonly describedBy?: string;
  readonly invalid?: boolean;
  readonly noMatch: string;
  readonly placeholder?: string;
}) {
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = open ? search(query ?? '') : [];
  const current = options[Math.min(active, options.length - 1)];
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const pick = (option: ComboOption) => {
    onPick(option);
    close();
  };
  return (
    <div className="ed-combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && current ? `${listId}-${current.id}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        data-path={path}
        data-group={group}
        placeholder={placeholder}
        value={query ?? text}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen(true)}
        onBlur={close}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) {
              setOpen(true);
              if (query === null) setQuery('');
              return;
            }
            const last = Math.max(0, options.length - 1);
            setActive((a) => (e.key === 'ArrowDown' ? Math.min(a + 1, last) : Math.max(a - 1, 0)));
          } else if (e.key === 'Enter' && open && current) {
            e.preventDefault();
            pick(current);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} className="ed-combobox-list" hidden={options.length === 0}>
        {options.map((option) => (
          <li
            key={option.id}
            id={`${listId}-${option.id}`}
            role="option"
            aria-selected={option === current}
            className={option === current ? 'is-active' : undefined}
            // Keeps the focus in the input, so the click picks rather than blurs.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(option)}
          >
            {option.mark}
            <span className="ed-option-label">{option.label}</span>
            {option.detail && <span className="ed-option-detail">{option.detail}</span>}
          </li>
        ))}
      </ul>
      {open && options.length === 0 && <p className="ed-hint">{noMatch}</p>}
    </div>
  );
}
