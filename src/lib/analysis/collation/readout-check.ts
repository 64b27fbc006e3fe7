/**
 * The self-check of a dossier: where it holds the text others follow (an official readout), that text is rebuilt from
 * its followers alone, as if it were absent, and compared with it (self-check.ts). The figures say how well the
 * method does on this dossier; where no check is possible, the reason is given instead.
 */
import { reconstruct } from './reconstruct.ts';
import type { ReconstructedStatement, Reconstruction, WitnessText } from './reconstruct-types.ts';
import { type SequenceScore, sequenceScore } from './self-check.ts';
import { type CounterpartsOf, type StatementReading, ordered, statementsFrom } from './statements.ts';
import { groupOf } from './witnesses.ts';

export interface ReadoutCheckInput {
  readout: WitnessText;
  /** The reports that follow it, with their copies, in the dossier's order. */
  followers: readonly WitnessText[];
  counterpartsOf: CounterpartsOf;
  copyOf?: ReadonlyMap<string, string> | undefined;
}

export interface ReadoutCheck extends SequenceScore {
  readout: string;
  witnesses: string[];
  /** How many of the witnesses are independent (copies of one another counted once). */
  independent: number;
  statements: ReconstructedStatement[];
}

/** Independent followers needed for a check: with one, the "reconstruction" is that report read whole. */
export const CHECK_WITNESSES = 2;

/** The check, or null where fewer than CHECK_WITNESSES independent reports follow the readout. */
export function checkReadout(input: ReadoutCheckInput): ReadoutCheck | null {
  const followers = input.followers.filter((w) => w.id !== input.readout.id);
  const independent = new Set(followers.map((w) => groupOf(w.id, input.copyOf))).size;
  if (independent < CHECK_WITNESSES) return null;
  // The readout is no witness: statementsFrom pairs the followers' sentences with each other only.
  const found = statementsFrom(followers, input.counterpartsOf);
  const first = reconstruct({ witnesses: followers, statements: found, copyOf: input.copyOf });
  const rebuilt = reconstruct({
    witnesses: followers,
    statements: inRankOrder(found, first, followers),
    copyOf: input.copyOf,
  });
  const score = sequenceScore(
    input.readout.sentences.map((s) => s.text).join(' '),
    rebuilt.statements.map((s) => s.text).join(' '),
  );
  return {
    readout: input.readout.id,
    witnesses: followers.map((w) => w.id),
    independent,
    statements: rebuilt.statements,
    ...score,
  };
}

/**
 * The statements in the order of the best-ranked witness (then the next, for what it lacks), each reading placed by
 * its sentences that stay in the statement once its own sentences are out (own-sentences.ts): a lede that also
 * mentions a point does not move the point to the top.
 */
function inRankOrder(
  found: readonly StatementReading[][],
  first: Reconstruction,
  followers: readonly WitnessText[],
): StatementReading[][] {
  // Each statement by its readings as the first reconstruction left them (the statements it did not keep, as found).
  const trimmed = new Map<number, StatementReading[]>();
  for (const s of first.statements)
    if (s.given !== null)
      trimmed.set(
        s.given,
        s.readings.map(({ witness, sentences, reworded }) => ({ witness, sentences, reworded })),
      );
  const keys = found.map((st, i) => trimmed.get(i) ?? st);
  const statementOf = new Map(keys.map((k, i) => [k, found[i]!]));
  const ranked = first.ranking.flatMap((r) => followers.filter((f) => f.id === r.witness));
  const order = ordered(keys, ranked).map((k) => statementOf.get(k)!);
  return [...order, ...found.filter((st) => !order.includes(st))];
}
