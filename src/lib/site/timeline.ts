/**
 * The timeline page's entries, bounded at any dossier size: the reports published on one date
 * (src/lib/editorial/timeline.ts gives each its own entry) stay one entry each while a date has at most
 * TIMELINE_DAY_REPORTS of them; a date with more becomes one entry that counts them, names the first
 * TIMELINE_NAMED_REPORTS (the official readouts first, then the others, each in the dossier's order: `namingOrder`)
 * and leaves the rest (one at least) to the list of all reports (/sources/). At a thousand reports the page was a
 * thousand "Report published" entries.
 *
 * Pure TypeScript; no astro:* import.
 */
import type { EventDate } from '../content/event-dates.ts';
import type { TimelineEntry } from '../editorial/timeline.ts';
import { plural } from './format.ts';

/** Reports a date's one entry names; the others it counts. */
export const TIMELINE_NAMED_REPORTS = 10;
/**
 * Reports published on one date that keep an entry each, with its note on how the date was read; a date with more
 * has one entry for them all. As many as that entry names, so that it is only made where it counts some (the page
 * says "And N more" with N at least one).
 */
export const TIMELINE_DAY_REPORTS = TIMELINE_NAMED_REPORTS;

/** The reports published on one date, as one entry of the timeline. */
export interface PublicationsEntry {
  /** "published-2024-02-29", "published-2024-03": the date, as the entry's anchor. */
  id: string;
  kind: 'publications';
  date: EventDate;
  /** How many reports the date has. */
  count: number;
  /** The first TIMELINE_NAMED_REPORTS of them (slugs), in the order `groupPublications` is given. */
  named: string[];
  /** How many more there are. */
  more: number;
}

export type TimelineItem = TimelineEntry | PublicationsEntry;

/**
 * The order a date's one entry names its reports in: the official readouts first, a government's own account of
 * the dialogue being what a reader looks for among a hundred copies, then the others; each in the order given (the
 * dossier's, by date, then title).
 */
export function namingOrder(sources: readonly { slug: string; kind: string }[]): string[] {
  const official = sources.filter((s) => s.kind === 'official-readout');
  const others = sources.filter((s) => s.kind !== 'official-readout');
  return [...official, ...others].map((s) => s.slug);
}

/** One key per date as the page shows it: precision, first and last point. */
function dateKey(date: EventDate): string {
  return `${date.precision}|${date.from?.iso ?? ''}|${date.to?.iso ?? ''}`;
}

function groupId(date: EventDate): string {
  if (date.from === null) return 'published-date-unknown';
  return `published-${date.from.iso}${date.to ? `--${date.to.iso}` : ''}`;
}

/**
 * The timeline with the publications of each date that has more than TIMELINE_DAY_REPORTS of them made one entry, at
 * the place of the first; every other entry as it was, in the timeline's order. `order` is the dossier's reports
 * (slugs) in the order the entry names them in (the page gives `namingOrder`'s).
 */
export function groupPublications(timeline: readonly TimelineEntry[], order: readonly string[]): TimelineItem[] {
  const byDate = new Map<string, string[]>();
  for (const entry of timeline) {
    if (entry.kind !== 'publication' || entry.source === null) continue;
    const key = dateKey(entry.date);
    const sources = byDate.get(key);
    if (sources) sources.push(entry.source);
    else byDate.set(key, [entry.source]);
  }
  const rank = new Map(order.map((slug, i) => [slug, i]));
  const place = (slug: string) => rank.get(slug) ?? order.length;
  const done = new Set<string>();
  const items: TimelineItem[] = [];
  for (const entry of timeline) {
    const key = dateKey(entry.date);
    const sources = entry.kind === 'publication' && entry.source !== null ? byDate.get(key)! : [];
    if (sources.length <= TIMELINE_DAY_REPORTS) {
      items.push(entry);
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    const sorted = [...sources].sort((a, b) => place(a) - place(b));
    const named = sorted.slice(0, TIMELINE_NAMED_REPORTS);
    items.push({
      id: groupId(entry.date),
      kind: 'publications',
      date: entry.date,
      count: sorted.length,
      named,
      more: sorted.length - named.length,
    });
  }
  return items;
}

/** The entry's title: "12 reports published", "1,005 reports published". */
export function publicationsTitle(entry: Pick<PublicationsEntry, 'count'>): string {
  return `${plural(entry.count, 'report')} published`;
}
