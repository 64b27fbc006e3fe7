/** The door of text/: what other layers may use. */
export * from './attributions.ts';
export * from './bounded-cache.ts';
export * from './normalise-text.ts';
export * from './numbering.ts';
export * from './sentences.ts';
export * from './stems.ts';
export * from './words.ts';
