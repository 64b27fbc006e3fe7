/**
 * The real content for unit tests, read without Astro: the topic files parsed by the same frontmatter parser and
 * schema the build uses, and the reports' article models from the real MDX compiler (articles.ts): what the pages
 * show, without an Astro build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Article } from '../../src/lib/content/article.ts';
import type { TopicInput } from '../../src/lib/analysis/topics/coverage.ts';
import { topicSchema } from '../../src/lib/analysis/topics/topic-schema.ts';
import { articleOf } from './articles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function filesIn(folder: string, extension: string): string[] {
  return readdirSync(root + folder)
    .filter((name) => name.endsWith(extension))
    .sort();
}

export function loadTopics(): TopicInput[] {
  return filesIn('content/topics/', '.md').map((name) => {
    const filePath = `content/topics/${name}`;
    const { frontmatter } = parseFrontmatter(readFileSync(root + filePath, 'utf8'));
    return { id: name.replace(/\.md$/, ''), filePath, data: topicSchema.parse(frontmatter) };
  });
}

export async function loadArticles(): Promise<{ slug: string; article: Article }[]> {
  return Promise.all(
    filesIn('content/sources/', '.mdx').map(async (name) => {
      const filePath = `content/sources/${name}`;
      const { content } = parseFrontmatter(readFileSync(root + filePath, 'utf8'));
      return { slug: name.replace(/\.mdx$/, ''), article: await articleOf(content, filePath) };
    }),
  );
}

/** The reports' article models by slug. */
export async function realArticles(): Promise<Map<string, Article>> {
  return new Map((await loadArticles()).map(({ slug, article }) => [slug, article]));
}
