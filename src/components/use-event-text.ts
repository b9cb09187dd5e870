import { useMemo } from 'react';
import { formatDateSpan } from '@/domain/dates/format-date';
import { pickText } from '@/domain/dataset/localized-text';
import type { Dataset, LocalizedText, TimelineEvent } from '@/domain/dataset/model';
import { selectLanguage } from '@/store/selectors';
import { useAppStore } from '@/store/store-context';
import { useT } from '@/store/use-t';

/** Functions that turn dataset values into text in the interface language. */
export interface EventText {
  readonly language: string;
  /** A localized dataset text, falling back to the dataset's default locale. */
  text: (value: LocalizedText | undefined) => string;
  /** The event's normalised date, e.g. `20–26 June 2022 (approx.)`. */
  date: (event: TimelineEvent, style?: 'long' | 'short') => string;
  /** The event's accessible name: its title, as its label shows it, then its date (WCAG 2.5.3: the name starts with the visible words). */
  name: (event: TimelineEvent) => string;
  /** An actor's name, or its id when it is unknown. */
  actorName: (id: string) => string;
}

/** Text helpers for one dataset in the current interface language. */
export function useEventText(dataset: Dataset): EventText {
  const language = useAppStore(selectLanguage);
  const t = useT();
  return useMemo(() => {
    const fallback = dataset.locales[0] ?? 'en';
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    const words = { approximate: t('approximate'), before: t('dateUntil'), after: t('dateFrom') };
    const text = (value: LocalizedText | undefined) => pickText(value, language, fallback);
    const date = (event: TimelineEvent, style: 'long' | 'short' = 'long') =>
      formatDateSpan(event.date, language, words, style);
    return {
      language,
      text,
      date,
      name: (event) => `${text(event.title)}, ${date(event)}`,
      actorName: (id) => {
        const actor = actors.get(id);
        return actor ? text(actor.name) : id;
      },
    };
  }, [dataset, language, t]);
}
