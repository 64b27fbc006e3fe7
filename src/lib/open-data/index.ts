/**
 * The open data layer: one module per export, and the registry of the files they write (DATA_FILES), from which the
 * /data/ page and docs/data.md describe them.
 */
export * from './data-files.ts';
export * from './coverage.ts';
export * from './annotations.ts';
export * from './reuse-export.ts';
export * from './sources-export.ts';
export * from './schema-org.ts';
export * from './by-report.ts';
