import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDraft, type Draft } from '@/domain/draft/draft-model';
import { setIn } from '@/domain/draft/draft-commands';
import { openDraftStorage, type DraftStorage } from '@/data/drafts/draft-storage';
import {
  createDraftSession,
  DraftSession,
  newDraftId,
  openDraftSession,
  SAVE_DELAY_MS,
} from '@/data/drafts/draft-session';

const sessions: DraftSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

function track(session: DraftSession | { message: string } | null): DraftSession {
  if (!(session instanceof DraftSession)) throw new Error('no session');
  sessions.push(session);
  return session;
}

const title = (text: string) => (draft: Draft) => setIn(draft, ['story', 'title', 'en'], text);

async function stored(storage: DraftStorage, id: string) {
  const loaded = await storage.load(id);
  return loaded?.read.ok ? loaded.read : null;
}

describe('DraftSession', () => {
  it('a change is written soon after it is made, with its undo history, and the list shows the draft', async () => {
    const storage = await openDraftStorage();
    const id = newDraftId();
    const session = track(createDraftSession(createEmptyDraft(id, ['en']), { storage }));
    session.apply(title('Putin'), 'title');
    // Written after SAVE_DELAY_MS (well within a second), without any flush.
    expect(SAVE_DELAY_MS).toBeLessThan(1000);
    await expect.poll(async () => (await stored(storage, id))?.draft.story.title.en, { timeout: 5000 }).toBe('Putin');
    expect(session.getSnapshot().save.kind).toBe('saved');
    expect((await stored(storage, id))?.history.past).toHaveLength(1);
    const summary = (await storage.list()).find((s) => s.id === id);
    expect(summary).toMatchObject({ title: { en: 'Putin' }, eventCount: 0 });
  });

  it('undo and redo survive reopening the draft', async () => {
    const storage = await openDraftStorage();
    const id = newDraftId();
    const first = track(createDraftSession(createEmptyDraft(id, ['en']), { storage }));
    first.apply(title('one'));
    first.apply(title('two'));
    first.undo();
    await first.flush();
    await first.dispose();
    const again = track(await openDraftSession(id, { storage }));
    expect(again.getSnapshot().draft.story.title.en).toBe('one');
    again.redo();
    expect(again.getSnapshot().draft.story.title.en).toBe('two');
    again.undo();
    again.undo();
    expect(again.getSnapshot().draft.story.title.en).toBeUndefined();
  });

  it('a failed write is shown with its reason and tried again until it succeeds', async () => {
    const real = await openDraftStorage();
    let failures = 1;
    const flaky: DraftStorage = {
      ...real,
      list: () => real.list(),
      load: (id) => real.load(id),
      remove: (id) => real.remove(id),
      save: (...args) => {
        if (failures > 0) {
          failures -= 1;
          return Promise.reject(new DOMException('no room', 'QuotaExceededError'));
        }
        return real.save(...args);
      },
    };
    const id = newDraftId();
    const session = track(createDraftSession(createEmptyDraft(id, ['en']), { storage: flaky }));
    await expect.poll(() => session.getSnapshot().save).toEqual({
      kind: 'failed',
      message: 'the browser has no room left for drafts (storage is full)',
    });
    await expect.poll(() => session.getSnapshot().save.kind, { timeout: 3000 }).toBe('saved');
    expect(await stored(real, id)).not.toBeNull();
  });

  it('a second tab on the same draft is told, and taking over gets the first tab’s last change', async () => {
    const storage = await openDraftStorage();
    const id = newDraftId();
    const first = track(createDraftSession(createEmptyDraft(id, ['en']), { storage }));
    await first.flush();
    const second = track(await openDraftSession(id, { storage }));
    await expect.poll(() => second.getSnapshot().hold).toBe('elsewhere');
    // The second tab cannot change what it does not hold.
    second.apply(title('from the second tab'));
    expect(second.getSnapshot().draft.story.title.en).toBeUndefined();
    first.apply(title('typed just now'));
    await second.takeOver();
    expect(first.getSnapshot().hold).toBe('taken');
    expect(second.getSnapshot().hold).toBe('owner');
    expect(second.getSnapshot().draft.story.title.en).toBe('typed just now');
    first.apply(title('ignored'));
    second.apply(title('second'));
    await second.flush();
    expect((await stored(storage, id))?.draft.story.title.en).toBe('second');
  });

  it('without a channel between tabs, the revision check still refuses to overwrite the other tab', async () => {
    const storage = await openDraftStorage();
    const id = newDraftId();
    const quiet = { storage, openChannel: () => ({ post() {}, close() {} }) };
    const first = track(createDraftSession(createEmptyDraft(id, ['en']), quiet));
    await first.flush();
    const second = track(await openDraftSession(id, quiet));
    second.apply(title('second'));
    await second.flush();
    first.apply(title('first'));
    await first.flush();
    expect(first.getSnapshot().hold).toBe('conflict');
    expect((await stored(storage, id))?.draft.story.title.en).toBe('second');
    // Keeping this tab's version writes it over the other's, knowingly.
    await first.takeOver();
    expect((await stored(storage, id))?.draft.story.title.en).toBe('first');
  }, 10_000);

  it('without storage the draft still takes changes and says it is not being saved', () => {
    const session = track(
      createDraftSession(createEmptyDraft(newDraftId(), ['en']), { storage: null, unavailableMessage: 'blocked' }),
    );
    session.apply(title('kept in the page'));
    expect(session.getSnapshot()).toMatchObject({
      draft: { story: { title: { en: 'kept in the page' } } },
      save: { kind: 'unavailable', message: 'blocked' },
    });
  });

  it(`the throttle writes steady typing every ${SAVE_DELAY_MS} ms rather than waiting for a pause`, async () => {
    const storage = await openDraftStorage();
    const id = newDraftId();
    const session = track(createDraftSession(createEmptyDraft(id, ['en']), { storage }));
    await session.flush();
    let text = '';
    const seen = new Set<string>();
    const end = Date.now() + 1500;
    while (Date.now() < end) {
      text += 'a';
      session.apply(title(text), 'title');
      const saved = (await stored(storage, id))?.draft.story.title.en;
      if (saved) seen.add(saved);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen.size).toBeGreaterThan(1);
  });
});
