import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/domain/import/html-to-text';
import { decodeEntities } from '@/domain/import/html-entities';

describe('htmlToText', () => {
  it('drops tags and keeps their text', () => {
    expect(htmlToText('<b>Union</b> <a href="https://example.org/">Treaty</a> signed')).toBe('Union Treaty signed');
  });

  it.each(['script', 'style', 'template', 'iframe', 'object', 'noscript', 'title'])(
    'drops the whole content of <%s>',
    (name) => {
      expect(htmlToText(`before<${name} a="1">window.__linimasaPwned=1 <b>x</b></${name}>after`)).toBe('beforeafter');
    },
  );

  it('ends a script at its first end tag, whatever its case, and not at a look-alike', () => {
    expect(htmlToText('<SCRIPT>if (a</b) "</scripts>"</Script >shown')).toBe('shown');
  });

  it('drops everything after a script that is never closed', () => {
    expect(htmlToText('shown<script>window.__linimasaPwned=1')).toBe('shown');
  });

  it('counts nested templates so the outer one ends at its own end tag', () => {
    expect(htmlToText('<template><template>a</template>b</template>shown')).toBe('shown');
  });

  it('drops event-handler payloads together with their tags', () => {
    expect(htmlToText('<img src=x onerror="window.__linimasaPwned=1">Photo')).toBe('Photo');
    expect(htmlToText('"><svg onload="window.__linimasaPwned=1">text')).toBe('">text');
  });

  it('turns <br>, </p>, </div> and </li> into line breaks', () => {
    expect(htmlToText('one<br>two<br/>three')).toBe('one\ntwo\nthree');
    expect(htmlToText('<p>one</p><p>two</p>')).toBe('one\ntwo');
    expect(htmlToText('<div>one</div>two')).toBe('one\ntwo');
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('one\ntwo');
  });

  it('keeps a blank line for two <br> in a row but never more', () => {
    expect(htmlToText('one<br><br>two')).toBe('one\n\ntwo');
    expect(htmlToText('one<br><br><br><br>two')).toBe('one\n\ntwo');
  });

  it('collapses white space and trims', () => {
    expect(htmlToText('  lots \t of\n\n   space  ')).toBe('lots of space');
    expect(htmlToText('<p>\n  a\n</p>\n\n<p>  b  </p>')).toBe('a\nb');
  });

  it('puts a space between table cells', () => {
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe('a b\nc');
  });

  it('decodes the common named entities', () => {
    expect(htmlToText('&amp; &lt; &gt; &quot; &apos; &ndash; &hellip; &eacute;&Uuml;')).toBe('& < > " \' – … éÜ');
    expect(htmlToText('a&nbsp;b')).toBe('a\u00A0b');
  });

  it('decodes decimal and hexadecimal references', () => {
    expect(htmlToText('it&#39;s &#x27;quoted&#X27; &#128512;')).toBe("it's 'quoted' 😀");
  });

  it('replaces references to invalid code points with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;&#1;&#99999999;')).toBe('\uFFFD'.repeat(5));
  });

  it('reads references to 128–159 as Windows-1252, as browsers do', () => {
    expect(decodeEntities('&#146;&#150;&#128;')).toBe('’–€');
  });

  it('leaves unknown entities and bare ampersands as written', () => {
    expect(htmlToText('AT&T &unknown; &amp')).toBe('AT&T &unknown; &');
  });

  it('decodes an escaped tag into visible text rather than markup', () => {
    expect(htmlToText('&lt;script&gt;window.__linimasaPwned=1&lt;/script&gt;')).toBe(
      '<script>window.__linimasaPwned=1</script>',
    );
  });

  it('keeps a less-than sign that starts no tag', () => {
    expect(htmlToText('a < b, 3<5 and c > d')).toBe('a < b, 3<5 and c > d');
  });

  it('shows a tag the input cuts off as text rather than losing it', () => {
    expect(htmlToText('x <b class="y')).toBe('x <b class="y');
  });

  it('reads a > inside a quoted attribute as part of the attribute', () => {
    expect(htmlToText('<a title="a>b" href=\'c>d\'>link</a>')).toBe('link');
  });

  it('drops comments, doctypes and processing instructions', () => {
    expect(htmlToText('<!DOCTYPE html><?xml version="1.0"?><!-- <b>hidden</b> -->shown<!-- unterminated')).toBe(
      'shown',
    );
  });

  it('returns plain text unchanged apart from white space', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('<') && !s.includes('&')),
        (text) => {
          const expected = text
            .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '') // eslint-disable-line no-control-regex -- the function drops them too
            .split(/[\t\n\f\r ]+/)
            .filter(Boolean)
            .join(' ')
            .trim();
          expect(htmlToText(text)).toBe(expected);
        },
      ),
    );
  });

  it('never throws and always returns trimmed text', () => {
    const html = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '<',
          '>',
          '"',
          "'",
          '&',
          '<script>',
          '</script>',
          '<br>',
          '<p>',
          '</p>',
          '<!--',
          '-->',
          '<template>',
          '</template>',
          '&#',
          ';',
          '<a href="',
        ),
      ),
    );
    fc.assert(
      fc.property(html, (parts) => {
        const text = htmlToText(parts.join(''));
        expect(text).toBe(text.trim());
      }),
    );
  });

  it.each([
    ['unclosed quotes', '<a x="'.repeat(200_000)],
    ['unclosed tags', '<a '.repeat(300_000)],
    ['script openings', '<script>'.repeat(200_000)],
    ['end-tag look-alikes in a script', `<script>${'</scriptx'.repeat(200_000)}`],
    ['entities', '&#123456789'.repeat(200_000)],
    ['comments', '<!--'.repeat(300_000)],
  ])('reads a megabyte of %s in linear time', (_, input) => {
    // Linear work here is a few hundred ms; a quadratic path would take hours, so the test's
    // timeout (see vite.config.ts) catches one without timing anything a busy machine could slow.
    expect(typeof htmlToText(input)).toBe('string');
  });
});
