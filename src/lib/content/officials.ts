/**
 * How each report names an official: the title it gives them, found in the sentence where title and name stand
 * together (so "Home Secretary" is cited where it names Ajay Bhalla, not where it happens to appear first), with
 * the sentence and offsets needed to quote it in context. Pure; the titles come from content/officials/ and are
 * already checked against the text by buildDossier.
 */
import type { Article } from './article.ts';

export interface TitleMention {
  source: string;
  title: string;
  /** Paragraph anchor ("p3") and paragraph number. */
  anchor: string;
  paragraph: number;
  /** Sentence anchor ("p3-s1") where the title stands, or null where it runs across sentences. */
  sentence: string | null;
  /** The sentence (or paragraph) that holds the title, and the title's offsets in it. */
  context: string;
  start: number;
  end: number;
}

/** The title's mention in one report: first a sentence naming the official, else any sentence, else the paragraph. */
export function titleMention(
  official: { readonly names: readonly string[] },
  source: string,
  title: string,
  article: Article,
): TitleMention | null {
  const names = official.names;
  let fallback: TitleMention | null = null;
  for (const paragraph of article.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const start = sentence.text.indexOf(title);
      if (start === -1) continue;
      const mention = {
        source,
        title,
        anchor: paragraph.anchor,
        paragraph: paragraph.index,
        sentence: sentence.id,
        context: sentence.text,
        start,
        end: start + title.length,
      };
      if (names.some((n) => sentence.text.includes(n))) return mention;
      fallback ??= mention;
    }
    const start = paragraph.text.indexOf(title);
    if (start !== -1 && fallback === null) {
      fallback = {
        source,
        title,
        anchor: paragraph.anchor,
        paragraph: paragraph.index,
        sentence: null,
        context: paragraph.text,
        start,
        end: start + title.length,
      };
    }
  }
  return fallback;
}
