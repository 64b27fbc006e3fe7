/**
 * The shape of dist/data/derivation.json (README, "Who follows whom"): the common sources with their credits,
 * witnesses and reconstruction, and the edges of the derivation. Plain data in the analysis's fixed order, so that
 * two builds write the same bytes.
 */
import type { ApparatusEntry } from './collation.ts';
import type { Derivation, EdgeBasis } from './analysis/derivation/index.ts';

export interface DerivationExport {
  commonSources: {
    id: string;
    label: string;
    attributions: { source: string; sentence: string }[];
    witnesses: string[];
    reconstruction: {
      text: string | null;
      witnesses: { source: string; sentence: string }[];
      /** Where the witnesses differ, and where in `text` (ApparatusEntry, src/lib/collation.ts). */
      apparatus: ApparatusEntry[];
    }[];
  }[];
  /**
   * Each edge; `basis` says why this direction (EdgeBasis, src/lib/analysis/derivation/types.ts), `why` says it in
   * plain words, a clause after the report's name ("follows MHA (in this dossier) for 7 statements: …").
   */
  edges: { from: string; to: string; statements: number; basis: EdgeBasis; why: string }[];
  /**
   * Each copy's original, by the copy's slug (a report almost wholly in an earlier or same-day one): a copy is no
   * independent witness, and a reconstruction or a count takes it once, as its original.
   */
  copyOf: Record<string, string>;
}

export function derivationExport(derivation: Derivation): DerivationExport {
  return {
    commonSources: derivation.commonSources.map((c) => ({
      id: c.id,
      label: c.label,
      attributions: c.attributions.map((a) => ({ source: a.source, sentence: a.sentence })),
      witnesses: c.witnesses,
      reconstruction: c.statements.map((s) => ({
        text: s.text,
        witnesses: s.readings.flatMap((r) => r.sentences.map((sentence) => ({ source: r.source, sentence }))),
        apparatus: s.apparatus.map((a) => ({
          witnesses: a.witnesses,
          words: a.words,
          type: a.type,
          lemma: a.lemma,
          after: a.after,
        })),
      })),
    })),
    edges: derivation.edges.map((e) => ({
      from: e.from,
      to: e.to,
      statements: e.statements,
      basis: e.basis,
      why: e.why,
    })),
    copyOf: Object.fromEntries(derivation.reports.flatMap((r) => (r.copyOf === null ? [] : [[r.id, r.copyOf]]))),
  };
}
