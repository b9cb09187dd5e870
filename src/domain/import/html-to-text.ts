/**
 * HTML fragments (as TimelineJS and other tools write them) turned into
 * readable plain text. A single forward scan in the manner of the HTML
 * tokenizer, with no DOM and no backtracking regular expressions, so it runs in
 * linear time on any input. The output is always rendered as text, so this
 * aims at readability, not at sanitising.
 */
import { decodeEntities } from '@/domain/import/html-entities';

// Elements whose content is never shown as text. The first group holds raw
// text (no tags inside, it ends at the first matching end tag); the second
// holds markup, so nested elements of the same name are counted.
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'title']);
const HIDDEN_ELEMENTS = new Set(['template', 'object']);

// Elements that start on a line of their own.
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);

// Table cells sit side by side: a space between them, not a line break.
const CELL_ELEMENTS = new Set(['td', 'th']);

const ASCII_SPACE = /[\t\n\f\r ]+/;
// eslint-disable-next-line no-control-regex -- stray control characters are noise in readable text
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** Builds the output: collapses spaces, merges line breaks, keeps at most one blank line. */
class TextBuilder {
  private readonly parts: string[] = [];
  private lineHasText = false;
  private pendingSpace = false;
  private pendingBreaks = 0;

  /** Appends decoded text; runs of ASCII white space become one space. */
  text(chunk: string): void {
    const words = chunk.replace(CONTROL, '').split(ASCII_SPACE);
    words.forEach((word, i) => {
      if (i > 0) this.space();
      if (word === '') return;
      if (this.parts.length > 0 && this.pendingBreaks > 0)
        this.parts.push('\n'.repeat(Math.min(this.pendingBreaks, 2)));
      else if (this.pendingSpace && this.lineHasText) this.parts.push(' ');
      this.pendingBreaks = 0;
      this.pendingSpace = false;
      this.lineHasText = true;
      this.parts.push(word);
    });
  }

  space(): void {
    this.pendingSpace = true;
  }

  /** A `<br>`: every one counts, so two make a blank line. */
  hardBreak(): void {
    this.pendingBreaks += 1;
    this.lineHasText = false;
    this.pendingSpace = false;
  }

  /** A block boundary: several in a row make one line break. */
  softBreak(): void {
    if (this.lineHasText) this.pendingBreaks = Math.max(this.pendingBreaks, 1);
    this.lineHasText = false;
    this.pendingSpace = false;
  }

  toString(): string {
    // Non-ASCII spaces such as &nbsp; survive collapsing, so each line is trimmed too.
    return this.parts
      .join('')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Index just past the tag's `>`. */
  readonly end: number;
}

function isAsciiLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isTagSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
}

/** Reads the tag that starts at `html[start] === '<'`; null when the input ends inside it. Attribute values may hold `>` in quotes. */
function readTag(html: string, start: number): Tag | null {
  let i = start + 1;
  const closing = html.charAt(i) === '/';
  if (closing) i += 1;
  const nameStart = i;
  while (i < html.length && !isTagSpace(html.charAt(i)) && html.charAt(i) !== '/' && html.charAt(i) !== '>') i += 1;
  const name = html.slice(nameStart, i).toLowerCase();
  let selfClosing = false;
  while (i < html.length) {
    const c = html.charAt(i);
    if (c === '>') return { name, closing, selfClosing, end: i + 1 };
    selfClosing = c === '/';
    if (c === '=') {
      i += 1;
      while (i < html.length && isTagSpace(html.charAt(i))) i += 1;
      const quote = html.charAt(i);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return null;
        i = close + 1;
        continue;
      }
    }
    i += 1;
  }
  return null;
}

/** Index just past the end tag `</name…>` of a raw text element, searching from `from`; the input's length if there is none. */
function rawTextEnd(html: string, lower: string, name: string, from: number): number {
  let at = lower.indexOf(`</${name}`, from);
  while (at >= 0) {
    const after = lower.charAt(at + 2 + name.length);
    if (after === '' || after === '>' || after === '/' || isTagSpace(after)) {
      const tag = readTag(html, at);
      return tag ? tag.end : html.length;
    }
    at = lower.indexOf(`</${name}`, at + 1);
  }
  return html.length;
}

/** Converts an HTML fragment to readable plain text: tags dropped (with the content of script, style, template, iframe and object), `<br>` and block ends as line breaks, entities decoded, white space collapsed, trimmed. */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  let lower: string | undefined;
  let hidden: { name: string; depth: number } | null = null;
  let i = 0;
  const emit = (text: string): void => {
    if (hidden === null && text !== '') out.text(decodeEntities(text));
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      emit(html.slice(i));
      break;
    }
    emit(html.slice(i, lt));
    const next = html.charAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !isAsciiLetter(html.charAt(lt + 2)))) {
      // Doctype, processing instruction or a stray `</`: dropped up to the next `>`, as browsers do.
      const close = html.indexOf('>', lt + 1);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    if (!isAsciiLetter(next) && next !== '/') {
      // `a < b`: a plain less-than sign.
      emit('<');
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === null) {
      // The input ends inside a tag: show the rest as text rather than lose it.
      emit(html.slice(lt));
      break;
    }
    i = tag.end;
    if (hidden !== null) {
      if (tag.name === hidden.name && !tag.selfClosing) hidden.depth += tag.closing ? -1 : 1;
      if (hidden.depth === 0) hidden = null;
      continue;
    }
    if (tag.closing) {
      if (BLOCK_ELEMENTS.has(tag.name)) out.softBreak();
      else if (CELL_ELEMENTS.has(tag.name)) out.space();
      continue;
    }
    if (RAW_TEXT_ELEMENTS.has(tag.name)) {
      if (!tag.selfClosing) {
        // ASCII-only lower case keeps every index where it was.
        lower ??= html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
        i = rawTextEnd(html, lower, tag.name, i);
      }
    } else if (HIDDEN_ELEMENTS.has(tag.name)) {
      if (!tag.selfClosing) hidden = { name: tag.name, depth: 1 };
    } else if (tag.name === 'br') {
      out.hardBreak();
    } else if (BLOCK_ELEMENTS.has(tag.name)) {
      out.softBreak();
    } else if (CELL_ELEMENTS.has(tag.name)) {
      out.space();
    }
  }
  return out.toString();
}

/** True when a file's text is an HTML page rather than plain text: by its name's extension, or by how it starts. */
export function isHtmlFile(name: string, text: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}
