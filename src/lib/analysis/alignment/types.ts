/**
 * The shapes statement alignment takes in and gives out. Pure types; no astro:* import.
 */

/** One sentence of a report, as alignment sees it. */
export interface AlignSentence {
  /** Its anchor on the report's page ("p3-s2"). */
  id: string;
  text: string;
}

/** A report as alignment sees it: its article sentences in reading order (artifacts and headings excluded). */
export interface AlignDocument {
  id: string;
  sentences: readonly AlignSentence[];
}

export type CounterpartKind = 'verbatim' | 'edited' | 'reworded';

export interface SentenceRef {
  source: string;
  sentence: string;
}

/** Why two sentences were paired: the words they share and the words that mean the same. */
export interface PairEvidence {
  /** Words found in both, as the first sentence writes them (folded), in its order. */
  shared: string[];
  /**
   * Pairs of different words that WordNet gives as the same meaning (a shared sense, "similar to", or forms of one
   * word): [word of a, word of b]. Looser relations (a broader term: "homeland" is a kind of "country") count in
   * the score but are never shown as the same meaning.
   */
  meanings: [string, string][];
}

/**
 * A statement that one sentence of a report makes and a run of consecutive sentences of another makes together
 * (one sentence restated as two or three, or two merged into one). `one` is the single sentence; `run` its
 * counterparts, in reading order.
 */
export interface RunGroup {
  one: SentenceRef;
  run: SentenceRef[];
  /** The score of the sentence against the run's words together, 0–1, two decimals. */
  score: number;
}

export interface AlignedPair extends PairEvidence {
  /** The sentence of the report that comes first in the dossier's order. */
  a: SentenceRef;
  b: SentenceRef;
  kind: CounterpartKind;
  /** 0–1, rounded to two decimals. */
  score: number;
}

/** A sentence's counterpart, from the sentence's side. */
export interface Counterpart extends PairEvidence {
  source: string;
  sentence: string;
  kind: CounterpartKind;
  score: number;
}

export interface Alignment {
  /** Every pair once, ordered by the first sentence's report and position, then the second's. */
  pairs: AlignedPair[];
  /** Key `sentenceKey(source, sentence)`: the counterparts of that sentence, best first. */
  counterparts: ReadonlyMap<string, Counterpart[]>;
  /** How many article sentences each report has, and how many of them have a counterpart. */
  sentenceCounts: ReadonlyMap<string, { sentences: number; aligned: number }>;
  /** The many-to-one groups: each pair of a group is also in `pairs`. Ordered as `pairs`, by the single sentence. */
  groups: RunGroup[];
}
