/**
 * JSON text read once, with an error a person can act on when it is not
 * JSON: where the first wrong character is (line, column, character), which
 * the engines word differently, and some not at all.
 */

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

/** Offset (UTF-16 units) of the first JSON syntax error in `text`, or null if none is found. */
function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const fail = (): never => {
    throw new JsonSyntaxError(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const string = (): void => {
    i += 1;
    for (;;) {
      const c = text.charAt(i);
      if (c === '"') return void (i += 1);
      if (c === '' || c < ' ') fail();
      if (c === '\\') {
        const escape = text.charAt(i + 1);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return void ((i += 1), fail());
          i += 6;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') i += 2;
        else return void ((i += 1), fail());
      } else i += 1;
    }
  };
  const value = (): void => {
    space();
    const c = text.charAt(i);
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      space();
      if (text.charAt(i) === close) return void (i += 1);
      for (;;) {
        if (c === '{') {
          space();
          if (text.charAt(i) !== '"') fail();
          string();
          space();
          if (text.charAt(i) !== ':') fail();
          i += 1;
        }
        value();
        space();
        if (text.charAt(i) === ',') i += 1;
        else if (text.charAt(i) === close) return void (i += 1);
        else fail();
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    number.lastIndex = i;
    if (number.test(text)) return void (i = number.lastIndex);
    fail();
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (error) {
    // Anything else (a stack overflow on absurd nesting) leaves the engine's own message.
    return error instanceof JsonSyntaxError ? error.offset : null;
  }
}

/** `text` without a leading byte order mark. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Parses JSON text (a leading byte order mark dropped), or says where and why it is not JSON. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = withoutBom(text);
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const offset = jsonErrorOffset(body);
    if (offset === null) {
      return { ok: false, message: `the file is not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const where = `line ${line}, column ${column} (character ${offset})`;
    return {
      ok: false,
      message:
        offset >= body.length
          ? `the file is not JSON: it ends too early, at ${where}`
          : `the file is not JSON: unexpected ${JSON.stringify(body.charAt(offset))} at ${where}`,
    };
  }
}
