/**
 * The public shape of the reuse analysis, written to dist/data/reuse.json (src/pages/data/reuse.json.ts):
 *
 *   { "shingleWords": 5, "sources": [{ "slug", "shingles" }], "passagesFor": 100, "emptyPairs": true,
 *     "pairs": [{ "a", "b", "aInB", "bInA", "sharedShingles",
 *                 "passages": [{ "text", "textInB"?, "words", "a": { "anchor", "sentence" }, "b": { … } }] | null }] }
 *
 * `text` is the passage exactly as report a writes it; `textInB` is given only where report b writes the same words
 * with other capitals or punctuation (the wire story's straight apostrophes, for instance). Pairs come in the
 * dossier's order of reports, a before b; passages in a's order.
 *
 * Bounded for a large dossier, where a file of every pair with every passage ran to 70 MB at a thousand reports:
 * passages are listed for the `passagesFor` pairs that share most (those with a page; `null` for the others, whose
 * passages were not looked for), and pairs that share nothing are listed only while `emptyPairs` is true (up to
 * MATRIX_LIMIT reports; beyond it a pair not listed shares nothing).
 */
import { MATRIX_LIMIT, type Passage, type ReuseAnalysis, type ReusePair, pairLookup } from '../analysis/reuse/reuse.ts';

export interface ReuseExport {
  shingleWords: number;
  sources: { slug: string; shingles: number }[];
  /** How many pairs, those sharing most, have their passages listed. */
  passagesFor: number;
  /** Whether pairs that share nothing are listed. */
  emptyPairs: boolean;
  pairs: {
    a: string;
    b: string;
    aInB: number;
    bInA: number;
    sharedShingles: number;
    passages:
      | {
          text: string;
          textInB?: string;
          words: number;
          a: { anchor: string; sentence: string | null };
          b: { anchor: string; sentence: string | null };
        }[]
      | null;
  }[];
}

/**
 * Every pair of reports, those that share nothing included (0 both ways, no passages) up to MATRIX_LIMIT reports
 * or as `includeEmptyPairs` says.
 */
export function reuseExport(analysis: ReuseAnalysis, options: { includeEmptyPairs?: boolean } = {}): ReuseExport {
  const includeEmpty = options.includeEmptyPairs ?? analysis.documents.length <= MATRIX_LIMIT;
  const row = (a: string, b: string, pair: ReusePair | undefined): ReuseExport['pairs'][number] => ({
    a,
    b,
    aInB: pair?.aInB ?? 0,
    bInA: pair?.bInA ?? 0,
    sharedShingles: pair?.shared ?? 0,
    passages: pair === undefined ? [] : (pair.passages?.map(exportPassage) ?? null),
  });
  let pairs: ReuseExport['pairs'];
  if (includeEmpty) {
    const { pair } = pairLookup(analysis);
    pairs = analysis.documents.flatMap((a, i) => analysis.documents.slice(i + 1).map((b) => row(a, b, pair(a, b))));
  } else {
    // The analysis lists the pairs that share something in the same order: by a's position, then b's.
    pairs = analysis.pairs.map((p) => row(p.a, p.b, p));
  }
  return {
    shingleWords: analysis.n,
    sources: analysis.documents.map((slug) => ({ slug, shingles: analysis.shingleCounts[slug] ?? 0 })),
    passagesFor: analysis.pairs.filter((p) => p.passages !== null).length,
    emptyPairs: includeEmpty,
    pairs,
  };
}

function exportPassage(p: Passage): NonNullable<ReuseExport['pairs'][number]['passages']>[number] {
  return {
    text: p.a.text,
    ...(p.b.text === p.a.text ? {} : { textInB: p.b.text }),
    words: p.words,
    a: { anchor: p.a.anchor, sentence: p.a.sentence },
    b: { anchor: p.b.anchor, sentence: p.b.sentence },
  };
}
