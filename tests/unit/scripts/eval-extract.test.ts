import { describe, expect, it } from 'vitest';
import { evaluateExtraction, formatTable, loadGoldArticles, longArticle } from '../../../scripts/eval-extract';

// The evaluation's checks, without its clock: a regression in recall, precision, offsets or furniture
// fails `npm test`; the timing target is checked by `npm run eval:extract` itself.
describe('npm run eval:extract', () => {
  const { scores, failures } = evaluateExtraction({ timing: false });

  it('evaluateExtraction meets every target on the annotated set', () => {
    expect(failures).toEqual([]);
  });

  it('evaluateExtraction finds every gold event of the bundled article and nothing from its furniture', () => {
    const bundled = scores.find((s) => s.name === 'republika-2022-07-01');
    expect(bundled).toMatchObject({ gold: 11, found: 11, furnitureEvents: 0 });
  });

  it('evaluateExtraction reads at least six annotated articles in each language besides the bundled one', () => {
    expect(
      scores.filter((s) => s.language === 'id' && s.name !== 'republika-2022-07-01').length,
    ).toBeGreaterThanOrEqual(6);
    expect(scores.filter((s) => s.language === 'en').length).toBeGreaterThanOrEqual(6);
  });

  it('formatTable prints a row per article and a total', () => {
    const table = formatTable(scores);
    expect(table.split('\n')).toHaveLength(scores.length + 3);
    expect(table).toMatch(/^\| total /m);
  });

  it('longArticle builds an article of the words asked for from the annotated texts of one language', () => {
    const text = longArticle(loadGoldArticles(), 'en', 5000);
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(5000);
    expect(text).not.toContain('Reporting by');
  });
});
