import { readFileSync } from 'node:fs';
import { bundled, expect, openApp, test } from './fixtures';

test.describe('export', () => {
  // Drawing the views into files (the PNG through a canvas): heavy work, given three times the usual time.
  test.slow();
  test('the timeline downloads as an SVG with the title, legend and source credit', async ({ page }) => {
    await openApp(page, '?lang=en');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      timeline.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('russia-belarus-2022-timeline.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(bundled.title.en!.replace('–', '–'));
    expect(svg).toContain('Republika');
    expect(svg).toContain('Linimasa');
    expect(svg).toContain('Material conflict');
    expect(svg).toContain(bundled.events[0]!.title.en!);
    expect(svg).not.toContain('<script');
  });

  test('the graph downloads as a PNG image', async ({ page }) => {
    await openApp(page, '?lang=en');
    const graph = page.getByRole('region', { name: 'Actors' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      graph.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('russia-belarus-2022-actors.png');
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(400);
  });
});
