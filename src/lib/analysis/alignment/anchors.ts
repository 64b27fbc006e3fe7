/**
 * Anchors: the numbers and dates of a sentence, which a counterpart must not contradict. Two sentences that both
 * give numbers or months and share none state different facts however many words they share ("the dialogue was
 * founded in 2010" and "the last dialogue was held in January 2022"). A sentence without any contradicts nothing: a
 * restatement may drop a date. Names need no rule of their own: a name is a rare term, heavily weighted, so two
 * sentences about different people or places share little weight.
 *
 * Pure TypeScript; no astro:* import.
 */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBREVIATIONS = new Map(MONTHS.map((m, i) => [m.slice(0, 3), i]));
/** "May" is a month only before or after a number ("May 3", "3 May"), never the auxiliary. */
const ANCHOR = /\d+(?:[.,]\d+)*|\b[A-Z][a-z]{2,8}\b\.?/gu;

/** The sentence's numbers (digits only, "1,000" as "1000") and months (as "m1"…"m12"), each once, in order. */
export function anchorsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ANCHOR)) {
    const token = match[0];
    let anchor: string | null = null;
    if (/^\d/u.test(token)) anchor = token.replace(/,/gu, '');
    // Most capitalised words are names: only a word whose first three letters begin a month's name is read further.
    else if (MONTH_ABBREVIATIONS.has(token.slice(0, 3).toLowerCase())) {
      const word = token.replace(/\.$/u, '').toLowerCase();
      const month = MONTHS.indexOf(word);
      const short = word.length === 3 && token.endsWith('.') ? MONTH_ABBREVIATIONS.get(word) : undefined;
      const at = month >= 0 ? month : short;
      if (at !== undefined && at >= 0 && (word !== 'may' || nearNumber(text, match.index!, token.length))) {
        anchor = `m${at + 1}`;
      }
    }
    if (anchor !== null && !found.includes(anchor)) found.push(anchor);
  }
  return found;
}

function nearNumber(text: string, at: number, length: number): boolean {
  return (
    /\d\s*$/u.test(text.slice(Math.max(0, at - 4), at)) || /^\s*\d/u.test(text.slice(at + length, at + length + 4))
  );
}

/** Whether two sentences' anchors contradict: both have some, and they share none. */
export function anchorsDisagree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return false;
  return true;
}
