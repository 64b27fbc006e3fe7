/**
 * The editorial layer: statements the site makes about the dialogue (content/facts/), the places where the reports
 * disagree (content/discrepancies/) and the dated events they mention (content/events/), each backed by quotes
 * from the reports.
 *
 * `buildEditorial` is the build check: every quote must appear word for word in that report's article text, or
 * the build fails naming the file, the field and the report (src/data/editorial.ts calls it once per build). It
 * also enforces the editorial rules a schema cannot: a statement needs at least one report that agrees with it; a
 * statement "only in" one report cites that report alone; a report that words a statement differently or
 * contradicts it must be explained by a discrepancy. Every problem is collected and reported at once.
 *
 * Pure: plain data in, plain data out (no astro:* import).
 */
import type { Article } from './article.ts';
import { explainMissingQuote, locateQuote } from './citations.ts';
import { ContentError, type Dossier, type Source } from './dossier.ts';
import { type EventDate, fromPartialDate, isEventDate, parseEventDate } from './event-dates.ts';

export const STANCES = ['agrees', 'differs', 'contradicts'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  agrees: 'agrees',
  differs: 'words it differently',
  contradicts: 'contradicts it',
};

/** What a fact is about; the overview groups facts into paragraphs by section. */
export const FACT_SECTIONS = {
  when: 'When',
  where: 'Where',
  who: 'Who',
  subjects: 'What was discussed',
  signed: 'What was signed',
  'next-round': 'The next round',
  background: 'Background',
  detail: 'Details of the talks',
} as const;
export type FactSection = keyof typeof FACT_SECTIONS;

/** The overview's paragraphs, in reading order, and the sections each one tells. */
export const OVERVIEW_PARAGRAPHS: readonly { heading: string; sections: readonly FactSection[] }[] = [
  { heading: 'The meeting', sections: ['when', 'where', 'who'] },
  { heading: 'What they discussed', sections: ['subjects', 'detail'] },
  { heading: 'What they signed', sections: ['signed'] },
  { heading: 'What comes next', sections: ['next-round'] },
  { heading: 'Background', sections: ['background'] },
];

export const DISCREPANCY_KINDS = {
  account: 'The accounts differ',
  naming: 'The same thing, named differently',
} as const;
export type DiscrepancyKind = keyof typeof DISCREPANCY_KINDS;

/* ---------- Input: collection entries as plain data ---------- */

interface Ref {
  id: string;
}

export interface QuoteInput {
  source: Ref;
  quote: string;
  note?: string | undefined;
}

export interface SupportInput extends QuoteInput {
  stance: Stance;
}

export interface FactInput {
  id: string;
  filePath: string;
  data: {
    statement: string;
    section: FactSection;
    order: number;
    exclusiveTo?: Ref | undefined;
    support: SupportInput[];
  };
}

export interface DiscrepancyInput {
  id: string;
  filePath: string;
  data: {
    title: string;
    kind: DiscrepancyKind;
    order: number;
    summary: string;
    facts: Ref[];
    readings: { reading: string; quotes: QuoteInput[] }[];
  };
}

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

/* ---------- Output ---------- */

/** A checked quote: where it is, and how to link to it. */
export interface Citation {
  source: string;
  /** Short name for the link text, "DHS". */
  shortName: string;
  /** The report in words, for screen readers and tooltips: "Official readout, U.S. Department of Homeland Security". */
  sourceName: string;
  quote: string;
  note: string | null;
  /** Paragraph anchor on the source page. */
  anchor: string;
  paragraph: number;
  /** Sentence anchor when the quote lies within one sentence. */
  sentence: string | null;
  /** The fragment a link uses: the sentence where known, else the paragraph. */
  fragment: string;
  /** The paragraph, and the quote's offsets in it, to show the quote in context. */
  paragraphText: string;
  start: number;
  end: number;
}

export interface FactSupport extends Citation {
  stance: Stance;
}

export interface Fact {
  id: string;
  statement: string;
  section: FactSection;
  order: number;
  exclusiveTo: string | null;
  support: FactSupport[];
  /** Discrepancies that explain how the reports differ on it. */
  discrepancies: string[];
}

export interface Reading {
  reading: string;
  quotes: Citation[];
}

export interface Discrepancy {
  id: string;
  title: string;
  kind: DiscrepancyKind;
  order: number;
  summary: string;
  facts: string[];
  readings: Reading[];
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

export interface Editorial {
  /** In overview order: by section as listed in FACT_SECTIONS, then `order`. */
  facts: Fact[];
  factById: ReadonlyMap<string, Fact>;
  discrepancies: Discrepancy[];
  /** Events and the reports' own publication, in date order; unknown dates last. */
  timeline: TimelineEntry[];
}

/* ---------- Building ---------- */

type SourceLookup = Pick<Dossier, 'sourceBySlug'>;

/** Resolves one quote, or records why it cannot be. */
function cite(
  problems: string[],
  where: string,
  input: QuoteInput,
  sources: SourceLookup,
): Citation | null {
  const source: Source | undefined = sources.sourceBySlug.get(input.source.id);
  if (!source) {
    problems.push(`${where}.source: no report "${input.source.id}" in content/sources/`);
    return null;
  }
  const article: Article = source.article;
  const location = locateQuote(article, input.quote);
  if (!location) {
    problems.push(
      `${where}.quote: "${input.quote}" is not word for word in the article text of report "${source.slug}" ` +
        `(content/sources/${source.slug}.mdx): ${explainMissingQuote(article, input.quote)}`,
    );
    return null;
  }
  return {
    source: source.slug,
    shortName: source.shortName,
    sourceName: `${source.kindLabel}, ${source.outlet.name}`,
    quote: input.quote,
    note: input.note ?? null,
    anchor: location.anchor,
    paragraph: location.paragraph,
    sentence: location.sentence,
    fragment: location.sentence ?? location.anchor,
    paragraphText: location.paragraphText,
    start: location.start,
    end: location.end,
  };
}

const sectionOrder = Object.keys(FACT_SECTIONS);

export function buildEditorial(
  input: { facts: FactInput[]; discrepancies: DiscrepancyInput[]; events: EventInput[] },
  dossier: Pick<Dossier, 'sourceBySlug' | 'sources'>,
): Editorial {
  const problems: string[] = [];
  const factIds = new Set(input.facts.map((f) => f.id));

  const discrepancies: Discrepancy[] = input.discrepancies.map((d) => {
    d.data.facts.forEach((ref, i) => {
      if (!factIds.has(ref.id)) problems.push(`${d.filePath}: facts[${i}]: no fact "${ref.id}" in content/facts/`);
    });
    const readings = d.data.readings.map((r, i) => ({
      reading: r.reading,
      quotes: r.quotes
        .map((q, j) => cite(problems, `${d.filePath}: readings[${i}].quotes[${j}]`, q, dossier))
        .filter((c): c is Citation => c !== null),
    }));
    return {
      id: d.id,
      title: d.data.title,
      kind: d.data.kind,
      order: d.data.order,
      summary: d.data.summary,
      facts: d.data.facts.map((f) => f.id),
      readings,
    };
  });
  discrepancies.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id, 'en'));

  const facts: Fact[] = input.facts.map((f) => {
    const file = f.filePath;
    const support = f.data.support
      .map((s, i) => {
        const citation = cite(problems, `${file}: support[${i}]`, s, dossier);
        return citation && { ...citation, stance: s.stance };
      })
      .filter((s): s is FactSupport => s !== null);
    if (!f.data.support.some((s) => s.stance === 'agrees')) {
      problems.push(`${file}: support: no report agrees with the statement; cite at least one that does (stance: agrees)`);
    }
    const exclusiveTo = f.data.exclusiveTo?.id ?? null;
    if (exclusiveTo !== null) {
      if (!dossier.sourceBySlug.has(exclusiveTo)) {
        problems.push(`${file}: exclusiveTo: no report "${exclusiveTo}" in content/sources/`);
      }
      f.data.support.forEach((s, i) => {
        if (s.source.id !== exclusiveTo) {
          problems.push(
            `${file}: support[${i}].source: the fact is marked as reported only by "${exclusiveTo}" (exclusiveTo), ` +
              `but cites "${s.source.id}"; remove exclusiveTo or the citation`,
          );
        }
      });
    }
    const explainedBy = discrepancies.filter((d) => d.facts.includes(f.id)).map((d) => d.id);
    f.data.support.forEach((s, i) => {
      if (s.stance !== 'agrees' && explainedBy.length === 0) {
        problems.push(
          `${file}: support[${i}].stance: "${s.stance}" needs a discrepancy that explains it: ` +
            `list "${f.id}" under facts in a file of content/discrepancies/`,
        );
      }
    });
    return {
      id: f.id,
      statement: f.data.statement,
      section: f.data.section,
      order: f.data.order,
      exclusiveTo,
      support,
      discrepancies: explainedBy,
    };
  });
  facts.sort(
    (a, b) =>
      sectionOrder.indexOf(a.section) - sectionOrder.indexOf(b.section) ||
      a.order - b.order ||
      a.id.localeCompare(b.id, 'en'),
  );

  const events: TimelineEntry[] = input.events.map((e) => {
    const date = parseEventDate(e.data.date);
    if (!isEventDate(date)) problems.push(`${e.filePath}: date: ${date.error}`);
    const citations = e.data.support
      .map((q, i) => cite(problems, `${e.filePath}: support[${i}]`, q, dossier))
      .filter((c): c is Citation => c !== null);
    return {
      id: e.id,
      kind: 'event',
      title: e.data.title,
      date: isEventDate(date) ? date : parseEventDate('unknown') as EventDate,
      dateNote: e.data.dateNote ?? null,
      description: e.data.description ?? null,
      citations,
      source: null,
    };
  });

  if (problems.length > 0) throw new ContentError(problems);

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
  const timeline = [...events, ...publications].sort(
    (a, b) =>
      a.date.sortKey.localeCompare(b.date.sortKey) ||
      lastDay(a).localeCompare(lastDay(b)) ||
      (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) ||
      a.title.localeCompare(b.title, 'en'),
  );

  return { facts, factById: new Map(facts.map((f) => [f.id, f])), discrepancies, timeline };
}
