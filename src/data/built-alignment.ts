/**
 * Statement alignment of every report's sentences with the other reports' (src/lib/analysis/alignment/), computed once
 * per build, with what several pages read of it (the pairs of reports that get a side-by-side page): the source
 * pages, the side-by-side pages, the comparison and dist/data/alignment.json. Each report's profile, which needs the
 * derivation too, is in src/data/profiles.ts.
 */
import { sideBySidePairs } from '../lib/site/alignment-view';
import { alignmentOf } from '../lib/analysis';
import { paths } from '../lib/site/links';
import { dossier } from './built-dossier';

export const alignment = alignmentOf(dossier);

/** The pairs of reports that get a side-by-side page, those that share most first. */
export const sideBySide = sideBySidePairs(alignment);

const order = new Map(dossier.sources.map((s, i) => [s.slug, i]));
const withPages = new Set(sideBySide.map((p) => `${p.a}--${p.b}`));

/** The side-by-side page of two reports, in either order, or null where the pair has none. */
export function sideBySidePath(one: string, other: string): string | null {
  const [a, b] = order.get(one)! < order.get(other)! ? [one, other] : [other, one];
  return withPages.has(`${a}--${b}`) ? paths.sideBySidePair(a, b) : null;
}
