/**
 * The shape of dist/data/derivation.json (docs/methods/derivation.md, "Who follows whom"): the common sources with their credits,
 * witnesses and reconstruction, and the edges of the derivation. Plain data in the analysis's fixed order, so that
 * two builds write the same bytes.
 */
import type { ApparatusEntry, Reconstruction, SelfCheckResult } from '../analysis/collation/index.ts';
import type { Derivation, EdgeBasis } from '../analysis/derivation/index.ts';
import { copiesOf } from '../analysis/index.ts';

export interface DerivationExport {
  commonSources: {
    id: string;
    label: string;
    attributions: { source: string; sentence: string }[];
    witnesses: string[];
    reconstruction: {
      /**
       * Whether the reconstruction (src/lib/analysis/collation/) keeps this statement. It leaves out one that a single
       * witness and its copies read (copies count once), outside the stretch between statements others share
       * (coverage.ts); that one has no wording: text, base and agreement are null and apparatus is empty, and only its
       * witnesses are given. False for every statement where no reconstruction is given.
       */
      kept: boolean;
      text: string | null;
      /** The witness whose sentence is the statement's base (the best-ranked that reads it). */
      base: string | null;
      /**
       * Share of the base's words that another independent witness also has (0–1); null where every witness rewords
       * the statement, so that its text is one witness's own wording (`base`), not the source's.
       */
      agreement: number | null;
      witnesses: { source: string; sentence: string }[];
      /** Where the witnesses differ, and where in `text` (ApparatusEntry, src/lib/analysis/collation/). */
      apparatus: ApparatusEntry[];
    }[];
    /** Statements one close witness alone keeps, between those the witnesses share (with ReconstructionExtras). */
    keptByOne?: { after: string | null; witness: string; sentences: string[]; text: string }[];
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
  /**
   * How close the reconstruction method comes on this dossier: the official readout it holds, rebuilt from its
   * followers as if absent, compared by four-word sequences (src/lib/analysis/collation/self-check.ts). Where no check
   * is possible, the figures are null and `reason` says why.
   */
  selfCheck?: SelfCheckExport;
}

export interface SelfCheckExport {
  readout: string | null;
  witnesses: string[];
  /**
   * Whether the derivation, run on the followers alone, found the text they follow as a common source by itself
   * (true), or found none, so that the followers were taken as its witnesses (false); null without a check.
   */
  foundByDerivation: boolean | null;
  /** Share of the readout's four-word sequences the reconstruction has (0–1). */
  recall: number | null;
  /** Share of the reconstruction's four-word sequences that are the readout's (0–1). */
  precision: number | null;
  /** The readout's words in no shared sequence, as runs (its words as matching reads them). */
  missed: string[];
  readoutSequences: number | null;
  reconstructionSequences: number | null;
  /** The reconstruction the figures are for, statement by statement. */
  text: string[];
  reason: string | null;
}

/** What derivation.json adds from the reconstructions (src/data/reconstruction.ts). */
export interface ReconstructionExtras {
  /** Each common source's reconstruction, by id: its statements that one close witness alone keeps. */
  reconstructions?: ReadonlyMap<string, Reconstruction>;
  selfCheck?: SelfCheckResult;
}

/** The self-check as derivation.json gives it. */
export function selfCheckExport(result: SelfCheckResult): SelfCheckExport {
  const c = result.check;
  return {
    readout: c?.readout ?? null,
    witnesses: c?.witnesses ?? [],
    foundByDerivation: c?.found ?? null,
    recall: c?.recall ?? null,
    precision: c?.precision ?? null,
    missed: c?.missed ?? [],
    readoutSequences: c?.referenceSequences ?? null,
    reconstructionSequences: c?.candidateSequences ?? null,
    text: c?.statements.map((s) => s.text) ?? [],
    reason: result.reason,
  };
}

/** A common source's statements kept by one close witness, each after the statement (anchor) it follows. */
function keptByOne(reconstruction: Reconstruction | undefined, anchors: readonly string[]) {
  if (!reconstruction) return [];
  let after: string | null = null;
  const out: { after: string | null; witness: string; sentences: string[]; text: string }[] = [];
  for (const s of reconstruction.statements) {
    if (s.given !== null) after = anchors[s.given] ?? null;
    else out.push({ after, witness: s.base, sentences: s.readings[0]!.sentences, text: s.text });
  }
  return out;
}

/** A reconstruction's statements by the index of the derivation's statement each rebuilds. */
function keptOf(reconstruction: Reconstruction | undefined): Map<number, Reconstruction['statements'][number]> {
  return new Map(reconstruction?.statements.flatMap((s) => (s.given === null ? [] : [[s.given, s] as const])) ?? []);
}

/** A common source's statements: each with the reconstruction's wording, or none where it does not keep it. */
function statementsExport(
  statements: Derivation['commonSources'][number]['statements'],
  kept: ReadonlyMap<number, Reconstruction['statements'][number]>,
): DerivationExport['commonSources'][number]['reconstruction'] {
  return statements.map((s, i) => {
    // The reconstruction's wording (ranked witnesses, copies once); none for a statement it does not keep.
    const rebuilt = kept.get(i);
    return {
      kept: rebuilt !== undefined,
      text: rebuilt?.text ?? null,
      base: rebuilt?.base ?? null,
      agreement: rebuilt?.agreement ?? null,
      witnesses: s.readings.flatMap((r) => r.sentences.map((sentence) => ({ source: r.source, sentence }))),
      apparatus: (rebuilt?.apparatus ?? []).map((a) => ({
        witnesses: a.witnesses,
        words: a.words,
        type: a.type,
        lemma: a.lemma,
        after: a.after,
      })),
    };
  });
}

export function derivationExport(derivation: Derivation, extras: ReconstructionExtras = {}): DerivationExport {
  const out: DerivationExport = {
    commonSources: derivation.commonSources.map((c) => ({
      id: c.id,
      label: c.label,
      attributions: c.attributions.map((a) => ({ source: a.source, sentence: a.sentence })),
      witnesses: c.witnesses,
      reconstruction: statementsExport(c.statements, keptOf(extras.reconstructions?.get(c.id))),
      ...(extras.reconstructions && {
        keptByOne: keptByOne(
          extras.reconstructions.get(c.id),
          c.statements.map((s) => s.id),
        ),
      }),
    })),
    edges: derivation.edges.map((e) => ({
      from: e.from,
      to: e.to,
      statements: e.statements,
      basis: e.basis,
      why: e.why,
    })),
    copyOf: Object.fromEntries(copiesOf(derivation)),
  };
  if (extras.selfCheck) out.selfCheck = selfCheckExport(extras.selfCheck);
  return out;
}
