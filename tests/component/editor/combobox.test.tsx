// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Combobox, type ComboOption } from '@/views/editor/combobox';

const OPTIONS: ComboOption[] = [
  { id: 'AGREE', label: 'Agree', detail: 'Verbal cooperation: agree, promise or offer to do something' },
  { id: 'ACCUSE', label: 'Accuse', detail: 'Verbal conflict: criticise, blame, condemn or accuse' },
  { id: 'ASSAULT', label: 'Assault', detail: 'Material conflict: use force' },
];

function setup(text = '') {
  const onPick = vi.fn();
  render(
    <Combobox
      id="type"
      label="Type"
      text={text}
      search={(query) => OPTIONS.filter((o) => `${o.label} ${o.detail}`.toLowerCase().includes(query.toLowerCase()))}
      onPick={onPick}
      noMatch="Nothing matches."
    />,
  );
  return { input: screen.getByRole('combobox', { name: 'Type' }), onPick };
}

afterEach(cleanup);

describe('Combobox', () => {
  it('typing narrows the options, ↓ moves, Enter picks the active one', () => {
    const { input, onPick } = setup();
    fireEvent.change(input, { target: { value: 'a' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option')).toHaveLength(3);
    fireEvent.change(input, { target: { value: 'conflict' } });
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.ed-option-label')?.textContent)).toEqual([
      'Accuse',
      'Assault',
    ]);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = screen.getByRole('option', { selected: true });
    expect(input.getAttribute('aria-activedescendant')).toBe(active.id);
    expect(active.textContent).toContain('Assault');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(OPTIONS[2]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes the list and shows the chosen value again', () => {
    const { input, onPick } = setup('Agree (Verbal cooperation)');
    fireEvent.change(input, { target: { value: 'xyz' } });
    expect(screen.getByText('Nothing matches.')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('Agree (Verbal cooperation)');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('a click picks an option', () => {
    const { input, onPick } = setup();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.click(screen.getByText('Accuse'));
    expect(onPick).toHaveBeenCalledWith(OPTIONS[1]);
  });
});
