/** The door of analysis/topics/: what other layers may use. */
export * from './coverage.ts';
export * from './topic-match.ts';
export * from './topic-schema.ts';
