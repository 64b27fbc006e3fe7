/**
 * A report as the dossier takes it from the content collection (src/lib/content/dossier.ts, SourceInput), with every field
 * the schema requires set to a plain default; a test gives what it is about.
 */
import type { Article } from '../../src/lib/content/article.ts';
import type { SourceInput } from '../../src/lib/content/dossier.ts';

export function sourceInput(
  id: string,
  date: string,
  article: Article,
  data: Partial<SourceInput['data']> = {},
  body = 'text',
): SourceInput {
  return {
    id,
    filePath: `content/sources/${id}.mdx`,
    body,
    article,
    data: {
      title: `Title of ${id}`,
      titleSource: 'capture',
      date,
      dateSource: 'test',
      outlet: { id: 'x' },
      kind: 'news',
      author: null,
      url: 'https://example.org/',
      language: 'en',
      officials: [],
      provenance: ['test'],
      ...data,
    },
  };
}
