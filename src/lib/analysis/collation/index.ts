/**
 * The collation door: one statement's readings collated (collate), and a whole text reconstructed from its witnesses,
 * with its self-check against a text the dossier holds (reconstruct, selfCheck).
 */
export { collate } from './collate.ts';
export { tokens } from './tokens.ts';
export { closeness, groupOf, likeness, rankWitnesses, type WitnessRank } from './witnesses.ts';
export type { ApparatusEntry, CollateOptions, Collation, Reading } from './types.ts';
export { reconstruct } from './reconstruct.ts';
export type {
  ReconstructedStatement,
  Reconstruction,
  ReconstructionInput,
  StatementReading,
  WitnessText,
} from './reconstruct-types.ts';
export { CLOSE_COPY } from './coverage.ts';
export { SEQUENCE, type SequenceScore, sequenceScore } from './self-check.ts';
export {
  CHECK_WITNESSES,
  type ReadoutCheck,
  type ReadoutCheckInput,
  type Rebuild,
  checkReadout,
} from './readout-check.ts';
export { type GivenSource, type GivenStatement, commonReconstruction } from './given.ts';
export { type CheckDocument, type FollowEdge, type SelfCheckResult, dossierSelfCheck } from './dossier.ts';
