/**
 * The shapes of a whole text's reconstruction (reconstruct.ts). Pure types; no code.
 */
import type { Collation } from './types.ts';
import type { WitnessRank } from './witnesses.ts';

/** A witness: a report's article sentences in reading order. */
export interface WitnessText {
  id: string;
  sentences: readonly { id: string; text: string }[];
}

export interface ReconstructionInput {
  /** The witnesses, in the dossier's order. */
  witnesses: readonly WitnessText[];
  /** The statements two or more witnesses share, in the text's order (statements.ts). */
  statements: readonly (readonly StatementReading[])[];
  /** A copy's original (a report almost wholly contained in an earlier or same-day one): counted once with it. */
  copyOf?: ReadonlyMap<string, string> | undefined;
}

export interface ReconstructedStatement extends Collation {
  text: string;
  base: string;
  readings: (StatementReading & { text: string })[];
  /** Attested by one witness (with its copies): kept inside the stretch it copies, between shared statements. */
  single: boolean;
  /** Its index among the input's statements; null for a statement one close witness keeps (coverage.ts). */
  given: number | null;
}

export interface Reconstruction {
  statements: ReconstructedStatement[];
  /** The witnesses, best first (witnesses.ts). */
  ranking: WitnessRank[];
  /** Each witness's sentences that are in no statement: its own background, credits and commentary, left out. */
  onlyIn: { witness: string; sentences: string[] }[];
}

/** A witness's reading of one statement. */
export interface StatementReading {
  witness: string;
  /** The witness's sentences that make the statement, in reading order. */
  sentences: string[];
  /** Whether every counterpart of its sentences in the statement rewords it (alignment.ts's kinds). */
  reworded: boolean;
}
