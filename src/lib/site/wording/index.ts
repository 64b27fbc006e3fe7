/** The door of site/wording/: what other layers may use. */
export * from './alignment.ts';
