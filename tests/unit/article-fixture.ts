import type { Article } from '../../src/lib/article.ts';

/** An article model as src/lib/rehype-article.ts makes it: one array of sentences per paragraph. */
export function article(...paragraphs: string[][]): Article {
  return {
    paragraphs: paragraphs.map((sentences, i) => ({
      anchor: `p${i + 1}`,
      index: i + 1,
      text: sentences.join(' '),
      sentences: sentences.map((text, j) => ({ id: `p${i + 1}-s${j + 1}`, text })),
    })),
    headings: [],
    artifacts: [],
  };
}
