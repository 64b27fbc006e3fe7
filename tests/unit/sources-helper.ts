/**
 * The five reports' article models, read from content/sources/*.mdx through the real MDX compiler and the site's
 * rehype plugin (tests/unit/mdx-helper.ts): what the pages show, without an Astro build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/lib/article.ts';
import { articleOf } from './mdx-helper.ts';

const folder = fileURLToPath(new URL('../../content/sources/', import.meta.url));

export async function realArticles(): Promise<Map<string, Article>> {
  const entries = await Promise.all(
    readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map(async (name) => {
        const mdx = readFileSync(folder + name, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        return [name.replace(/\.mdx$/, ''), await articleOf(mdx, `content/sources/${name}`)] as const;
      }),
  );
  return new Map(entries);
}
