/**
 * The editorial layer: statements the site makes about the dialogue (src/lib/editorial/facts.ts), the places where the
 * reports disagree (src/lib/editorial/discrepancies.ts) and the dated events they mention (src/lib/editorial/timeline.ts), each backed
 * by quotes from the reports.
 *
 * `buildEditorial` is the build check: every quote must appear word for word in that report's article text, or
 * the build fails naming the file, the field and the report (src/data/built-editorial.ts calls it once per build). Every
 * problem of the three is collected and reported at once.
 *
 * Pure: plain data in, plain data out (no astro:* import).
 */
import { ContentError } from '../content/content-error.ts';
import { type Discrepancy, type DiscrepancyInput, buildDiscrepancies } from './discrepancies.ts';
import type { Dossier } from '../content/dossier.ts';
import { type Fact, type FactInput, buildFacts } from './facts.ts';
import { type EventInput, type TimelineEntry, buildTimeline } from './timeline.ts';

export interface Editorial {
  /** In overview order: by section as listed in FACT_SECTIONS, then `order`. */
  facts: Fact[];
  factById: ReadonlyMap<string, Fact>;
  discrepancies: Discrepancy[];
  /** Events and the reports' own publication, in date order; unknown dates last. */
  timeline: TimelineEntry[];
}

export function buildEditorial(
  input: { facts: FactInput[]; discrepancies: DiscrepancyInput[]; events: EventInput[] },
  dossier: Pick<Dossier, 'sourceBySlug' | 'sources'>,
): Editorial {
  const problems: string[] = [];
  const factIds = new Set(input.facts.map((f) => f.id));
  const discrepancies = buildDiscrepancies(input.discrepancies, factIds, dossier, problems);
  const facts = buildFacts(input.facts, discrepancies, dossier, problems);
  const timeline = buildTimeline(input.events, dossier, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { facts, factById: new Map(facts.map((f) => [f.id, f])), discrepancies, timeline };
}
