/**
 * The shape of dist/data/derivation.json (README, "Who follows whom"): the common sources with their credits,
 * witnesses and reconstruction, and the edges of the derivation. Plain data in the analysis's fixed order, so that
 * two builds write the same bytes.
 */
import type { Derivation } from './derivation.ts';

export interface DerivationExport {
  commonSources: {
    id: string;
    label: string;
    attributions: { source: string; sentence: string }[];
    witnesses: string[];
    reconstruction: { text: string | null; witnesses: { source: string; sentence: string }[] }[];
  }[];
  edges: { from: string; to: string; statements: number }[];
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
      })),
    })),
    edges: derivation.edges.map((e) => ({ from: e.from, to: e.to, statements: e.statements })),
  };
}
