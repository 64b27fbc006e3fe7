import { describe, expect, test } from 'vitest';
import { buildDossier, type OfficialInput, type OutletInput, type SourceInput } from '../../../src/lib/content/dossier.ts';
import { article as articleOfSentences } from '../../helpers/articles.ts';
import { contentProblems } from '../../helpers/content-problems.ts';
import { sourceInput } from '../../helpers/sources.ts';

/** An article whose paragraphs are one sentence each. */
const article = (...paragraphs: string[]) => articleOfSentences(...paragraphs.map((text) => [text]));

const outlet = (id: string): OutletInput => ({
  id,
  filePath: `content/outlets/${id}.yaml`,
  data: { name: id.toUpperCase(), country: null, kind: 'news-site', homepage: null },
});

const bhalla: OfficialInput = {
  id: 'ajay-bhalla',
  filePath: 'content/officials/ajay-bhalla.yaml',
  data: {
    name: 'Ajay Bhalla',
    country: 'India',
    organisation: 'Ministry of Home Affairs',
    position: 'Home Secretary',
    names: ['Ajay Bhalla', 'Bhalla'],
    titles: [{ source: { id: 'a' }, title: 'Home Secretary' }],
  },
};

function source(
  id: string,
  date: string,
  overrides: Partial<SourceInput['data']> = {},
  text = 'Home Secretary Ajay Bhalla met.',
): SourceInput {
  return sourceInput(
    id,
    date,
    article(text),
    { title: `Title ${id}`, officials: [{ id: 'ajay-bhalla' }], ...overrides },
    text,
  );
}

describe('buildDossier', () => {
  test('sorts sources by date, a month before the days of that month', () => {
    const dossier = buildDossier({
      sources: [
        source('a', '2024-03-02', { shortName: 'A' }),
        source('b', '2024-03', { shortName: 'B' }),
        source('c', '2024-02-28', { shortName: 'C' }),
      ],
      outlets: [outlet('x')],
      officials: [bhalla],
    });
    expect(dossier.sources.map((s) => s.slug)).toEqual(['c', 'b', 'a']);
    expect(dossier.sources[1]!.date.precision).toBe('month');
  });

  test('gives each source the title its text uses for each official, with the paragraph', () => {
    const dossier = buildDossier({ sources: [source('a', '2024-02-28')], outlets: [outlet('x')], officials: [bhalla] });
    expect(dossier.sources[0]!.officials.map((o) => [o.official.slug, o.title])).toEqual([
      ['ajay-bhalla', 'Home Secretary'],
    ]);
    expect(dossier.officials[0]!.titles).toEqual([
      {
        source: 'a',
        title: 'Home Secretary',
        anchor: 'p1',
        paragraph: 1,
        sentence: 'p1-s1',
        context: 'Home Secretary Ajay Bhalla met.',
        start: 0,
        end: 14,
      },
    ]);
  });

  test('reports every broken reference at once, naming file and field', () => {
    const build = () =>
      buildDossier({
        sources: [
          source('a', '2024-02-28', { outlet: { id: 'nowhere' } }),
          source('b', '2024-02-28', { shortName: 'B', officials: [{ id: 'nobody' }] }),
          source('c', '2024-02-28', { shortName: 'C', carries: { id: 'ghost' } }, 'A text that names no one.'),
        ],
        outlets: [outlet('x')],
        officials: [{ ...bhalla, data: { ...bhalla.data, titles: [{ source: { id: 'zzz' }, title: 'x' }] } }],
      });
    expect(contentProblems(build)).toEqual([
      'content/officials/ajay-bhalla.yaml: titles[0].source: no report "zzz" in content/sources/',
      'content/sources/a.mdx: outlet: no outlet "nowhere" in content/outlets/',
      'content/sources/b.mdx: officials[0]: no official "nobody" in content/officials/',
      'content/sources/c.mdx: carries: no outlet "ghost" in content/outlets/',
      'content/sources/c.mdx: officials[0]: "ajay-bhalla" is listed, but the article never names Ajay Bhalla (looked for: Ajay Bhalla, Bhalla)',
    ]);
  });

  test('a title that the report does not contain is an error on the official', () => {
    const wrongTitle = {
      ...bhalla,
      data: { ...bhalla.data, titles: [{ source: { id: 'a' }, title: 'Union Home Secretary' }] },
    };
    expect(() =>
      buildDossier({ sources: [source('a', '2024-02-28')], outlets: [outlet('x')], officials: [wrongTitle] }),
    ).toThrow(
      'content/officials/ajay-bhalla.yaml: titles[0].title: "Union Home Secretary" does not appear in the text of content/sources/a.mdx',
    );
  });

  test('a report’s short name for citations is its own, else its outlet’s name', () => {
    const dossier = buildDossier({
      sources: [source('a', '2024-02-28', { shortName: 'DHS' }), source('b', '2024-02-28')],
      outlets: [outlet('x')],
      officials: [bhalla],
    });
    expect(dossier.sources.map((s) => [s.slug, s.shortName])).toEqual([
      ['a', 'DHS'],
      ['b', 'X'],
    ]);
  });

  test('two reports cited by one name are an error naming both files', () => {
    // A second report of the outlet X without a shortName of its own would be cited "[X ¶1]" like the first.
    const build = () =>
      buildDossier({
        sources: [source('a', '2024-02-28'), source('b', '2024-02-29'), source('c', '2024-02-29', { shortName: 'C' })],
        outlets: [outlet('x')],
        officials: [bhalla],
      });
    expect(contentProblems(build)).toEqual([
      'content/sources/a.mdx, content/sources/b.mdx: shortName: each would be cited as "[X ¶1]"; give each report a shortName of its own',
    ]);
  });

  test('an empty body is an error', () => {
    const empty = { ...source('a', '2024-02-28'), body: '  \n', article: undefined };
    expect(() => buildDossier({ sources: [empty], outlets: [outlet('x')], officials: [] })).toThrow(
      'content/sources/a.mdx: body: the article text is empty',
    );
  });
});
