/**
 * Picking evidence from a source's text. Two ways in, both for the
 * keyboard: a list of the text's sentences (↑/↓ move sentence by sentence,
 * Enter or Space picks one; a click picks one, and words selected with the
 * mouse are picked as they are), and the text in a text area that takes
 * no edits, where the caret and Shift+arrow keys select any words. Either way the
 * quote and its offsets come from `spanFromSelection`, exactly as the
 * validator checks them.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { fieldTextOf, sentenceSpans, spanFromSelection, type TextSpan } from '@/domain/draft/evidence-selection';
import { useEditor } from '@/views/editor/editor-context';

/** Offset in the source's text of a point in the sentence list (a node and an offset in it). */
function offsetAt(root: HTMLElement, node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const sentence = element?.closest<HTMLElement>('[data-start]');
  if (!sentence || !root.contains(sentence)) return null;
  const range = document.createRange();
  range.setStart(sentence, 0);
  range.setEnd(node, offset);
  return Number(sentence.dataset.start) + range.toString().length;
}

/** A sentence's text with the part inside `pick` marked. */
function SentenceText({
  text,
  span,
  pick,
}: {
  readonly text: string;
  readonly span: TextSpan;
  readonly pick: TextSpan | null;
}) {
  const from = pick ? Math.max(pick.start, span.start) : 0;
  const to = pick ? Math.min(pick.end, span.end) : 0;
  return (
    <span data-start={span.start}>
      {pick && from < to ? (
        <>
          {text.slice(span.start, from)}
          <mark>{text.slice(from, to)}</mark>
          {text.slice(to, span.end)}
        </>
      ) : (
        span.quote
      )}
    </span>
  );
}

/** The sentences of a text as a list to move through and pick from. */
export function SentenceList({
  text,
  language,
  label,
  pick,
  quoted,
  onPick,
}: {
  readonly text: string;
  readonly language: string;
  readonly label: string;
  readonly pick: TextSpan | null;
  /** Spans the selected event already quotes. */
  readonly quoted: readonly TextSpan[];
  readonly onPick: (span: TextSpan) => void;
}) {
  const { t } = useEditor();
  const id = useId();
  const spans = useMemo(() => sentenceSpans(text, language), [text, language]);
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const selecting = useRef(false);
  const current = Math.min(active, Math.max(0, spans.length - 1));

  // A pick made elsewhere (the words area, "Show in the source") brings its sentence into view.
  useEffect(() => {
    if (!pick) return;
    const at = spans.findIndex((s) => s.end > pick.start);
    if (at >= 0) setActive(at);
  }, [pick, spans]);
  useEffect(() => {
    document.getElementById(`${id}-${current}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current, id]);

  const onKeyDown = (e: KeyboardEvent) => {
    const last = spans.length - 1;
    const move = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: last,
      PageDown: current + 5,
      PageUp: current - 5,
    }[e.key];
    if (move !== undefined) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(last, move)));
    } else if ((e.key === 'Enter' || e.key === ' ') && spans[current]) {
      e.preventDefault();
      onPick(spans[current]);
    }
  };
  const onMouseUp = () => {
    const selection = window.getSelection();
    const el = root.current;
    if (!selection || selection.isCollapsed || !el || !selection.anchorNode || !selection.focusNode) return;
    const a = offsetAt(el, selection.anchorNode, selection.anchorOffset);
    const b = offsetAt(el, selection.focusNode, selection.focusOffset);
    if (a === null || b === null) return;
    const span = spanFromSelection(text, a, b, language);
    if (!span) return;
    selecting.current = true;
    onPick(span);
  };
  const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;
  return (
    <div
      ref={root}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={spans.length > 0 ? `${id}-${current}` : undefined}
      className="ed-sentences"
      lang={language}
      dir="auto"
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
    >
      {spans.map((span, i) => {
        const isQuoted = quoted.some((q) => overlaps(q, span));
        return (
          <div
            key={span.start}
            id={`${id}-${i}`}
            role="option"
            aria-selected={pick !== null && overlaps(pick, span)}
            className={`ed-sentence${i === current ? ' is-active' : ''}${isQuoted ? ' is-quoted' : ''}`}
            onClick={() => {
              setActive(i);
              // A drag that selected words has picked them already.
              if (selecting.current) selecting.current = false;
              else onPick(span);
            }}
          >
            <SentenceText text={text} span={span} pick={pick} />
            {isQuoted && <span className="visually-hidden"> ({t('sentenceQuoted')})</span>}
          </div>
        );
      })}
    </div>
  );
}

/** The whole text, not to be changed, for selecting any words with the caret: Shift+arrow keys, Shift+Ctrl+arrow keys by word. */
export function WordsArea({
  text,
  language,
  label,
  hint,
  pick,
  onPick,
}: {
  readonly text: string;
  readonly language: string;
  readonly label: string;
  readonly hint: string;
  readonly pick: TextSpan | null;
  readonly onPick: (span: TextSpan | null) => void;
}) {
  const id = useId();
  const field = useMemo(() => fieldTextOf(text), [text]);
  const area = useRef<HTMLTextAreaElement>(null);
  // The pick shows as the text area's selection, to be widened or narrowed from there.
  useEffect(() => {
    const el = area.current;
    if (!el || !pick) return;
    const start = field.toField(pick.start);
    const end = field.toField(pick.end);
    if (el.selectionStart !== start || el.selectionEnd !== end) el.setSelectionRange(start, end);
  }, [pick, field]);
  // Chromium moves no caret in a read-only text area, so this one is editable to the browser and
  // refuses every edit itself (typing, pasting, cutting, dropping all come as `beforeinput`).
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    const refuse = (e: Event) => e.preventDefault();
    el.addEventListener('beforeinput', refuse);
    return () => el.removeEventListener('beforeinput', refuse);
  }, []);
  const read = () => {
    const el = area.current;
    if (!el) return;
    if (el.selectionStart === el.selectionEnd) return;
    onPick(spanFromSelection(text, field.toText(el.selectionStart), field.toText(el.selectionEnd), language));
  };
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={area}
        id={id}
        className="ed-words"
        aria-readonly="true"
        value={field.value}
        // An edit the browser makes anyway (an input method's composition) is undone by the next render.
        onChange={() => undefined}
        lang={language}
        dir="auto"
        rows={12}
        aria-describedby={`${id}-hint`}
        onSelect={read}
        onKeyUp={read}
        onMouseUp={read}
      />
      <p className="ed-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
