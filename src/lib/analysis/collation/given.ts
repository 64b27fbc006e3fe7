/**
 * A text rebuilt from statements someone else found: a common source as the derivation gives it (its witnesses and
 * its statements' readings), reconstructed here (reconstruct.ts). The reconstruction pages and the self-check both
 * come this way, so that the self-check measures what the pages show.
 */
import { reconstruct } from './reconstruct.ts';
import type { Reconstruction, WitnessText } from './reconstruct-types.ts';
import type { StatementReading } from './reconstruct-types.ts';

/** A common source's statement as the derivation gives it (ReconstructedStatement's readings). */
export interface GivenStatement {
  readings: readonly { source: string; sentences: readonly string[]; reworded: boolean }[];
}

/** A text the derivation rebuilt from its followers: who witnesses it, and its statements. */
export interface GivenSource {
  witnesses: readonly string[];
  statements: readonly GivenStatement[];
}

/** A common source rebuilt from its witnesses (see the module comment). */
export function commonReconstruction(
  witnesses: readonly string[],
  statements: readonly GivenStatement[],
  docs: ReadonlyMap<string, WitnessText>,
  copyOf: ReadonlyMap<string, string> = new Map(),
): Reconstruction {
  const given: StatementReading[][] = statements.map((s) =>
    s.readings.map((r) => ({ witness: r.source, sentences: [...r.sentences], reworded: r.reworded })),
  );
  return reconstruct({
    witnesses: witnesses.map((id) => {
      const doc = docs.get(id);
      if (!doc) throw new Error(`reconstruction: witness "${id}" is not a report of the dossier`);
      return doc;
    }),
    statements: given,
    copyOf,
  });
}
