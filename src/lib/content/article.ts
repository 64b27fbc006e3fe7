/**
 * The data model of one report's article text, as the MDX pipeline sees it (see rehype-article.ts).
 * Plain data, shared by the rehype plugin that produces it, the dossier that analyses it and the pages.
 */

/**
 * Characters that change what a reader sees without being visible: C0/C1 controls, bidi overrides, BOM. Refused
 * in report text (rehype-article.ts, add-source.ts) and in frontmatter fields (schema-rules.ts).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern exists to find
export const HOSTILE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** "U+202E", for messages about a character nobody can see. */
export function describeCodePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/*
 * The anchors of an article's text on its source page, defined once: paragraph 3 is "p3", its second sentence
 * "p3-s2", the first capture artifact "a1". rehype-article.ts writes them; every page and module that names or reads
 * one goes through these functions rather than spelling or slicing the form itself.
 */

/** "p3": the anchor of the article's paragraph `paragraph` (1-based, artifacts not counted). */
export function paragraphAnchor(paragraph: number): string {
  return `p${paragraph}`;
}

/** "p3-s2": the anchor of sentence `sentence` (1-based) of the paragraph whose anchor is `paragraph`. */
export function sentenceAnchor(paragraph: string, sentence: number): string {
  return `${paragraph}-s${sentence}`;
}

/** "a1": the anchor of the article's capture artifact `artifact` (1-based). */
export function artifactAnchor(artifact: number): string {
  return `a${artifact}`;
}

const PARAGRAPH_OR_SENTENCE = /^p(\d+)(?:-s(\d+))?$/u;

function anchorParts(anchor: string): { paragraph: number; sentence: number | null } {
  const match = PARAGRAPH_OR_SENTENCE.exec(anchor);
  if (!match) throw new Error(`not a paragraph or sentence anchor ("p3", "p3-s2"): "${anchor}"`);
  return { paragraph: Number(match[1]), sentence: match[2] === undefined ? null : Number(match[2]) };
}

/** The paragraph number of a paragraph or sentence anchor: 3 for "p3" and for "p3-s2". */
export function paragraphNumber(anchor: string): number {
  return anchorParts(anchor).paragraph;
}

/** The sentence number of a sentence anchor within its paragraph: 2 for "p3-s2". */
export function sentenceNumber(anchor: string): number {
  const { sentence } = anchorParts(anchor);
  if (sentence === null) throw new Error(`not a sentence anchor ("p3-s2"): "${anchor}"`);
  return sentence;
}

/** A sentence's place as a reader names it: "¶8, sentence 2" for the anchor "p8-s2". */
export function sentencePlace(anchor: string): string {
  return `¶${paragraphNumber(anchor)}, sentence ${sentenceNumber(anchor)}`;
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

/** Where a sentence lies in its paragraph's text. */
export interface SentenceSpan {
  id: string;
  /** Offset of its first character in the paragraph text. */
  start: number;
  /** Offset one past its last character. */
  end: number;
}

/**
 * Each sentence's place in its paragraph, in order: found by searching the paragraph for the sentence's text from
 * where the previous one ended. A sentence not found there (the model was not made from this text) is left out.
 */
export function sentenceSpans(paragraph: {
  text: string;
  sentences: readonly { id: string; text: string }[];
}): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const sentence of paragraph.sentences) {
    const at = paragraph.text.indexOf(sentence.text, cursor);
    if (at === -1) continue;
    cursor = at + sentence.text.length;
    spans.push({ id: sentence.id, start: at, end: cursor });
  }
  return spans;
}

export interface ArticleHeading {
  depth: number;
  text: string;
  /** How many article paragraphs come before it. */
  afterParagraph: number;
}

/** Kinds of capture debris (docs/editing.md, "Adding a source by hand", step 3). */
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
