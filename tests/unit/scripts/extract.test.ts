import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '@/domain/dataset/parse-dataset';
import { runExtract, type ExtractIo } from '../../../scripts/extract';

const ROOT = resolve(__dirname, '../../..');
const ARTICLE = readFileSync(resolve(ROOT, 'tests/fixtures/extract/republika-2022-07-01.txt'), 'utf8');

function memoryIo(
  files: Record<string, string>,
): ExtractIo & { files: Map<string, string>; stdout: string[]; stderr: string[] } {
  const map = new Map(Object.entries(files));
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    files: map,
    stdout,
    stderr,
    readFile: (path) => {
      const text = map.get(path);
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    writeFile: (path, text) => void map.set(path, text),
    out: (text) => stdout.push(text),
    err: (line) => stderr.push(line),
  };
}

describe('npm run extract', () => {
  it('runExtract writes a dataset and the article text beside it that validate together', () => {
    const io = memoryIo({ 'in/article.txt': ARTICLE });
    const code = runExtract(
      ['in/article.txt', '--date', '2022-07-01', '--lang', 'id', '--publisher', 'Republika', '--out', 'out/draft.json'],
      io,
    );
    expect(code).toBe(0);
    const dataset = JSON.parse(io.files.get('out/draft.json') ?? '{}') as { sources: { text: string }[] };
    expect(dataset.sources[0]?.text).toBe('draft.txt');
    expect(io.files.get('out/draft.txt')).toBe(ARTICLE);
    const parsed = parseDataset(dataset, { sourceTexts: { 'draft.txt': ARTICLE } });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.value.events.length).toBe(11);
  });

  it('runExtract prints the dataset with the article file as its source text when there is no --out', () => {
    const io = memoryIo({ 'article.txt': ARTICLE });
    expect(runExtract(['article.txt', '--date', '2022-07-01', '--lang', 'id'], io)).toBe(0);
    const dataset = JSON.parse(io.stdout.join('')) as { format: string; sources: { text: string }[] };
    expect(dataset.format).toBe('linimasa/1');
    expect(dataset.sources[0]?.text).toBe('article.txt');
  });

  it('runExtract reads HTML as text', () => {
    const html = `<html><body><p>${ARTICLE.split('\n').slice(0, 6).join('</p><p>')}</p><script>x()</script></body></html>`;
    const io = memoryIo({ 'article.html': html });
    expect(runExtract(['article.html', '--date', '2022-07-01', '--lang', 'id', '--out', 'draft.json'], io)).toBe(0);
    expect(io.files.get('draft.txt')).not.toContain('<p>');
    expect(io.files.get('draft.txt')).not.toContain('x()');
  });

  it('runExtract says what is wrong with its arguments and exits 2', () => {
    for (const args of [
      [],
      ['a.txt', '--lang', 'id'],
      ['a.txt', '--date', '1/7/2022', '--lang', 'id'],
      ['a.txt', '--date', '2022-07-01', '--lang', 'fr'],
    ]) {
      const io = memoryIo({ 'a.txt': 'x' });
      expect(runExtract(args, io), args.join(' ')).toBe(2);
      expect(io.stderr[0]).toMatch(/^extract: /);
    }
  });

  it('runExtract exits 1 for a file it cannot read or an article with nothing to accept', () => {
    expect(runExtract(['missing.txt', '--date', '2022-07-01', '--lang', 'id'], memoryIo({}))).toBe(1);
    const io = memoryIo({ 'empty.txt': 'Tidak ada apa-apa di sini.' });
    expect(runExtract(['empty.txt', '--date', '2022-07-01', '--lang', 'id'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('no proposal was accepted');
  });
});
