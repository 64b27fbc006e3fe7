/**
 * Statement alignment (analysis layer): the door other modules import through. See align.ts for the method.
 */
export { alignStatements } from './align.ts';
export { anchorsOf, anchorsDisagree } from './anchors.ts';
export { CANDIDATES_PER_SENTENCE, topCandidates } from './candidates.ts';
export { compareIds, parseSentenceKey, sentenceKey } from './keys.ts';
export { EDITED_SIMILARITY, kindOf, orderedSimilarity } from './kinds.ts';
export { baseForms, isCompound, meanings, relation, sameMeaning } from './lexicon.ts';
export { BETWEEN_FLOOR, CONTEXT_BONUS, COUNTERPART_THRESHOLD } from './order.ts';
export { COUNTERPARTS_PER_SENTENCE } from './selection.ts';
export { type Statement, statementOf, termWeight } from './terms.ts';
export type {
  AlignDocument,
  AlignSentence,
  AlignedPair,
  Alignment,
  Counterpart,
  CounterpartKind,
  PairEvidence,
  RunGroup,
  SentenceRef,
} from './types.ts';
