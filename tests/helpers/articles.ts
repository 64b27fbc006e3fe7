/**
 * Article models for tests, the two ways a test needs one: built by hand from sentences (`article`), or read from
 * MDX through the real MDX compiler with the site's remark/rehype setup (`articleOf`: remark-gfm, no smart
 * punctuation, then what src/lib/content/rehype-article.ts reads from it).
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Article } from '../../src/lib/content/article.ts';
import { transformArticle } from '../../src/lib/content/rehype-article.ts';

/** An article model as src/lib/content/rehype-article.ts makes it: one array of sentences per paragraph. */
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

/** The article model of an MDX text, through the real MDX compiler and the site's rehype plugin. */
export async function articleOf(mdx: string, path = 'content/sources/test.mdx'): Promise<Article> {
  let article: Article | undefined;
  await compile(
    { value: mdx, path },
    {
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        () => (tree: unknown, file: { path?: string }) => {
          article = transformArticle(tree as Parameters<typeof transformArticle>[0], file.path);
        },
      ],
    },
  );
  if (!article) throw new Error('the rehype plugin did not run');
  return article;
}
