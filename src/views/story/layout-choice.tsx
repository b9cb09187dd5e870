import { useMediaQuery } from '@/components/use-media-query';
import { selectStoryLayout } from '@/store/selectors';
import { useAppActions, useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';

/**
 * Below this width the story is read as a list rather than a timeline, unless
 * the reader or the link chooses. Measured on the bundled story, built app,
 * `layout=timeline`, titles the timeline cuts short (English / Indonesian, of
 * 11): 480 px 11/11 (none longer than 27 characters), 600 px 9/9, 680 px
 * 8/9, 720 px 7/9, and the same 7/9 at 800, 1024 and 1280 px. Below 720 px
 * each step narrower cuts more titles and shorter; from 720 px on, width buys
 * nothing more, and the timeline's room for time matters more. A phone held
 * upright (320–430 px) and most embeds in an article column are below it.
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
