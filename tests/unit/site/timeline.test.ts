/** The timeline page's entries, bounded (src/lib/site/timeline.ts): the reports of a busy date as one entry. */
import { expect, test } from 'vitest';
import type { TimelineEntry } from '../../../src/lib/editorial/timeline.ts';
import { type EventDate, fromPartialDate, parseEventDate } from '../../../src/lib/content/event-dates.ts';
import { toPartialDate } from '../../../src/lib/content/dates.ts';
import {
  TIMELINE_DAY_REPORTS,
  TIMELINE_NAMED_REPORTS,
  type TimelineItem,
  groupPublications,
  namingOrder,
  publicationsTitle,
} from '../../../src/lib/site/timeline.ts';

const eventDate = (input: string) => parseEventDate(input) as EventDate;

const event = (id: string, date: string): TimelineEntry => ({
  id,
  kind: 'event',
  title: `Event ${id}`,
  date: eventDate(date),
  dateNote: null,
  description: null,
  citations: [],
  source: null,
});

/** A report's publication, as src/lib/editorial/timeline.ts makes it from a report dated "YYYY-MM-DD" or "YYYY-MM". */
const published = (slug: string, date: string): TimelineEntry => ({
  id: `published-${slug}`,
  kind: 'publication',
  title: `${slug} publishes “A report”`,
  date: fromPartialDate(toPartialDate(date)),
  dateNote: 'From the page.',
  description: null,
  citations: [],
  source: slug,
});

/** What the page shows of each entry: an entry as it was by its id, a date's one entry by its id and contents. */
const shown = (items: TimelineItem[]) =>
  items.map((item) => (item.kind === 'publications' ? [item.id, item.count, item.named, item.more] : item.id));

const day = (prefix: string, n: number, date: string) =>
  Array.from({ length: n }, (_, i) => published(`${prefix}${i + 1}`, date));
const slugsOf = (entries: TimelineEntry[]) => entries.map((e) => e.source!);

test('a date with at most ten reports keeps an entry for each, as the five-report site has it', () => {
  expect(TIMELINE_DAY_REPORTS).toBe(10);
  // The five reports: two on 28 February, two on 29 February, one in March (the month only).
  const timeline = [
    event('meeting', '2024-02-27/2024-02-29'),
    event('wednesday', '2024-02-28'),
    published('ians', '2024-02-28'),
    published('khatrimaza', '2024-02-28'),
    event('signed', '2024-02-28|2024-02-29'),
    published('dhs', '2024-02-29'),
    published('inn', '2024-02-29'),
    published('tfipost', '2024-03'),
    event('next-round', 'unknown'),
  ];
  expect(groupPublications(timeline, ['ians', 'khatrimaza', 'dhs', 'inn', 'tfipost'])).toEqual(timeline);
  // Ten on one day (each with its own note on how its date was read): still ten entries.
  const ten = day('t', 10, '2024-03-01');
  expect(groupPublications(ten, slugsOf(ten))).toEqual(ten);
});

test('a date with eleven reports is one entry, in the place of the first', () => {
  const eleven = day('w', 11, '2024-02-29');
  const timeline = [
    event('wednesday', '2024-02-28'),
    published('ians', '2024-02-28'),
    event('thursday', '2024-02-29'),
    ...eleven,
    event('next-round', 'unknown'),
  ];
  const items = groupPublications(timeline, ['ians', ...slugsOf(eleven)]);
  expect(shown(items)).toEqual([
    'wednesday',
    'published-ians',
    'thursday',
    ['published-2024-02-29', 11, ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9', 'w10'], 1],
    'next-round',
  ]);
  // The entry's date is the reports' date, as their own entries showed it.
  expect(items[3]!.date).toEqual(eventDate('2024-02-29'));
});

test('a month known without the day is its own date: not merged with the days of that month', () => {
  const timeline = [...day('m', 12, '2024-03'), ...day('d', 11, '2024-03-01'), published('e1', '2024-03-02')];
  const items = groupPublications(timeline, slugsOf(timeline));
  expect(shown(items)).toEqual([
    ['published-2024-03', 12, ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10'], 2],
    ['published-2024-03-01', 11, ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9', 'd10'], 1],
    'published-e1',
  ]);
  expect(items[0]!.date).toMatchObject({ precision: 'month', from: { iso: '2024-03', label: 'March 2024' }, to: null });
  expect(items[1]!.date).toMatchObject({ precision: 'day', from: { iso: '2024-03-01' } });
});

test('the entry names ten reports, in the dossier’s order, and counts the rest', () => {
  expect(TIMELINE_NAMED_REPORTS).toBe(10);
  // 25 reports on one day; the timeline has them by short name, the dossier by title: here the reverse.
  const slugs = Array.from({ length: 25 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);
  const order = [...slugs].reverse();
  const items = groupPublications(
    [event('before', '2024-02-27'), ...slugs.map((s) => published(s, '2024-03-04')), event('after', '2024-03-05')],
    order,
  );
  expect(shown(items)).toEqual([
    'before',
    ['published-2024-03-04', 25, ['r25', 'r24', 'r23', 'r22', 'r21', 'r20', 'r19', 'r18', 'r17', 'r16'], 15],
    'after',
  ]);
  // Eleven: ten named, "and 1 more".
  const eleven = slugs.slice(0, 11);
  expect(
    shown(
      groupPublications(
        eleven.map((s) => published(s, '2024-03-04')),
        eleven,
      ),
    ),
  ).toEqual([['published-2024-03-04', 11, eleven.slice(0, 10), 1]]);
});

test('the entry says how many, thousands grouped', () => {
  expect(publicationsTitle({ count: 4 })).toBe('4 reports published');
  expect(publicationsTitle({ count: 1005 })).toBe('1,005 reports published');
});

test('a date’s one entry names the official readouts first, then the others, each in the dossier’s order', () => {
  const sources = [
    { slug: 'wire-1', kind: 'wire' },
    { slug: 'mha', kind: 'official-readout' },
    { slug: 'news-1', kind: 'news' },
    { slug: 'dhs', kind: 'official-readout' },
    { slug: 'blog-1', kind: 'blog' },
  ];
  expect(namingOrder(sources)).toEqual(['mha', 'dhs', 'wire-1', 'news-1', 'blog-1']);
  // Twelve on one day, the readouts last by title: they are still among the ten named.
  const day12 = Array.from({ length: 12 }, (_, i) => ({
    slug: `r${i + 1}`,
    kind: i >= 10 ? 'official-readout' : 'news',
  }));
  const items = groupPublications(
    day12.map((s) => published(s.slug, '2024-02-29')),
    namingOrder(day12),
  );
  expect(shown(items)).toEqual([
    ['published-2024-02-29', 12, ['r11', 'r12', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'], 2],
  ]);
});
