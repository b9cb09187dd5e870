import { bundled, escapeRegExp, expect, graph, litEventIds, openApp, restingBox, test, timeline } from './fixtures';

const involving = (actor: string) =>
  (bundled.events as unknown as { id: string; actors: string[]; recipients?: string[] }[])
    .filter((e) => e.actors.includes(actor) || (e.recipients ?? []).includes(actor))
    .map((e) => e.id);

test.describe('the actor graph, linked with the timeline', () => {
  test('clicking Lukashenko in the graph lights up his events on the timeline and shows them in the detail', async ({
    page,
  }) => {
    await openApp(page, '?lang=en');
    await graph(page)
      .getByRole('button', { name: /^Alexander Lukashenko/ })
      .click();
    const detail = page.getByRole('region', { name: 'Details' });
    await expect(detail.getByRole('heading', { name: 'Alexander Lukashenko' })).toBeVisible();
    const expected = involving('lukashenko');
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => litEventIds(page).then((ids) => ids.sort())).toEqual([...expected].sort());
    for (const id of expected) {
      const title = bundled.events.find((e) => e.id === id)!.title.en!;
      await expect(detail.getByRole('button', { name: title })).toBeVisible();
    }
  });

  test('selecting an event on the timeline lights up its actors in the graph', async ({ page }) => {
    await openApp(page, '?lang=en');
    const event = bundled.events.find((e) => e.id === 'g7-nato-condemn-military-integration')!;
    await timeline(page)
      .getByRole('button', { name: new RegExp(escapeRegExp(event.title.en!)) })
      .click();
    const lit = await page
      .locator('.graph-node:not(.is-faded)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-actor-id')).sort());
    expect(lit).toEqual(['belarus', 'g7', 'nato', 'russia']);
  });

  test('selecting a relation shows the events between the pair', async ({ page }) => {
    await openApp(page, '?lang=en&actor=russia');
    const detail = page.getByRole('region', { name: 'Details' });
    await detail.getByRole('button', { name: 'Russia → Ukraine' }).click();
    await expect(detail.getByRole('heading', { name: 'Russia → Ukraine', exact: true })).toBeVisible();
    await expect(detail.getByRole('button', { name: 'Russia launches an invasion of Ukraine' })).toBeVisible();
    await expect(page).toHaveURL(/relation=russia-%3Eukraine/);
  });

  test('graph nodes are reachable and usable by keyboard', async ({ page }) => {
    await openApp(page, '?lang=en');
    const nodes = graph(page).getByRole('button');
    await expect(nodes).toHaveCount(10);
    await nodes.first().focus();
    const first = await page.locator(':focus').getAttribute('aria-label');
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      if ((await page.locator(':focus').getAttribute('aria-label')) !== first) break;
    }
    const moved = await page.locator(':focus').getAttribute('aria-label');
    expect(moved).not.toBe(first);
    await page.keyboard.press('Enter');
    const name = moved!.split(' (')[0]!;
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name })).toBeVisible();
  });

  test('the as-of scrubber builds the network up event by event', async ({ page }) => {
    await openApp(page, '?lang=en');
    const slider = page.getByRole('slider', { name: 'Network as of event' });
    await slider.fill('1');
    await expect(page).toHaveURL(/asof=1/);
    // The first event (the 1997 treaty) involves Belarus and Russia only.
    await expect(graph(page).getByRole('button')).toHaveCount(2);
    await slider.fill('5');
    await expect(graph(page).getByRole('button', { name: /^Ukraine/ })).toBeVisible();
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(graph(page).getByRole('button')).toHaveCount(10);
  });

  test('the play button steps through the story', async ({ page }) => {
    await openApp(page, '?lang=en&asof=0');
    await page.getByRole('button', { name: /Play/ }).click();
    // Play steps on a timer; a busy machine may take longer over each step.
    await expect(page).toHaveURL(/asof=[2-9]/, { timeout: 30_000 });
    await page.getByRole('button', { name: /Pause/ }).click();
  });

  test('with a filter, Tab reaches the graph on an actor the filter keeps, not a faded one', async ({ page }) => {
    // Only NATO's and the G7's condemnation says "condemn": most actors, the first among them, are faded.
    await openApp(page, '?lang=en&q=condemn');
    await expect(page.locator('.graph-node.is-faded').first()).toBeAttached();
    const stop = graph(page).locator('.graph-node[tabindex="0"]');
    await expect(stop).toHaveCount(1);
    await expect(stop).not.toHaveClass(/is-faded/);
  });

  test('a time window chosen on the timeline limits the graph', async ({ page }) => {
    await openApp(page, '?lang=en');
    const caption = page.getByText(/relations? among/);
    const before = await caption.textContent();
    await page.getByRole('group', { name: 'Jump to' }).getByRole('button').last().click();
    await expect(caption).toContainText('from events in');
    expect(await caption.textContent()).not.toBe(before);
    // Shoigu → Belarus, G7 and NATO → Belarus and Russia, Lukashenko and Putin → the West.
    await expect(page.locator('.graph-relation')).toHaveCount(7);
  });

  test('dragging a node pins it', async ({ page }) => {
    await openApp(page, '?lang=en');
    const node = graph(page).getByRole('button', { name: /\(NATO\)/ });
    const box = await restingBox(node);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByRole('button', { name: 'Release pinned actors' })).toBeVisible();
    const after = (await node.boundingBox())!;
    expect(Math.abs(after.x - box.x) + Math.abs(after.y - box.y)).toBeGreaterThan(20);
  });
});
