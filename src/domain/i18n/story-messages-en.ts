/**
 * The words of the story layout and of the embed dialog's layout choice in
 * English; they come with those views' own code, not the first script.
 */

/** The story layout's English words, by key. */
export const storyEn = {
  storyLabel:
    'The story in time order, {count, plural, one {# event} other {# events}}. Up and down arrow keys move between events, Enter opens one.',
  storyShowMore: 'Show {count, plural, one {# more event} other {# more events}}',
  storyMore: 'More about this event',
  storyAsWorded: 'In the source: “{words}”',
  gap_year: '{count, plural, one {# year later} other {# years later}}',
  gap_month: '{count, plural, one {# month later} other {# months later}}',
  gap_week: '{count, plural, one {# week later} other {# weeks later}}',
  gap_day: '{count, plural, one {# day later} other {# days later}}',
  embedLayout: 'The embed shows',
  embedLayoutAuto: 'A story on narrow screens, a timeline on wide ones',
  embedLayoutStory: 'Always the story',
  embedLayoutTimeline: 'Always the timeline',
};

/** A key of the story layout's words. */
export type StoryMessageKey = keyof typeof storyEn;
