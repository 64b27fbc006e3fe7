/**
 * Text reuse, the words and passages (the steps under src/lib/analysis/reuse/reuse.ts's analysis): a paragraph's words with their
 * offsets in their plain form, the analysis's compact shingle keys, what finding passages needs of one report, and
 * the maximal passages two reports share, mapped back to the exact text of both.
 */
import { sentenceSpans } from '../../content/article.ts';
import { Numbering } from '../../text/numbering.ts';
import { plainForm, wordTexts, words } from '../../text/words.ts';

/** One word of a paragraph. */
export interface Token {
  /** The word's plain form (src/lib/text/words.ts): "India’s" -> "indias", "U.S" -> "us". */
  norm: string;
  /** Offset of its first character in the paragraph text. */
  start: number;
  /** Offset one past its last character. */
  end: number;
}

/*
 * Words are those of src/lib/text/words.ts. Hyphens and dashes separate words, so "set-up" and "set up" are the same two
 * words (the cost: "counter-terrorism" and "counterterrorism" differ, which is a real difference of wording anyway).
 * Apostrophes of every kind are folded away, so the wire story's straight "India's" matches the curly "India’s"
 * of the others; the full stops of abbreviations too, so "U.S." matches "US" and "D.C." matches "DC".
 */

/** The words of a text with their offsets, in their plain form. */
export function reuseTokens(text: string): Token[] {
  return words(text).map((w) => ({ norm: plainForm(w.text), start: w.start, end: w.end }));
}

/** The plain forms of a text's words alone, without offsets: what the figures need, for every report. */
export function plainWords(text: string): string[] {
  return wordTexts(text).map(plainForm);
}

/** A paragraph as the reuse analysis sees it. */
export interface ReuseParagraph {
  anchor: string;
  text: string;
  /** Sentences with their ids, to link a passage to the sentence it starts in. */
  sentences?: readonly { id: string; text: string }[];
}

/** A report as the reuse analysis sees it: its article paragraphs, artifacts already excluded. */
export interface ReuseDocument {
  id: string;
  paragraphs: readonly ReuseParagraph[];
}

export interface Position {
  paragraph: number;
  /** Index of the shingle's first word in the paragraph's tokens. */
  word: number;
}

/** What finding passages needs of a report, made only for reports in a pair whose passages are wanted. */
export interface DocumentDetail {
  paragraphs: readonly ReuseParagraph[];
  tokens: Token[][];
  /** Each distinct shingle (its key from ShingleKeys) and where it starts. */
  shingles: Map<string, Position[]>;
}

/**
 * The analysis's own shingle keys: each distinct word gets a number, and a shingle is the string of its words'
 * numbers, two UTF-16 code units each (a Map key of ten units instead of thirty-odd letters, and no lookalikes: the
 * code is fixed-width). Measured at a thousand reports: the figures' pass took a fifth less time than with the words
 * joined by spaces.
 */
export class ShingleKeys {
  private readonly numbers = new Numbering();
  /** Each word number's two code units, as a string. */
  private readonly units: string[] = [];
  readonly n: number;

  constructor(n: number) {
    this.n = n;
  }

  /** The number of a word (its plain form), its two code units made the first time. */
  private idOf(norm: string): number {
    const id = this.numbers.idOf(norm);
    if (id === this.units.length) this.units.push(String.fromCharCode(id & 0xffff, id >>> 16));
    return id;
  }

  /** The numbers of one paragraph's words (plain forms), in order: what a key is made of. */
  wordIds(norms: readonly string[]): number[] {
    return norms.map((norm) => this.idOf(norm));
  }

  /** The keys of one paragraph's words (plain forms), in order. */
  of(norms: readonly string[]): string[] {
    const units = norms.map((norm) => this.units[this.idOf(norm)]!);
    const keys: string[] = [];
    // `+=` of strings this short makes a flat string (V8 makes a rope only from thirteen units on): measured faster
    // than join() or String.fromCharCode here.
    for (let i = 0; i + this.n <= units.length; i++) {
      let key = units[i]!;
      for (let j = 1; j < this.n; j++) key += units[i + j];
      keys.push(key);
    }
    return keys;
  }
}

/** A paragraph's words with their offsets, and its shingles' keys: the same for every report that prints it. */
export type ParagraphWords = Map<string, { tokens: Token[]; keys: string[] }>;

/**
 * A report's words, and where each of its distinct shingles starts. `known`: paragraphs already read, by text (a
 * wire story's paragraphs recur in every copy; read-only, shared between the reports that print them).
 */
export function detailOf(doc: ReuseDocument, keysOf: ShingleKeys, known: ParagraphWords = new Map()): DocumentDetail {
  const parts = doc.paragraphs.map((p) => {
    let part = known.get(p.text);
    if (!part) {
      const tokens = reuseTokens(p.text);
      part = { tokens, keys: keysOf.of(tokens.map((t) => t.norm)) };
      known.set(p.text, part);
    }
    return part;
  });
  const tokens = parts.map((part) => part.tokens);
  const map = new Map<string, Position[]>();
  parts.forEach((part, paragraph) => {
    part.keys.forEach((key, word) => {
      const positions = map.get(key);
      if (positions) positions.push({ paragraph, word });
      else map.set(key, [{ paragraph, word }]);
    });
  });
  return { paragraphs: doc.paragraphs, tokens, shingles: map };
}

/** Where a passage lies in one report. */
export interface PassageSide {
  /** Paragraph anchor ("p3"). */
  anchor: string;
  /** Id of the sentence the passage starts in ("p3-s2"), where sentences are known. */
  sentence: string | null;
  /** Character offsets in the paragraph text. */
  start: number;
  end: number;
  /** The passage exactly as that report writes it. */
  text: string;
}

/** A maximal run of words that two reports share, in both reports' own spelling. */
export interface Passage {
  /** Length in words. */
  words: number;
  a: PassageSide;
  b: PassageSide;
}

function sentenceAt(paragraph: ReuseParagraph, offset: number): string | null {
  if (!paragraph.sentences) return null;
  const spans = sentenceSpans({ text: paragraph.text, sentences: paragraph.sentences });
  return spans.findLast((s) => s.start <= offset)?.id ?? paragraph.sentences[0]?.id ?? null;
}

function side(doc: DocumentDetail, paragraph: number, word: number, length: number): PassageSide {
  const tokens = doc.tokens[paragraph]!;
  const p = doc.paragraphs[paragraph]!;
  const start = tokens[word]!.start;
  const end = tokens[word + length - 1]!.end;
  return { anchor: p.anchor, sentence: sentenceAt(p, start), start, end, text: p.text.slice(start, end) };
}

/**
 * The maximal shared passages of two reports: seed at every shingle they share, extend each seed as far as the
 * words stay equal, inside the paragraph, on both sides. A seed whose preceding words also match is the middle
 * of a longer match found from its own start, and is skipped, so each maximal match is found once.
 */
export function passagesOf(a: DocumentDetail, b: DocumentDetail, n: number, sharedKeys: readonly string[]): Passage[] {
  const found: { pa: number; wa: number; pb: number; wb: number; length: number }[] = [];
  // Only the shingles the two share (stock phrases left out, as analyseReuse gives them), not every shingle of A:
  // the cost of a pair is what it shares, which keeps a thousand reports with many reusing pairs affordable.
  for (const key of sharedKeys) {
    const positionsA = a.shingles.get(key)!;
    const positionsB = b.shingles.get(key)!;
    for (const pa of positionsA) {
      const ta = a.tokens[pa.paragraph]!;
      for (const pb of positionsB) {
        const tb = b.tokens[pb.paragraph]!;
        if (pa.word > 0 && pb.word > 0 && ta[pa.word - 1]!.norm === tb[pb.word - 1]!.norm) continue;
        let length = n;
        while (
          pa.word + length < ta.length &&
          pb.word + length < tb.length &&
          ta[pa.word + length]!.norm === tb[pb.word + length]!.norm
        ) {
          length++;
        }
        found.push({ pa: pa.paragraph, wa: pa.word, pb: pb.paragraph, wb: pb.word, length });
      }
    }
  }
  found.sort((x, y) => x.pa - y.pa || x.wa - y.wa || x.pb - y.pb || x.wb - y.wb);
  return found.map((m) => ({ words: m.length, a: side(a, m.pa, m.wa, m.length), b: side(b, m.pb, m.wb, m.length) }));
}
