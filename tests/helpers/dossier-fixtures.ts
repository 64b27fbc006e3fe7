/**
 * The hand-labelled dossiers of tests/fixtures/dossiers/ (see its README), loaded and run through the real
 * sentence splitter, alignment, reuse and derivation, as the site runs them (src/lib/analysis/index.ts).
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { alignStatements } from '../../src/lib/analysis/alignment/index.ts';
import { type Derivation, type DerivationDocument, derive } from '../../src/lib/analysis/derivation/index.ts';
import { toPartialDate } from '../../src/lib/content/dates.ts';
import { analyseReuse, pairLookup } from '../../src/lib/analysis/reuse/reuse.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';

export interface FixtureDossier {
  outlets: { id: string; name: string; aliases?: string[] }[];
  reports: { id: string; outlet: string; date: string; kind: string; paragraphs: string[] }[];
  labels: {
    /** Null, or words the name of the one absent source must contain. */
    absent: string | null;
    reports: Record<string, { follows: string | null; copyOf: string | null }>;
  };
}

export function loadFixtureDossier(name: string): FixtureDossier {
  return load(readFileSync(`tests/fixtures/dossiers/${name}.yaml`, 'utf8')) as FixtureDossier;
}

/** The derivation of a fixture dossier, with each report's sentences (by report, by sentence id). */
export function deriveFixture(dossier: FixtureDossier): { derivation: Derivation; text: Map<string, string> } {
  const outlets = new Map(dossier.outlets.map((o) => [o.id, o]));
  const text = new Map<string, string>();
  const reports = [...dossier.reports].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const paragraphs = reports.map((r) =>
    r.paragraphs.map((p, i) => {
      const sentences = splitSentences(p).map((s, j) => ({ id: `p${i + 1}-s${j + 1}`, text: s.text }));
      for (const s of sentences) text.set(`${r.id}#${s.id}`, s.text);
      return { anchor: `p${i + 1}`, text: p, sentences };
    }),
  );
  const documents: DerivationDocument[] = reports.map((r, i) => {
    const outlet = outlets.get(r.outlet)!;
    return {
      id: r.id,
      date: toPartialDate(r.date),
      kind: r.kind,
      label: outlet.name,
      names: [outlet.name, ...(outlet.aliases ?? [])],
      sentences: paragraphs[i]!.flatMap((p) => p.sentences),
    };
  });
  const reuse = analyseReuse(reports.map((r, i) => ({ id: r.id, paragraphs: paragraphs[i]! })));
  const lookup = pairLookup(reuse);
  const derivation = derive(documents, alignStatements(documents), {
    containment: (from, to) => lookup.containment(from, to),
  });
  return { derivation, text };
}

/** What a report follows, as the labels write it: a report's id, `absent` for a common source, or null. */
export function followsOf(derivation: Derivation, id: string): string | null {
  const follows = derivation.reports.find((r) => r.id === id)!.follows;
  if (!follows) return null;
  return follows.fromCommon ? 'absent' : follows.from;
}
