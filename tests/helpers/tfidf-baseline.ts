/**
 * The simplest method the issue measures alignment against: plain TF-IDF cosine between sentences, a pair kept at
 * 0.20 or above, no other rule. Words are lowercase letter or digit runs, unstemmed; a word's weight is its count
 * times log(N / df) over the N sentences of the dossier. For the figures in docs/methods/alignment.md only.
 */
import type { AlignDocument } from '../../src/lib/analysis/alignment/index.ts';

export const BASELINE_THRESHOLD = 0.2;

/** Every pair of sentences of different documents at or above the threshold, as "source#sentence~source#sentence". */
export function tfidfPairs(documents: readonly AlignDocument[], threshold = BASELINE_THRESHOLD): Set<string> {
  const sentences = documents.flatMap((d) =>
    d.sentences.map((s) => ({
      doc: d.id,
      key: `${d.id}#${s.id}`,
      words: s.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
    })),
  );
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of new Set(s.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = sentences.length;
  const vectors = sentences.map((s) => {
    const v = new Map<string, number>();
    for (const w of s.words) v.set(w, (v.get(w) ?? 0) + Math.log(n / df.get(w)!));
    const norm = Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
    return { v, norm };
  });
  const found = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (sentences[i]!.doc === sentences[j]!.doc) continue;
      const a = vectors[i]!;
      const b = vectors[j]!;
      if (a.norm === 0 || b.norm === 0) continue;
      let dot = 0;
      for (const [w, x] of a.v) dot += x * (b.v.get(w) ?? 0);
      if (dot / (a.norm * b.norm) >= threshold) found.add(`${sentences[i]!.key}~${sentences[j]!.key}`);
    }
  }
  return found;
}
