/**
 * Sentence splitting for article paragraphs.
 *
 * `Intl.Segmenter` does the work (no hand-written sentence regex, see ../../STYLE notes); V8 applies no
 * abbreviation suppressions, so "the U.S. Department of Homeland Security" would be cut after "U.S.". A short,
 * closed list of abbreviations that rarely end a sentence repairs that: a segment ending in one of them (alone, or
 * at the end of a hyphenated word: "India-U.S.") or in a single initial ("J.") is joined to the next segment when
 * that one starts with a capital letter or a digit ("Feb. 28", "No. 5", "Rs. 500").
 *
 * Splitting never changes text: every sentence is an exact slice of the paragraph (`text.slice(start, end)`), and
 * what lies between two sentences is whitespace only.
 */

export interface SentenceSpan {
  /** The sentence exactly as in the paragraph, without surrounding whitespace. */
  text: string;
  /** Offset of the first character in the paragraph. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/** Abbreviations after which a following capitalised word does not start a new sentence. */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  'U.S.',
  'U.K.',
  'U.N.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Prof.',
  'St.',
  'Sr.',
  'Jr.',
  'Gen.',
  'Lt.',
  'Col.',
  'Sen.',
  'Rep.',
  'Gov.',
  'No.',
  'Nos.',
  'Rs.',
  'Govt.',
  'Dept.',
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
  'Inc.',
  'Ltd.',
  'Co.',
  'vs.',
  'e.g.',
  'i.e.',
];

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  // The last word, or its last part after a hyphen, a dash, a slash or an opening bracket ("India-U.S.").
  const lastWord = trimmed.slice(trimmed.search(/[^\s\-\u2010-\u2014/([]+$/u));
  // A single capital initial such as the "J." in "John J. Smith".
  if (/^\p{Lu}\.$/u.test(lastWord)) return true;
  return NON_FINAL_ABBREVIATIONS.includes(lastWord);
}

/** Splits one paragraph into sentences; see the module comment for the guarantees. */
export function splitSentences(text: string): SentenceSpan[] {
  const raw: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = raw.at(-1);
    const startsWithCapital = /^\s*[\p{Lu}\p{Nd}]/u.test(segment);
    if (previous && startsWithCapital && endsWithAbbreviation(text.slice(previous.start, previous.end))) {
      previous.end = index + segment.length;
    } else {
      raw.push({ start: index, end: index + segment.length });
    }
  }
  const spans: SentenceSpan[] = [];
  for (const { start, end } of raw) {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body.length === 0) continue;
    spans.push({ text: body, start: start + lead, end: start + lead + body.length });
  }
  return spans;
}
