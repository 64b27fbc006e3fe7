/** The door of content/: what other layers may use. */
export * from './article.ts';
export * from './content-error.ts';
export * from './dates.ts';
export * from './dossier.ts';
export * from './event-dates.ts';
export * from './fixity.ts';
export * from './officials.ts';
export * from './rehype-article.ts';
export * from './schema-rules.ts';
export * from './slugs.ts';
export * from './vocabularies.ts';
