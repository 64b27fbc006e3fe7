import { describe, expect, test } from 'vitest';
import { isSourceFile } from '../../../src/lib/content/rehype-article.ts';
import { articleOf } from '../../helpers/articles.ts';

describe('the article model read from MDX', () => {
  test('numbers paragraphs and sentences, skipping artifacts', async () => {
    const article = await articleOf(
      [
        '<Artifact kind="capture-metadata">',
        '',
        'date 2024-02-28',
        '',
        '</Artifact>',
        '',
        'First paragraph. It has two sentences.',
        '',
        '## A heading',
        '',
        'Second paragraph.',
        '',
        '<Artifact kind="related-link">',
        '',
        'Also Read: something',
        '',
        '</Artifact>',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual([
      {
        anchor: 'p1',
        index: 1,
        text: 'First paragraph. It has two sentences.',
        sentences: [
          { id: 'p1-s1', text: 'First paragraph.' },
          { id: 'p1-s2', text: 'It has two sentences.' },
        ],
      },
      { anchor: 'p2', index: 2, text: 'Second paragraph.', sentences: [{ id: 'p2-s1', text: 'Second paragraph.' }] },
    ]);
    expect(article.headings).toEqual([{ depth: 2, text: 'A heading', afterParagraph: 1 }]);
    expect(article.artifacts).toEqual([
      { anchor: 'a1', kind: 'capture-metadata', lines: ['date 2024-02-28'], afterParagraph: 0 },
      { anchor: 'a2', kind: 'related-link', lines: ['Also Read: something'], afterParagraph: 2 },
    ]);
  });

  test.each([
    ['*emphasis* in text', /article paragraph 1: contains <em>/],
    ['a [link](https://example.org)', /article paragraph 1: contains <a>/],
    ['Fine.\n\n- a list', /after article paragraph 1: found <ul>/],
    ['Fine.\n\n```\ncode\n```', /found <pre>/],
    ['text {1 + 1} here', /contains an MDX \{expression\}/],
    [
      '<Artifact kind="nonsense">\n\nx\n\n</Artifact>\n\nText.',
      /capture artifact 1: kind="nonsense" is not a known kind/,
    ],
    ['Right\u202Eleft override.', /article paragraph 1: contains the invisible control character U\+202E/],
    ['<Artifact kind="teaser">\n\nonly an artifact\n\n</Artifact>', /body: the article has no paragraphs/],
  ])('refuses %j, naming the file and the place', async (mdx, message) => {
    await expect(articleOf(mdx, 'content/sources/bad.mdx')).rejects.toThrow(message);
    await expect(articleOf(mdx, 'content/sources/bad.mdx')).rejects.toThrow(/^content\/sources\/bad\.mdx: /);
  });

  test('only report files are transformed', () => {
    expect(isSourceFile('/work/site/content/sources/tfipost.mdx')).toBe(true);
    expect(isSourceFile('/work/site/content/topics/customs.md')).toBe(false);
    expect(isSourceFile('/work/site/src/pages/about.mdx')).toBe(false);
  });
});
