/**
 * The timeline: the dated events the reports mention (content/events/), each backed by quotes checked word for word
 * against the reports (src/lib/editorial/citations.ts), and the reports' own publication, in date order. Built by
 * src/lib/editorial/editorial.ts, which reports every problem of the editorial layer at once.
 */
import { type Citation, type QuoteInput, type SourceLookup, cite } from './citations.ts';
import type { Dossier } from '../content/dossier.ts';
import { type EventDate, fromPartialDate, isEventDate, parseEventDate } from '../content/event-dates.ts';

export interface EventInput {
  id: string;
  filePath: string;
  data: {
    title: string;
    date: string;
    dateNote?: string | undefined;
    description?: string | undefined;
    support: QuoteInput[];
  };
}

export interface TimelineEntry {
  id: string;
  kind: 'event' | 'publication';
  title: string;
  date: EventDate;
  dateNote: string | null;
  description: string | null;
  citations: Citation[];
  /** For a publication: the report published. */
  source: string | null;
}

/**
 * Events and the reports' own publication, in date order, unknown dates last; a bad date or a quote that cannot be
 * resolved is recorded in `problems`.
 */
export function buildTimeline(
  inputs: readonly EventInput[],
  dossier: SourceLookup & Pick<Dossier, 'sources'>,
  problems: string[],
): TimelineEntry[] {
  const events: TimelineEntry[] = inputs.map((e) => {
    const date = parseEventDate(e.data.date);
    if (!isEventDate(date)) problems.push(`${e.filePath}: date: ${date.error}`);
    const citations = e.data.support
      .map((q, i) => cite(problems, `${e.filePath}: support[${i}]`, q, dossier))
      .filter((c): c is Citation => c !== null);
    return {
      id: e.id,
      kind: 'event',
      title: e.data.title,
      date: isEventDate(date) ? date : (parseEventDate('unknown') as EventDate),
      dateNote: e.data.dateNote ?? null,
      description: e.data.description ?? null,
      citations,
      source: null,
    };
  });

  const publications: TimelineEntry[] = dossier.sources.map((s) => ({
    id: `published-${s.slug}`,
    kind: 'publication',
    title: `${s.shortName} publishes “${s.title}”`,
    date: fromPartialDate(s.date),
    dateNote: `From ${s.dateSource}.`,
    description: null,
    citations: [],
    source: s.slug,
  }));
  // By first day, then by last day (a day before a span or a choice that starts on it); events before
  // publications on the same date: what happened, then who reported it.
  const lastDay = (e: TimelineEntry) => e.date.to?.iso ?? e.date.sortKey;
  return [...events, ...publications].sort(
    (a, b) =>
      a.date.sortKey.localeCompare(b.date.sortKey) ||
      lastDay(a).localeCompare(lastDay(b)) ||
      (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) ||
      a.title.localeCompare(b.title, 'en'),
  );
}
