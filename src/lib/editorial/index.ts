/** The door of editorial/: what other layers may use. */
export * from './citations.ts';
export * from './discrepancies.ts';
export * from './editorial.ts';
export * from './facts.ts';
export * from './overview.ts';
export * from './timeline.ts';
