/**
 * Moved to src/lib/analysis/collation/ (issue 23). Kept as a door for src/lib/derivation.ts until its import is
 * updated at merge; nothing else imports this path.
 */
export * from './analysis/collation/index.ts';
