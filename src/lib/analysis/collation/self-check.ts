/**
 * The self-check: how close a reconstruction comes to a text the dossier holds, reconstructed from its followers as
 * if it were absent. Compared by four-word sequences (the words as matching reads them, normalise-text.ts: folded,
 * British/American unified, "U.S." read as "US"), each counted once: recall is the share of the text's sequences the reconstruction has,
 * precision the share of the reconstruction's that the text has; the text's words in no shared sequence are what the
 * reconstruction missed, as runs.
 */
import { canonicalWords, joinInitialisms } from '../../text/normalise-text.ts';

/** The length of the compared word sequences. */
export const SEQUENCE = 4;

export interface SequenceScore {
  /** Share of the reference's sequences in the candidate (0–1, three decimals). */
  recall: number;
  /** Share of the candidate's sequences in the reference (0–1, three decimals). */
  precision: number;
  /** The reference's runs of words that are in no sequence the two share, in its order. */
  missed: string[];
  referenceSequences: number;
  candidateSequences: number;
  shared: number;
}

const sequences = (words: readonly string[]) => {
  const out: string[] = [];
  for (let i = 0; i + SEQUENCE <= words.length; i++) out.push(words.slice(i, i + SEQUENCE).join(' '));
  return out;
};

const round = (x: number) => Math.round(x * 1000) / 1000;

/** See the module comment. */
export function sequenceScore(reference: string, candidate: string): SequenceScore {
  const refWords = canonicalWords(joinInitialisms(reference));
  const refSeqs = sequences(refWords);
  const candSet = new Set(sequences(canonicalWords(joinInitialisms(candidate))));
  const refSet = new Set(refSeqs);
  const shared = [...refSet].filter((s) => candSet.has(s)).length;
  const covered = new Array<boolean>(refWords.length).fill(false);
  refSeqs.forEach((s, i) => {
    if (candSet.has(s)) for (let k = 0; k < SEQUENCE; k++) covered[i + k] = true;
  });
  const missed: string[] = [];
  let run: string[] = [];
  refWords.forEach((w, i) => {
    if (!covered[i]) run.push(w);
    else if (run.length > 0) {
      missed.push(run.join(' '));
      run = [];
    }
  });
  if (run.length > 0) missed.push(run.join(' '));
  return {
    recall: refSet.size === 0 ? 0 : round(shared / refSet.size),
    precision: candSet.size === 0 ? 0 : round(shared / candSet.size),
    missed,
    referenceSequences: refSet.size,
    candidateSequences: candSet.size,
    shared,
  };
}
