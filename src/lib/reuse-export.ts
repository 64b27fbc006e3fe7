/**
 * The public shape of the reuse analysis, written to dist/data/reuse.json (src/pages/data/reuse.json.ts):
 *
 *   { "shingleWords": 5, "sources": [{ "slug", "shingles" }],
 *     "pairs": [{ "a", "b", "aInB", "bInA", "sharedShingles",
 *                 "passages": [{ "text", "textInB"?, "words", "a": { "anchor", "sentence" }, "b": { … } }] }] }
 *
 * `text` is the passage exactly as report a writes it; `textInB` is given only where report b writes the same words
 * with other capitals or punctuation (the wire story's straight apostrophes, for instance). Pairs come in the
 * dossier's order of reports, a before b; passages in a's order.
 */
import type { ReuseAnalysis } from './reuse.ts';

export interface ReuseExport {
  shingleWords: number;
  sources: { slug: string; shingles: number }[];
  pairs: {
    a: string;
    b: string;
    aInB: number;
    bInA: number;
    sharedShingles: number;
    passages: {
      text: string;
      textInB?: string;
      words: number;
      a: { anchor: string; sentence: string | null };
      b: { anchor: string; sentence: string | null };
    }[];
  }[];
}

/**
 * Every pair of reports, those that share nothing included (0 both ways, no passages), unless `includeEmptyPairs`
 * is false: with a thousand reports the empty pairs would be most of the file.
 */
export function reuseExport(analysis: ReuseAnalysis, options: { includeEmptyPairs?: boolean } = {}): ReuseExport {
  const includeEmpty = options.includeEmptyPairs ?? true;
  const byKey = new Map(analysis.pairs.map((p) => [`${p.a}\u0000${p.b}`, p]));
  const pairs: ReuseExport['pairs'] = [];
  analysis.documents.forEach((a, i) => {
    for (const b of analysis.documents.slice(i + 1)) {
      const pair = byKey.get(`${a}\u0000${b}`);
      if (!pair && !includeEmpty) continue;
      pairs.push({
        a,
        b,
        aInB: pair?.aInB ?? 0,
        bInA: pair?.bInA ?? 0,
        sharedShingles: pair?.shared ?? 0,
        passages: (pair?.passages ?? []).map((p) => ({
          text: p.a.text,
          ...(p.b.text === p.a.text ? {} : { textInB: p.b.text }),
          words: p.words,
          a: { anchor: p.a.anchor, sentence: p.a.sentence },
          b: { anchor: p.b.anchor, sentence: p.b.sentence },
        })),
      });
    }
  });
  return {
    shingleWords: analysis.n,
    sources: analysis.documents.map((slug) => ({ slug, shingles: analysis.shingleCounts[slug] ?? 0 })),
    pairs,
  };
}
