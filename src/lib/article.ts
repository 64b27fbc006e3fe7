/**
 * The data model of one report's article text, as the MDX pipeline sees it (see rehype-article.ts).
 * Plain data, shared by the rehype plugin that produces it, the dossier that analyses it and the pages.
 */

/**
 * Characters that change what a reader sees without being visible: C0/C1 controls, bidi overrides, BOM. Refused
 * in report text (rehype-article.ts, add-source.ts) and in frontmatter fields (schema-rules.ts).
 */
export const HOSTILE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** "U+202E", for messages about a character nobody can see. */
export function describeCodePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface ArticleSentence {
  /** Anchor of the sentence on its source page: "p3-s2" is the second sentence of paragraph 3. */
  id: string;
  /** The sentence exactly as rendered. */
  text: string;
}

export interface ArticleParagraph {
  /** Anchor on the source page: "p1", "p2", … counted over article paragraphs, artifacts excluded. */
  anchor: string;
  /** 1-based position among article paragraphs. */
  index: number;
  /** The paragraph exactly as rendered. */
  text: string;
  sentences: ArticleSentence[];
}

export interface ArticleHeading {
  depth: number;
  text: string;
  /** How many article paragraphs come before it. */
  afterParagraph: number;
}

/** Kinds of capture debris (README, "Adding a source by hand", step 3). */
export const ARTIFACT_KINDS = {
  'capture-metadata': 'Capture metadata',
  teaser: 'Truncated teaser line',
  'related-link': 'Link to an unrelated article',
  'theme-placeholder': 'Web-theme placeholder',
  'language-switcher': 'Language-switcher label',
} as const;

export type ArtifactKind = keyof typeof ARTIFACT_KINDS;

export function isArtifactKind(value: unknown): value is ArtifactKind {
  return typeof value === 'string' && Object.hasOwn(ARTIFACT_KINDS, value);
}

export interface ArticleArtifact {
  /** Anchor on the source page: "a1", "a2", … */
  anchor: string;
  kind: ArtifactKind;
  /** The artifact's lines exactly as rendered. */
  lines: string[];
  /** How many article paragraphs come before it. */
  afterParagraph: number;
}

export interface Article {
  paragraphs: ArticleParagraph[];
  headings: ArticleHeading[];
  artifacts: ArticleArtifact[];
}
