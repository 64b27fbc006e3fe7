/**
 * The derivation's shapes and thresholds: what `derive` takes and gives (index.ts), shared by its steps.
 * Pure data; no astro:* import.
 */
import type { Attribution } from '../../text/attributions.ts';
import type { PartialDate } from '../../content/dates.ts';

export interface DerivationDocument {
  id: string;
  date: PartialDate;
  kind: string;
  /**
   * What a credit may call this report: its outlet, its outlet's aliases, its short name, the agency it carries.
   * The first is the name the plain `why` text gives it, unless `label` is set.
   */
  names: readonly string[];
  /** What the plain `why` text calls this report ("IANS"); the first of `names` when not set. */
  label?: string;
  /** Article sentences in reading order. */
  sentences: readonly { id: string; text: string }[];
}

/** Statements two reports must share to be related, and an edge must carry to be drawn. */
export const MIN_SHARED = 3;
/**
 * Statements two reports must share to be joined as witnesses of one absent source when each credits that source's
 * body (step 2): fewer than MIN_SHARED, since the credits say where the statements come from.
 */
export const CREDIT_MIN_SHARED = 2;
/** Statements in which a report must keep wording the other lacks and a third has (step 2). */
export const KEEPS_MIN = 2;
/** The most other reports consulted as third witnesses for one pair, those sharing most first (step 2). */
export const THIRD_WITNESSES = 12;
/** Share of a report's sentences restated in the other from which it counts as contained in it (step 4). */
export const CONTAINED_SHARE = 0.9;
/**
 * Share of a report's five-word runs found in another report (reuse.ts, containment) from which it is a copy of it:
 * a wire story reprinted by another site, with a line added or cut.
 */
export const COPY_SHARE = 0.85;
/**
 * Share of the sentences a report shares with the others that a candidate source must hold: "nothing of the
 * shared text the follower has is missing from it" (a sentence or two restated loosely is forgiven).
 */
export const HOLDS_SHARE = 0.8;

/** The kind of report that is its issuer's own account, and follows no other report (step 1). */
const PRIMARY_KIND = 'official-readout';

/** Whether a report of this kind is its issuer's own account, which follows (and restates) no other report. */
export function isPrimary(kind: string): boolean {
  return kind === PRIMARY_KIND;
}

export interface SharedStatement {
  /** The source's sentence (for a common source: its statement's number, "s3"). */
  from: string;
  /** The report's sentences that restate it. */
  to: string[];
}

/**
 * Why an edge goes this way: `date` (the source is dated before the report), `containment` (the dates cannot tell,
 * and every statement of the source is in the report, which has more), `credit` (the report credits the source, or
 * repeats the credit or wire tag of a witness of a common source, and the source is not later), `witness` (the
 * report is one of the common source's witnesses), `statements` (it makes the common source's statements without
 * the credit of any one witness), `readout` (the source is an official readout of the same day: its government's own
 * account, which follows nothing), `copy` (the report's text is almost wholly the source's: a copy of it).
 */
export type EdgeBasis = 'date' | 'containment' | 'credit' | 'readout' | 'witness' | 'statements' | 'copy';

export interface DerivationEdge {
  /** A report's slug or a common source's id. */
  from: string;
  to: string;
  fromCommon: boolean;
  /** The source's statements the report restates. */
  statements: number;
  shared: SharedStatement[];
  basis: EdgeBasis;
  /** Whether the report credits this source (its attributions). */
  credited: boolean;
  /** The report's attributions that credit this source. */
  credits: Attribution[];
  /** Why, in plain words, for the reader: "follows X (in this dossier) for 7 statements: …" (why.ts). */
  why: string;
}

/** Each basis of an edge in the reader's words, to follow "<report> follows <source>: ". */
export const BASIS_WORDS: Readonly<Record<EdgeBasis, string>> = {
  date: 'the source is dated before the report, and the report restates its statements',
  containment:
    'their dates cannot tell which came first, and every statement of the source is in the report, which has more',
  credit: 'the report credits this text (or repeats its credit or wire tag), and this text is not later',
  readout:
    'the source is an official readout of the same day, its government’s own account, and the report restates its statements',
  witness:
    'the report is one of the texts from which the common source was found: it credits it, or keeps wording of it that the others lack',
  statements:
    'the report restates statements of the common source without the credit of any one of its witnesses; whether it took them from the common source or through one of its witnesses, the wording cannot tell',
  copy: 'the report is a copy of this text: almost all its words are in it, and it is not earlier',
};

export interface UndeterminedPair {
  a: string;
  b: string;
  statements: number;
  /** `same-day`: published the same day; `overlap`: one is dated to a month that includes the other's day. */
  dates: 'same-day' | 'overlap';
  /** Why the direction cannot be told, in plain words (why.ts). */
  why: string;
}

/** A witness's reading of a common source's statement (step 5). */
export interface CommonReading {
  source: string;
  /** The witness's sentences that make this statement, in reading order. */
  sentences: string[];
  /** Whether it only rewords the statement: no sentence of it copies or edits another witness's reading. */
  reworded: boolean;
}

/** "s3": the anchor of the third statement of a reconstruction on its page (the id of a CommonStatement). */
export function statementAnchor(statement: number): string {
  return `s${statement}`;
}

/** The number of a reconstruction's statement from its anchor: 3 for "s3". */
export function statementNumber(anchor: string): number {
  const match = /^s(\d+)$/u.exec(anchor);
  if (!match) throw new Error(`not a statement anchor ("s3"): "${anchor}"`);
  return Number(match[1]);
}

/**
 * A statement of a common source: who reads it. Its wording is the reconstruction's (collation/given.ts,
 * commonReconstruction), which collates these readings.
 */
export interface CommonStatement {
  /** Its anchor on the reconstruction's page (statementAnchor). */
  id: string;
  /** Two or more witnesses' readings, in the witnesses' order. */
  readings: CommonReading[];
}

export interface CommonSource {
  id: string;
  label: string;
  /** The witnesses' credits of it, in the witnesses' order. */
  attributions: (Attribution & { source: string })[];
  /** Every report that follows it directly, in the dossier's order (copies are never among them). */
  witnesses: string[];
  statements: CommonStatement[];
  /**
   * How it was found: `credits` (two witnesses credit, in the statements they share, a source not in the dossier,
   * and cannot have them from each other), `wording` (each keeps wording of them the other lacks and a third has).
   */
  basis: ('credits' | 'wording')[];
  /** The witnesses from whose pairs it was found; the other witnesses joined by making its statements. */
  seeds: string[];
}

export interface ReportDerivation {
  id: string;
  /** The edge carrying most of its statements (for a copy: its copy edge), or null. */
  follows: DerivationEdge | null;
  /** Every edge into it, most statements first. */
  sources: DerivationEdge[];
  attributions: Attribution[];
  /** Undetermined pairs it is in. */
  undetermined: UndeterminedPair[];
  /** The report it is a near-identical copy of (copies.ts), or null: a copy is no independent witness. */
  copyOf: string | null;
}

export interface Derivation {
  commonSources: CommonSource[];
  edges: DerivationEdge[];
  undetermined: UndeterminedPair[];
  reports: ReportDerivation[];
}

/** What derive needs beside the documents and their alignment. */
export interface DeriveOptions {
  /**
   * Share of report `from`'s five-word runs found in report `to` (reuse.ts `containment`, pairLookup): finds the
   * copies. Without it, no report is taken for a copy.
   */
  containment?: (from: string, to: string) => number;
}
