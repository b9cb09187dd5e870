import { useMediaQuery } from '@/components/use-media-query';
import { selectStoryLayout } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';

/**
 * Below this width the story is read as a list rather than a timeline, unless
 * the reader or the link chooses. Measured on the bundled story with the
 * built app (tests/e2e/readable.spec.ts prints the figures): at 700 px and
 * under, the timeline cuts most titles to a few words and the events of late
 * June 2022 share a few pixels; from 720 px, with the breaks giving each run
 * of events its room, the timeline shows them legibly. A phone held upright
 * (320–430 px) and most embeds in an article column (≤ 680 px) are below it.
 */
export const STORY_BELOW_PX = 720;
const NARROW = `(max-width: ${STORY_BELOW_PX - 0.02}px)`;

/** True when the story layout is on screen: chosen, or left to a width below STORY_BELOW_PX. */
export function useStoryShown(): boolean {
  const choice = useAppStore(selectStoryLayout);
  const narrow = useMediaQuery(NARROW);
  return choice === 'story' || (choice === 'auto' && narrow);
}

/** "Story" / "Timeline": two toggle buttons that choose the layout, kept in the URL; shown at every width. */
export function LayoutChoice() {
  const t = useT();
  const shown = useStoryShown();
  const { setStoryLayout } = useAppActions();
  return (
    <div className="layout-choice" role="group" aria-label={t('layoutChoice')}>
      <button type="button" aria-pressed={shown} onClick={() => setStoryLayout('story')}>
        {t('layoutStory')}
      </button>
      <button type="button" aria-pressed={!shown} onClick={() => setStoryLayout('timeline')}>
        {t('layoutTimeline')}
      </button>
    </div>
  );
}
