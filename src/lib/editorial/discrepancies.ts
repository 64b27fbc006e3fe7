/**
 * The places where the reports differ (content/discrepancies/): each reading with its quotes, checked word for word
 * against the reports (src/lib/editorial/citations.ts). Built by src/lib/editorial/editorial.ts with the statements and the timeline, so
 * that every problem of the editorial layer is reported at once.
 */
import { type Citation, type EntryRef, type QuoteInput, type SourceLookup, cite } from './citations.ts';
import type { DiscrepancyKind } from '../content/vocabularies.ts';

export interface DiscrepancyInput {
  id: string;
  filePath: string;
  data: {
    title: string;
    kind: DiscrepancyKind;
    order: number;
    summary: string;
    facts: EntryRef[];
    readings: { reading: string; quotes: QuoteInput[] }[];
  };
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

/**
 * The discrepancies in page order (`order`, then id), each quote resolved; a statement it names that does not exist
 * (`factIds`) and a quote that cannot be resolved are recorded in `problems`.
 */
export function buildDiscrepancies(
  inputs: readonly DiscrepancyInput[],
  factIds: ReadonlySet<string>,
  sources: SourceLookup,
  problems: string[],
): Discrepancy[] {
  const discrepancies: Discrepancy[] = inputs.map((d) => {
    d.data.facts.forEach((ref, i) => {
      if (!factIds.has(ref.id)) problems.push(`${d.filePath}: facts[${i}]: no fact "${ref.id}" in content/facts/`);
    });
    const readings = d.data.readings.map((r, i) => ({
      reading: r.reading,
      quotes: r.quotes
        .map((q, j) => cite(problems, `${d.filePath}: readings[${i}].quotes[${j}]`, q, sources))
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
  return discrepancies;
}

/**
 * The discrepancies about how the reports name someone: those of kind "naming" in which a quoted passage holds one
 * of their names ("Kristie Canegallo's title" for Kristie Canegallo), in page order.
 */
export function namingDiscrepancies(discrepancies: readonly Discrepancy[], names: readonly string[]): Discrepancy[] {
  return discrepancies.filter(
    (d) => d.kind === 'naming' && d.readings.some((r) => r.quotes.some((q) => names.some((n) => q.quote.includes(n)))),
  );
}
