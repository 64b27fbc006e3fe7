/** The topic pages' evidence, bounded: sections, wire copies grouped, pages of at most fifty. */
export * from './sections.ts';
export * from './section-html.ts';
