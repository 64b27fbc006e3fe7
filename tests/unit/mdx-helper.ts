/**
 * Runs MDX text through the real MDX compiler with the site's remark/rehype setup (remark-gfm, no smart
 * punctuation) and returns what src/lib/rehype-article.ts reads from it.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Article } from '../../src/lib/article.ts';
import { transformArticle } from '../../src/lib/rehype-article.ts';

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
