/**
 * The self-check of a dossier: where it holds the text others follow (an official readout), that text is rebuilt from
 * its followers alone, as if it were absent, by the steps that rebuild a common source the dossier lacks (given by
 * `rebuild`, the derivation's), reconstructed as the reconstruction pages are (given.ts), and compared with it
 * (self-check.ts). The figures say how well the method the pages show does on this dossier; where no check is
 * possible, the reason is given instead.
 */
import { type GivenSource, commonReconstruction } from './given.ts';
import type { ReconstructedStatement, WitnessText } from './reconstruct-types.ts';
import { type SequenceScore, sequenceScore } from './self-check.ts';
import { groupOf } from './witnesses.ts';

/**
 * The text `followers` (ids, in the dossier's order) follow, rebuilt from them alone, and whether the derivation found
 * it among them by itself (else it took them as its witnesses); null where it cannot be rebuilt.
 */
export type Rebuild = (followers: readonly string[]) => { source: GivenSource; found: boolean } | null;

export interface ReadoutCheckInput {
  readout: WitnessText;
  /** The reports that follow it, with their copies, in the dossier's order. */
  followers: readonly WitnessText[];
  rebuild: Rebuild;
  copyOf?: ReadonlyMap<string, string> | undefined;
}

export interface ReadoutCheck extends SequenceScore {
  readout: string;
  witnesses: string[];
  /** How many of the witnesses are independent (copies of one another counted once). */
  independent: number;
  /**
   * Whether the derivation, run on the followers alone, found the text they follow as a common source by itself, as
   * it would if the readout were absent; false where it found none and the followers were taken as its witnesses.
   */
  found: boolean;
  statements: ReconstructedStatement[];
}

/** Independent followers needed for a check: with one, the "reconstruction" is that report read whole. */
export const CHECK_WITNESSES = 2;

/** The check, or null where fewer than CHECK_WITNESSES independent reports follow the readout. */
export function checkReadout(input: ReadoutCheckInput): ReadoutCheck | null {
  const followers = input.followers.filter((w) => w.id !== input.readout.id);
  const independent = new Set(followers.map((w) => groupOf(w.id, input.copyOf))).size;
  if (independent < CHECK_WITNESSES) return null;
  // The readout is no witness: the rebuild reads the followers and their pairs with each other only.
  const rebuilt = input.rebuild(followers.map((w) => w.id));
  const given = rebuilt?.source;
  const statements =
    !given || given.statements.length === 0
      ? []
      : commonReconstruction(given.witnesses, given.statements, new Map(followers.map((w) => [w.id, w])), input.copyOf)
          .statements;
  const score = sequenceScore(
    input.readout.sentences.map((s) => s.text).join(' '),
    statements.map((s) => s.text).join(' '),
  );
  return {
    readout: input.readout.id,
    witnesses: followers.map((w) => w.id),
    independent,
    found: rebuilt?.found ?? false,
    statements,
    ...score,
  };
}
