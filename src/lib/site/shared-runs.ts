/**
 * The runs of words two reports share (src/lib/analysis/reuse/reuse.ts, their passages), placed on sentences: a side-by-side page
 * marks them inside each sentence, so that one pair page shows both the statements the reports share and the words.
 * Passages are given in paragraph offsets; sentences are placed in their paragraph by sentenceSpans.
 *
 * Pure TypeScript; no astro:* import.
 */
import { sentenceSpans } from '../content/article.ts';

export interface Range {
  start: number;
  end: number;
}

/** Overlapping or touching ranges merged, in order. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || x.end - y.end);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * For each sentence of a report, the parts of it (offsets in the sentence's text) that lie in one of the report's
 * shared passages (each given by its paragraph's anchor and its offsets in the paragraph's text).
 */
export function sharedRangesBySentence(
  paragraphs: readonly { anchor: string; text: string; sentences: readonly { id: string; text: string }[] }[],
  passages: readonly ({ anchor: string } & Range)[],
): Map<string, Range[]> {
  const byParagraph = new Map<string, Range[]>();
  for (const p of passages) byParagraph.set(p.anchor, [...(byParagraph.get(p.anchor) ?? []), p]);
  const out = new Map<string, Range[]>();
  for (const paragraph of paragraphs) {
    const here = byParagraph.get(paragraph.anchor);
    if (!here) continue;
    for (const span of sentenceSpans(paragraph)) {
      const clipped = here
        .filter((r) => r.start < span.end && r.end > span.start)
        .map((r) => ({
          start: Math.max(r.start, span.start) - span.start,
          end: Math.min(r.end, span.end) - span.start,
        }));
      if (clipped.length > 0) out.set(span.id, mergeRanges(clipped));
    }
  }
  return out;
}

/** A text cut into parts, marked where a range covers it. */
export function markedParts(text: string, ranges: readonly Range[]): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of mergeRanges(ranges)) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
