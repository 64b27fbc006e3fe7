import { describe, expect, test } from 'vitest';
import { escapeMdxLine, escapeMdxParagraph, normaliseWhitespace } from '../../../scripts/lib/mdx-escape.ts';
import { seededRandom } from '../../../scripts/lib/bench.ts';
import { articleOf } from '../../helpers/articles.ts';

/** Lines that MDX or Markdown would otherwise read as markup, each of which must come back unchanged. */
const HOSTILE_LINES = [
  'The deal was {the deal} and { alone.',
  'Growth was <50% and <unclosed and <foo@bar.com> and </p> and <script>alert(1)</script>.',
  '*not emphasis* and _not emphasis_ and **not strong** and ~~not struck~~.',
  '# not a heading',
  '## not a heading either',
  '> not a quote',
  '1. not a list',
  '2) not a list',
  '- not a list',
  '+ not a list',
  '* not a list',
  '---',
  '===',
  'import x from "y"',
  'export const a = 1',
  '[not a link](https://example.org) and ![not an image](x.png)',
  'A `code` span and ``two``.',
  'Pipes | like | a table',
  'Entities &amp; &lt; &#123; &copy; stay literal.',
  'A backslash \\ and \\* and a trailing one \\',
  'Visit www.example.org or https://example.org/path or mail a@b.co',
  'Straight "quotes" and \'apostrophes\' stay straight; curly “quotes” and India’s stay curly.',
  'Dashes -- and --- and ellipses ... stay as typed.',
  'A footnote[^1] and a task [ ] and [x].',
  ':::note not a directive',
  '<!-- not a comment -->',
  '$x$ and $$y$$ are not maths.',
  'Tabs\tand    spaces',
  '    four leading spaces are not code',
  'An address with markup characters: https://example.org/a_b/*c*?d=1&e=[2]#top and WWW.EXAMPLE.ORG/~x_y~.',
  'Mail a_b@example.org or mailto:c@example.org, and www.x.org<tag> or http://é’<,x_',
];

describe('escapeMdxLine renders back to the same text through the real MDX compiler', () => {
  test.each(HOSTILE_LINES)('%s', async (line) => {
    const article = await articleOf(escapeMdxLine(line));
    expect(article.paragraphs.map((p) => p.text)).toEqual([normaliseWhitespace(line)]);
  });

  test('all of them at once, as paragraphs of one body', async () => {
    const body = HOSTILE_LINES.map(escapeMdxParagraph).join('\n\n');
    const article = await articleOf(body);
    expect(article.paragraphs.map((p) => p.text)).toEqual(HOSTILE_LINES.map(normaliseWhitespace));
  });
});

describe('escapeMdxLine output', () => {
  test('leaves ordinary report text readable', () => {
    const line =
      'Home Secretary Ajay Bhalla and Acting Deputy Secretary Kristie Canegallo, US Department of Homeland Security.';
    expect(escapeMdxLine(line)).toBe(line);
  });

  test('normalises whitespace only', () => {
    expect(normaliseWhitespace('  a \t b  ')).toBe('a b');
  });
});

describe('escapeMdxParagraph on random text', () => {
  // Pieces that mean something to MDX, Markdown or GFM, run together at random (seeded, so failures repeat).
  const PIECES = [
    ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
    ...[
      'a',
      'x',
      '1',
      ' ',
      ' ',
      '\t',
      '\n',
      'é',
      '’',
      '\u00A0',
      '1.',
      '12)',
      '- ',
      '# ',
      '> ',
      '= ',
      '{x}',
      '<b>',
      '</p>',
    ],
    ...[
      'import ',
      'export ',
      'www.',
      'WWW.',
      'http://',
      'https://x.org/a_b?c=1&d=2#e',
      'a@b.co',
      'mailto:',
      '&amp;',
      '&#123;',
      '<!--',
      '-->',
      '[^1]',
    ],
  ];

  test('renders back to the same text, line by line, 800 times', async () => {
    const random = seededRandom(42);
    const failures: string[] = [];
    for (let i = 0; i < 800; i++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 16); n > 0; n--) text += PIECES[Math.floor(random() * PIECES.length)];
      const expected = text.split('\n').map(normaliseWhitespace).filter(Boolean).join('\n');
      if (expected === '') continue;
      try {
        const article = await articleOf(escapeMdxParagraph(text));
        const rendered = article.paragraphs.map((p) => p.text);
        if (rendered.length !== 1 || rendered[0] !== expected)
          failures.push(`${JSON.stringify(text)} -> ${JSON.stringify(rendered)}`);
      } catch (error) {
        failures.push(`${JSON.stringify(text)} -> ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
