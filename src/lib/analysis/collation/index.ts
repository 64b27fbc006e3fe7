/**
 * The collation door: one statement's readings collated (collate), and a whole text reconstructed from its witnesses,
 * with its self-check against a text the dossier holds (reconstruct, selfCheck).
 */
export { collate } from './collate.ts';
export { tokens } from './tokens.ts';
export { closeness, groupOf, likeness, rankWitnesses, type WitnessRank } from './witnesses.ts';
export type { ApparatusEntry, CollateOptions, Collation, Reading } from './types.ts';
export { reconstruct } from './reconstruct.ts';
export type { ReconstructedStatement, Reconstruction, ReconstructionInput, WitnessText } from './reconstruct-types.ts';
export { CLOSE_COPY } from './coverage.ts';
export { type CounterpartsOf, type StatementReading, statementsFrom } from './statements.ts';
export { SEQUENCE, type SequenceScore, sequenceScore } from './self-check.ts';
export { CHECK_WITNESSES, type ReadoutCheck, type ReadoutCheckInput, checkReadout } from './readout-check.ts';
export {
  type CheckDocument,
  type FollowEdge,
  type GivenStatement,
  type SelfCheckResult,
  commonReconstruction,
  dossierSelfCheck,
} from './dossier.ts';
