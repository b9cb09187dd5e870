// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/panel';

function Broken(): never {
  throw new Error('the drawing broke');
}

afterEach(cleanup);

describe('Panel', () => {
  it('keeps a failing view to itself: its siblings still render', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <Panel id="a" title="Timeline" failedText={(m) => `This panel failed to draw: ${m}`}>
          <Broken />
        </Panel>
        <Panel id="b" title="Actors" failedText={(m) => m}>
          <p>graph here</p>
        </Panel>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('This panel failed to draw: the drawing broke');
    expect(screen.getByText('graph here')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Actors' })).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });

  it('shows dataset text as text, never as markup', () => {
    render(
      <Panel id="c" title={'<img src=x onerror="window.__linimasaPwned=1">'} failedText={(m) => m}>
        <p>{'<script>window.__linimasaPwned=1</script>'}</p>
      </Panel>,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText('<script>window.__linimasaPwned=1</script>')).toBeTruthy();
  });
});
