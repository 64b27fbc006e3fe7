/**
 * The shapes of a collation (one statement) and of a reconstruction (a whole text), shared by its steps.
 * Pure types; no code.
 */

export interface Reading {
  /** The witness (a report's slug). */
  witness: string;
  text: string;
  /** Whether the reading is reworded against the others rather than copied or edited: a rewording does not vote. */
  reworded: boolean;
  /** How many sentences it spans. */
  parts?: number;
}

/**
 * One variant of the apparatus: a reading of one place, with the witnesses that have it, as a critical apparatus
 * gives a variant and its sigla (TEI's <rdg wit="…">): the same words at the same place, of the same type, are one
 * entry however many witnesses have them.
 */
export interface ApparatusEntry {
  /** The witnesses that have this variant, in the order of the readings. */
  witnesses: string[];
  /** The words, as those witnesses write them; for `lacks`, the words of the text they do not have. */
  words: string;
  /**
   * `only`: words of the base left out of the text (its own credit, or words the independent witnesses agree
   * against); `adds`: words a witness adds that the text does not take; `reads`: a witness's own words where the text
   * has others; `lacks`: words of the text that a witness does not have and has nothing in place of (an omission).
   */
  type: 'only' | 'adds' | 'reads' | 'lacks';
  /**
   * Where the entry stands in the text, as a critical apparatus gives its lemma: the text's words it stands against,
   * as they stand in `text` but for the punctuation that ends them; null where it stands between two of the text's
   * words, and then `after` gives the words of the text it follows, as few as name one place (null at the start).
   */
  lemma: string | null;
  after: string | null;
}

export interface Collation {
  /** The reconstructed wording: never null where the statement has a reading (the best witness's, at least). */
  text: string | null;
  /** The witness whose reading served as base (the best-ranked witness that reads the statement). */
  base: string | null;
  /** Share of the base's words that at least one other independent witness has (0–1, two decimals). */
  agreement: number | null;
  apparatus: ApparatusEntry[];
}

/** How a collation weighs its witnesses (both optional: without them, each witness is its own and ranked here). */
export interface CollateOptions {
  /** Witnesses best first (rank.ts); a witness not listed comes after those listed, in the readings' order. */
  rank?: readonly string[];
  /** A copy's original: a copy and its original (and the original's other copies) count as one witness. */
  copyOf?: ReadonlyMap<string, string> | undefined;
  /**
   * The witnesses whose omissions count (changes.ts, additions.ts): where given, words of the base are left out only
   * where such witnesses lack them. Without it, every witness's do.
   */
  omitting?: ReadonlySet<string> | undefined;
}

export interface Token {
  /** As written, with the punctuation around it. */
  display: string;
  /** Folded stems of its words; '' for a token without letters or digits. */
  key: string;
  /** Whether it is part of a credit the reading makes ("the Ministry of Home Affairs stated": attributions.ts). */
  credit: boolean;
}

/** A reading's difference from the base: base words [start, end) replaced by `added` (either may be empty). */
export interface Change {
  witness: number;
  start: number;
  end: number;
  added: Token[];
  /** The added words' keys, joined: two changes are the same change when start, end and these agree. */
  signature: string;
}
