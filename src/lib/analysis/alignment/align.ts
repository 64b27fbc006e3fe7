/**
 * Statement alignment: for every article sentence of every report, the sentences of the other reports that make
 * the same statement, whether copied, edited or reworded.
 *
 * Text-reuse measures (reuse.ts: runs of five identical words) miss a rewrite that changes a word every few words;
 * collation tools (CollateX) align identical words only. So sentences are compared here as bags of *meanings*
 * rather than strings, in the steps of the Gothenburg model of collation, one module each over a context object
 * (prepare.ts):
 *
 * 1. Terms (terms.ts): each sentence's content words, stemmed, with their WordNet meanings (lexicon.ts, meanings.ts)
 *    and its anchors, the numbers and dates (anchors.ts).
 * 2. Weights (prepare.ts): each term by its inverse sentence frequency in the dossier.
 * 3. Candidates (candidates.ts): only pairs that share a rare term are scored, the best few per sentence.
 * 4. Pair scoring (scoring.ts): by stems, then meanings; clauses restated whole; anchors that disagree veto a pair.
 * 5. Many-to-one runs (runs.ts): a sentence restated by two or three consecutive sentences together.
 * 6. Context and order (order.ts): a bonus for a pair whose neighbours pair; a sentence between two aligned pairs
 *    pairs at a lower score.
 * 7. Selection (selection.ts): each sentence's best counterparts, their kind (kinds.ts) and evidence.
 *
 * Sentences on the same topic that state different things share the topic's words but not the rest: a memorandum
 * on narcotics that is being negotiated and a memorandum on training that was signed share "memorandum of
 * cooperation", and little else of weight; the threshold (`COUNTERPART_THRESHOLD`) and the minimum of shared weight
 * keep them apart. tests/unit/analysis/alignment/ holds the pairs a careful reader finds in the five reports and in
 * rewrites of the readouts written for the purpose (tests/fixtures/alignment/), and pairs that must not align.
 *
 * Pure TypeScript over plain data; no astro:* import.
 */
import { postingsOf, scoreCandidates } from './candidates.ts';
import { COUNTERPART_THRESHOLD, betweenAligned, throughThirdReports, withContext } from './order.ts';
import { prepareContext } from './prepare.ts';
import { withoutRedundantPartners } from './redundant.ts';
import { findRuns, withoutNeighboursOfRuns } from './runs.ts';
import { PairScorer } from './scoring.ts';
import { alignmentOfPairs, keptPairs } from './selection.ts';
import type { AlignDocument, Alignment } from './types.ts';

/**
 * Aligns every sentence of every document with its counterparts in the others. Documents keep the order given
 * (the dossier's: by date); pair sides follow it.
 */
export function alignStatements(documents: readonly AlignDocument[]): Alignment {
  const context = prepareContext(documents);
  const scorer = new PairScorer(context.terms, context.unit);
  const scores = scoreCandidates(context, scorer, postingsOf(context));
  const runs = findRuns(context, scorer, scores, COUNTERPART_THRESHOLD);
  const found = withoutNeighboursOfRuns(context, withContext(context, scores), scores, runs, COUNTERPART_THRESHOLD);
  const runPairs = runs.flatMap((run) =>
    run.run.map((k) => ({ i: Math.min(run.one, k), j: Math.max(run.one, k), score: run.score })),
  );
  const third = throughThirdReports(context, scores, [...found, ...runPairs]);
  const between = betweenAligned(context, scorer, [...found, ...third]);
  return alignmentOfPairs(
    context,
    scorer,
    keptPairs(
      withoutRedundantPartners(context, scorer, [...found, ...third, ...between, ...runPairs], runs),
      context.entries.length,
    ),
    runs,
  );
}
