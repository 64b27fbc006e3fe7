/**
 * Who follows whom (src/lib/analysis/derivation/): each report's likely source, the common sources the dossier lacks and
 * their reconstruction, computed once per build from the alignment, and the picture of it laid out once
 * (src/lib/site/derivation-graph.ts). Read by the derivation pages, the picture on the overview and /reuse/, and
 * dist/data/derivation.json.
 */
import { sentenceKey } from '../lib/analysis/alignment';
import { sentenceTexts } from '../lib/site/alignment-view';
import { copiesOf, derivationOf } from '../lib/analysis';
import { formatPartialDate } from '../lib/content/dates';
import { PICTURE_LIMIT, type PictureShape, derivationGraphInput, layoutGraph } from '../lib/site/derivation-graph';
import { evidencePages, familiesOf } from '../lib/site/families';
import { alignment } from './built-alignment';
import { dossier } from './built-dossier';
import { reuse } from './built-reuse';

export const derivation = derivationOf(dossier, alignment, reuse);

/** Each report's place in the derivation, by its slug: pages look a report up here, not by searching the list. */
export const reportOf: ReadonlyMap<string, (typeof derivation.reports)[number]> = new Map(
  derivation.reports.map((r) => [r.id, r]),
);

/** The families of who follows whom (src/lib/site/families.ts), most followers first: /derivation/'s rows and pages. */
export const families = familiesOf(derivation.edges);

/** The reports that follow no text found here, in the dossier's order: on /derivation/, or in pages of their own. */
export const alone = derivation.reports.filter((r) => r.follows === null);

/** The page that holds a report's evidence, for the link from its own page. */
export const evidencePage = evidencePages(
  families,
  alone.map((r) => r.id),
);

const reports = dossier.sources.map((s) => ({
  slug: s.slug,
  shortName: s.shortName,
  date: formatPartialDate(s.date),
  shortDate: formatPartialDate(s.date, true),
}));
const picture = (shape: PictureShape) => {
  const input = derivationGraphInput(derivation, reports, shape);
  return input.nodes.length <= PICTURE_LIMIT ? layoutGraph(input.nodes, input.edges, shape) : null;
};
/** The picture's geometry, wide and for a phone; null for a dossier too large to draw (PICTURE_LIMIT). */
export const derivationPicture = picture('wide');
export const derivationPictureNarrow = picture('narrow');

/** What a reader calls a node: a report's short name, or a common source's label. */
export function nameOf(id: string): string {
  return dossier.sourceBySlug.get(id)?.shortName ?? derivation.commonSources.find((c) => c.id === id)?.label ?? id;
}

const sentences = sentenceTexts(dossier.sources);
/** The text of a report's sentence, by its anchor. */
export function sentenceText(slug: string, id: string): string {
  const text = sentences.get(sentenceKey(slug, id));
  if (text === undefined) throw new Error(`derivation: no sentence ${id} in ${slug}`);
  return text;
}

/**
 * Each copy's original, by the copy's slug: a report almost wholly contained in an earlier or same-day one
 * (src/lib/analysis/derivation/copies.ts), as the reconstruction reads it. The topic pages still group copies by a
 * rule of their own (copyOfFromReuse, src/lib/site/topics/sections.ts).
 */
export const copyOf: ReadonlyMap<string, string> = copiesOf(derivation);
