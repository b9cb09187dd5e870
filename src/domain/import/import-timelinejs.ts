/**
 * Converts a TimelineJS 3 JSON timeline into a `linimasa/1` dataset
 * (../shared/DATA-FORMAT.md). TimelineJS knows no actors, event types,
 * evidence or sources, so the result is honest about it: one `unknown` actor,
 * type `STATEMENT`, dates marked as added from outside the sources, and a
 * report of everything that could not be carried over. Never throws.
 */
import { formatEdtfDay, parseEdtfDate } from '@/domain/dates/edtf';
import { htmlToText } from '@/domain/import/html-to-text';
import { convertDate, present } from '@/domain/import/timelinejs-dates';
import {
  cutText,
  ImportNotes,
  latestDay,
  resolveDatasetOptions,
  unknownActor,
  createIdAllocator,
  type ImportOptions,
  type ImportResult,
} from '@/domain/import/import-tools';
import { field } from '@/domain/dataset/json';
import type { DatasetIssue } from '@/domain/dataset/model';
import type { DateSpan } from '@/domain/dates/date-span';
import { DATASET_FORMAT, type RawDataset } from '@/domain/dataset/schema';
import { EDTF_DAY_PATTERN } from '@/domain/dates/plain-dates';
import { LIMITS } from '@/domain/dataset/schema-fields';

/** The headline and text of a TimelineJS `text` object, as plain text. */
function readText(value: unknown): { headline: string; text: string } {
  const headline = field(field(value, 'text'), 'headline');
  const text = field(field(value, 'text'), 'text');
  return {
    headline: typeof headline === 'string' ? htmlToText(headline) : '',
    text: typeof text === 'string' ? htmlToText(text) : '',
  };
}

function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !/\s/.test(value.trim())
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

interface Era {
  readonly tag: string;
  readonly span: DateSpan;
  readonly path: string;
  count: number;
}

function readEras(raw: unknown, notes: ImportNotes): Era[] {
  const eras = field(raw, 'eras');
  if (!Array.isArray(eras)) return [];
  return eras.flatMap((era: unknown, k): Era[] => {
    const path = `eras[${k}]`;
    const tag = cutText(readText(era).headline.replace(/\s+/g, ' '), LIMITS.titleLength);
    const errors: DatasetIssue[] = [];
    const start = convertDate(field(era, 'start_date'), `${path}.start_date`, notes, errors);
    const end = convertDate(field(era, 'end_date'), `${path}.end_date`, notes, errors);
    if (tag === '' || !start || !end || end.span.latest < start.span.earliest) {
      notes.add(
        path,
        `the era is dropped: ${tag === '' ? 'it has no headline' : (errors[0]?.message ?? 'its dates are unusable')}`,
      );
      return [];
    }
    return [{ tag, span: { ...start.span, latest: end.span.latest, interval: true }, path, count: 0 }];
  });
}

/** Converts a TimelineJS timeline (parsed JSON or JSON text) into a `linimasa/1` object and a report of what was lost; errors carry TimelineJS paths such as `events[3].start_date.year`. */
export function importTimelineJs(raw: unknown, options: ImportOptions = {}): ImportResult {
  const notes = new ImportNotes();
  let input = raw;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input.replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      return {
        ok: false,
        errors: [
          { path: '$', message: `the file is not JSON (${error instanceof Error ? error.message : String(error)})` },
        ],
        report: [],
      };
    }
  }
  const rawEvents = field(input, 'events');
  if (!Array.isArray(rawEvents) || rawEvents.length === 0) {
    return {
      ok: false,
      errors: [{ path: 'events', message: 'a TimelineJS timeline needs a list of events with a "start_date"' }],
      report: [],
    };
  }
  if (rawEvents.length > LIMITS.events) {
    return {
      ok: false,
      errors: [
        {
          path: 'events',
          message: `has ${rawEvents.length.toLocaleString('en')} events; at most ${LIMITS.events.toLocaleString('en')} are allowed`,
        },
      ],
      report: [],
    };
  }
  const titleSlide = readText(field(input, 'title'));
  const settings = resolveDatasetOptions(options, titleSlide.headline, notes);
  if (!settings.ok) return { ok: false, errors: settings.errors, report: [] };
  const { locale } = settings;
  const text = (value: string): Record<string, string> => ({ [locale]: value });
  for (const key of ['media', 'background']) {
    if (field(field(input, 'title'), key) !== undefined)
      notes.add(
        `title.${key}`,
        `the title slide's ${key} is not carried over: linimasa/1 has no ${key === 'media' ? 'media' : 'backgrounds'}`,
      );
  }

  const errors: DatasetIssue[] = [];
  const eras = readEras(input, notes);
  const uniqueIds = rawEvents.map((event: unknown) => field(event, 'unique_id'));
  const allocate = createIdAllocator();
  const allocateSource = createIdAllocator();
  const sources = new Map<
    string,
    { id: string; publisher: string; title?: Record<string, string>; url?: string; published: string; language: string }
  >();
  const spans: DateSpan[] = [];
  const events = rawEvents.map((event: unknown, i) => {
    const path = `events[${i}]`;
    const start = convertDate(field(event, 'start_date'), `${path}.start_date`, notes, errors);
    const endValue = field(event, 'end_date');
    // Spreadsheet exports write a missing end date as an object of empty strings.
    const hasEnd =
      typeof endValue === 'object' && endValue !== null
        ? ['year', 'month', 'day'].some((key) => present(field(endValue, key)))
        : present(endValue);
    const end = hasEnd ? convertDate(endValue, `${path}.end_date`, notes, errors) : undefined;
    let date = start?.edtf ?? '';
    if (start && end) {
      date = `${start.edtf}/${end.edtf}`;
      const interval = parseEdtfDate(date);
      if (!interval.ok) errors.push({ path: `${path}.end_date`, message: interval.message });
      else spans.push(interval.span);
    } else if (start) spans.push(start.span);

    const { headline, text: body } = readText(event);
    let title = headline.replace(/\s+/g, ' ');
    if (title === '') {
      title = body.split('\n')[0] ?? '';
      title ||= start?.display || date;
      notes.group(
        'no-headline',
        `${path}.text.headline`,
        'the event has no headline; its title is taken from its text or date',
      );
    }
    if (title.length > LIMITS.titleLength)
      notes.add(
        `${path}.text.headline`,
        `the headline is ${title.length} characters long and is cut to ${LIMITS.titleLength}`,
      );
    if (body.length > LIMITS.summaryLength)
      notes.add(
        `${path}.text.text`,
        `the text is ${body.length.toLocaleString('en')} characters long and is cut to ${LIMITS.summaryLength.toLocaleString('en')}`,
      );
    const displayValue = field(event, 'display_date');
    const display =
      typeof displayValue === 'string'
        ? htmlToText(displayValue)
        : [start?.display, end?.display].filter(Boolean).join(' – ');

    const tags: string[] = [];
    const group = field(event, 'group');
    const groupText =
      typeof group === 'string' ? cutText(htmlToText(group).replace(/\s+/g, ' '), LIMITS.titleLength) : '';
    if (groupText !== '') {
      tags.push(groupText);
      notes.group('group', `${path}.group`, 'the group becomes a tag: linimasa/1 has no groups');
    }
    for (const era of eras) {
      if (
        start &&
        start.span.earliest >= era.span.earliest &&
        start.span.earliest <= era.span.latest &&
        !tags.includes(era.tag)
      ) {
        tags.push(era.tag);
        era.count += 1;
      }
    }

    const media = field(event, 'media');
    if (media !== undefined) {
      const credit = field(media, 'credit');
      const urlValue = field(media, 'url');
      const caption = field(media, 'caption');
      const url = typeof urlValue === 'string' ? httpUrl(urlValue) : undefined;
      const publisher =
        cutText(typeof credit === 'string' ? htmlToText(credit).replace(/\s+/g, ' ') : '', 200) ||
        (url ? new URL(url).host : '');
      if (typeof urlValue === 'string' && urlValue.trim() !== '' && url === undefined) {
        notes.group(
          'media-url',
          `${path}.media.url`,
          'the media link is not carried over: only absolute http(s) links are',
        );
      }
      const published = start ? formatEdtfDay(start.span.earliest) : '';
      if (publisher !== '' && EDTF_DAY_PATTERN.test(published)) {
        const key = `${publisher}\u0000${url ?? ''}`;
        if (!sources.has(key)) {
          const captionText = typeof caption === 'string' ? cutText(htmlToText(caption), 500) : '';
          sources.set(key, {
            id: allocateSource(publisher, 'source'),
            publisher,
            ...(captionText === '' ? {} : { title: text(captionText) }),
            ...(url === undefined ? {} : { url }),
            published,
            language: locale,
          });
          notes.group(
            'source-published',
            `${path}.media`,
            "the media's credit and link become a source; TimelineJS gives no publication day, so it is set to the event's first day",
          );
        }
      }
      notes.group(
        'media',
        `${path}.media`,
        'the media (image, video or embed) is not carried over: linimasa/1 has no media',
      );
    }
    if (field(event, 'background') !== undefined)
      notes.group(
        'background',
        `${path}.background`,
        'the background is not carried over: linimasa/1 has no backgrounds',
      );

    const uniqueId = uniqueIds[i];
    const id = allocate(typeof uniqueId === 'string' && uniqueId.trim() !== '' ? uniqueId : title, `event-${i + 1}`);
    return {
      id,
      date,
      ...(display === '' ? {} : { dateText: text(cutText(display, LIMITS.titleLength)) }),
      dateBasis: 'external' as const,
      title: text(cutText(title, LIMITS.titleLength)),
      ...(body === '' ? {} : { summary: text(cutText(body, LIMITS.summaryLength)) }),
      type: 'STATEMENT' as const,
      actors: ['unknown'],
      ...(tags.length === 0 ? {} : { tags }),
    };
  });
  if (errors.length > 0) return { ok: false, errors, report: notes.list() };

  for (const era of eras) {
    notes.add(
      era.path,
      era.count === 0
        ? `the era "${era.tag}" contains no event and is dropped`
        : `the era "${era.tag}" becomes a tag on the ${era.count} events that start in it`,
    );
  }
  notes.add('events', 'TimelineJS events name no actors: every event gets the actor "unknown"');
  notes.add('events', 'TimelineJS events have no type: every event is a STATEMENT');
  notes.add(
    'events',
    'TimelineJS events carry no quotes from sources: their dates are marked as added from outside the sources ("dateBasis": "external")',
  );
  const sourceList = [...sources.values()];
  if (sourceList.length === 0) {
    const publisher = cutText(titleSlide.headline.replace(/\s+/g, ' '), 200) || options.fileName || 'TimelineJS';
    sourceList.push({ id: 'timeline', publisher, published: latestDay(spans) ?? '0001-01-01', language: locale });
    notes.add(
      'sources',
      'the timeline names no sources: the timeline itself is listed as the source, published on the day of its latest event',
    );
  }
  const description = titleSlide.text === '' ? undefined : cutText(titleSlide.text, LIMITS.stringLength);
  const json: RawDataset = {
    format: DATASET_FORMAT,
    id: settings.id,
    title: text(cutText(titleSlide.headline.replace(/\s+/g, ' '), LIMITS.stringLength) || 'Imported timeline'),
    ...(description === undefined ? {} : { description: text(description) }),
    locales: [locale],
    sources: sourceList,
    actors: [unknownActor(locale)],
    events,
  };
  return { ok: true, json, report: notes.list() };
}
