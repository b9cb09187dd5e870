// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyDraft } from '@/domain/draft/draft-model';
import { EditorProvider } from '@/views/editor/editor-context';
import { SentenceList, WordsArea } from '@/views/editor/source-text';

const TEXT = 'Pekan lalu, Shoigu mengatakan. 🇷🇺 Pada Ahad (26/6/2022) Putin mengatakan.\r\nقال بوتين.';

function Editor({ children }: { readonly children: ReactNode }) {
  return (
    <EditorProvider
      value={{
        draft: createEmptyDraft('d', ['en']),
        apply: () => undefined,
        t: (key) => key,
        language: 'en',
        errors: [],
        warnings: [],
        goTo: () => undefined,
      }}
    >
      {children}
    </EditorProvider>
  );
}

afterEach(cleanup);

describe('picking evidence from a source text', () => {
  it('the sentence list moves sentence by sentence with ↓ and picks with Enter, at the sentence’s exact offsets', () => {
    const onPick = vi.fn();
    render(
      <Editor>
        <SentenceList text={TEXT} language="id" label="Sentences" pick={null} quoted={[]} onPick={onPick} />
      </Editor>,
    );
    const list = screen.getByRole('listbox', { name: 'Sentences' });
    expect(screen.getAllByRole('option')).toHaveLength(3);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    const start = TEXT.indexOf('🇷🇺');
    const end = TEXT.indexOf('\r\n');
    expect(onPick).toHaveBeenCalledWith({ start, end, quote: TEXT.slice(start, end) });
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: ' ' });
    expect(onPick).toHaveBeenLastCalledWith({ start: TEXT.indexOf('قال'), end: TEXT.length, quote: 'قال بوتين.' });
  });

  it('the words area maps its selection back past a CRLF line end, and takes no edits', () => {
    const onPick = vi.fn();
    render(
      <Editor>
        <WordsArea text={TEXT} language="id" label="Words" hint="" pick={null} onPick={onPick} />
      </Editor>,
    );
    const area = screen.getByRole('textbox', { name: 'Words' }) as HTMLTextAreaElement;
    expect(area.value).toBe(TEXT.replace('\r\n', '\n'));
    const at = area.value.indexOf('بوتين');
    area.setSelectionRange(at, at + 5);
    fireEvent.select(area);
    expect(onPick).toHaveBeenLastCalledWith({
      start: TEXT.indexOf('بوتين'),
      end: TEXT.indexOf('بوتين') + 5,
      quote: 'بوتين',
    });
    const typing = new Event('beforeinput', { cancelable: true });
    area.dispatchEvent(typing);
    expect(typing.defaultPrevented).toBe(true);
  });
});
