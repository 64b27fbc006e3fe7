/**
 * Each report's profile (src/lib/site/alignment-view.ts, profileOf): what it restates of reports published before it and
 * of common sources the dossier lacks, what it shares otherwise, and what is only in it. Computed once per build from
 * the alignment and the derivation; read by the source pages and the comparison.
 */
import { profileOf, type Profile } from '../lib/site/alignment-view';
import { commonSourceReadings, isPrimary } from '../lib/analysis/derivation';
import { alignment } from './built-alignment';
import { derivation } from './built-derivation';
import { dossier } from './built-dossier';

const dates = new Map(dossier.sources.map((s) => [s.slug, s.date]));
const readings = commonSourceReadings(derivation);

/** Each report's profile, by slug, in the dossier's order. */
export const profiles: ReadonlyMap<string, Profile> = new Map(
  dossier.sources.map((s) => [
    s.slug,
    profileOf(
      alignment,
      {
        slug: s.slug,
        sentences: s.article.paragraphs.flatMap((p) => p.sentences.map((x) => x.id)),
        primary: isPrimary(s.kind),
      },
      dates,
      readings.get(s.slug),
    ),
  ]),
);

/** The common sources a report follows (is a witness of), in the derivation's order. */
export function commonSourcesOf(slug: string) {
  return derivation.commonSources.filter((c) => c.witnesses.includes(slug));
}
