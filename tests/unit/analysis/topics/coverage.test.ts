/** Coverage aggregation (src/lib/analysis/topics/coverage.ts) and the open data built from it (src/lib/open-data/coverage.ts). */
import { describe, expect, test } from 'vitest';
import {
  buildCoverage,
  cellStatus,
  visibleColumns,
  type TopicInput,
} from '../../../../src/lib/analysis/topics/coverage.ts';
import { ContentError } from '../../../../src/lib/content/content-error.ts';
import type { Source } from '../../../../src/lib/content/dossier.ts';
import { coverageCsv, coverageJson, csvField } from '../../../../src/lib/open-data/coverage.ts';
import { article } from '../../../helpers/articles.ts';

/** An article from paragraphs given as arrays of sentences. */

function topic(id: string, order: number, terms: TopicInput['data']['terms'], exclude: string[] = []): TopicInput {
  return {
    id,
    filePath: `content/topics/${id}.md`,
    data: { title: `Title ${id}`, label: id, definition: `About ${id}.`, order, terms, exclude },
  };
}

const topics = [
  topic('drugs', 2, ['narcotic*']),
  topic('terror', 1, ['terror*']),
  topic('pannun', 3, ['pannun']),
  topic('ships', 4, ['maritime']),
];
const sources = [
  {
    slug: 'a',
    article: article(['Terrorism was discussed.', 'Narcotics too.'], ['Pannun did not figure in the talks.']),
  },
  { slug: 'b', article: article(['Nothing here.'], ['Terrorists and narcotics.', 'Narcotics again.']) },
];
const coverage = buildCoverage(sources, topics);

describe('buildCoverage', () => {
  test('orders topics by their order field', () => {
    expect(coverage.topics.map((t) => t.slug)).toEqual(['terror', 'drugs', 'pannun', 'ships']);
    expect(coverage.sources).toEqual(['a', 'b']);
  });

  test('a cell lists its evidence in reading order, with anchors and exact quotes', () => {
    expect(coverage.cell('b', 'drugs')).toEqual({
      source: 'b',
      topic: 'drugs',
      status: 'covered',
      negated: 0,
      evidence: [
        { sentence: 'p2-s1', anchor: 'p2', quote: 'Terrorists and narcotics.', negated: false, terms: ['narcotic*'] },
        { sentence: 'p2-s2', anchor: 'p2', quote: 'Narcotics again.', negated: false, terms: ['narcotic*'] },
      ],
    });
  });

  test('statuses: covered, negated-only, not mentioned', () => {
    expect(coverage.cell('a', 'terror').status).toBe('covered');
    expect(coverage.cell('a', 'pannun')).toMatchObject({ status: 'negated-only', negated: 1 });
    expect(coverage.cell('b', 'pannun')).toMatchObject({ status: 'not-mentioned', evidence: [] });
    expect(cellStatus([])).toBe('not-mentioned');
  });

  test('topic summaries: who covers it, who only says it was not discussed, who is silent, exclusivity', () => {
    expect(coverage.topicSummary('terror')).toEqual({
      covered: ['a', 'b'],
      negatedOnly: [],
      notMentioned: [],
      exclusiveTo: null,
      sentences: 2,
    });
    // Saying a topic was not discussed does not cover it, so no one covers "pannun" and it is nobody's exclusive.
    expect(coverage.topicSummary('pannun')).toEqual({
      covered: [],
      negatedOnly: ['a'],
      notMentioned: ['b'],
      exclusiveTo: null,
      sentences: 1,
    });
    expect(coverage.topicSummary('ships').notMentioned).toEqual(['a', 'b']);
  });

  test('an exclusive topic is one that exactly one source covers', () => {
    const one = buildCoverage(sources, [topic('again', 1, ['again'])]);
    expect(one.topicSummary('again').exclusiveTo).toBe('b');
    expect(one.sourceSummary('b').exclusive.map((t) => t.slug)).toEqual(['again']);
    expect(one.sourceSummary('a').exclusive).toEqual([]);
  });

  test('source summaries count distinct sentences', () => {
    const b = coverage.sourceSummary('b');
    expect(b.covered.map((t) => t.slug)).toEqual(['terror', 'drugs']);
    expect(b.notMentioned.map((t) => t.slug)).toEqual(['pannun', 'ships']);
    // p2-s1 is evidence for two topics and counts once.
    expect(b.sentences).toBe(2);
    expect(coverage.sourceSummary('a').negatedOnly.map((t) => t.slug)).toEqual(['pannun']);
  });

  test('looks up the topics of a sentence, for the highlights', () => {
    expect(coverage.sentenceTopics('b', 'p2-s1').map((t) => [t.topic.slug, t.negated])).toEqual([
      ['terror', false],
      ['drugs', false],
    ]);
    expect(coverage.sentenceTopics('a', 'p2-s1').map((t) => [t.topic.slug, t.negated])).toEqual([['pannun', true]]);
    expect(coverage.sentenceTopics('b', 'p1-s1')).toEqual([]);
    expect(coverage.sentenceTopics('nowhere', 'p1-s1')).toEqual([]);
  });

  test('cells with evidence come source by source, topics in order', () => {
    expect(coverage.cellsWithEvidence().map((c) => `${c.source}/${c.topic}`)).toEqual([
      'a/terror',
      'a/drugs',
      'a/pannun',
      'b/terror',
      'b/drugs',
    ]);
  });

  test('an unknown cell is a programming error, said plainly', () => {
    expect(() => coverage.cell('zzz', 'terror')).toThrow(
      'no coverage cell for source "zzz" and topic "terror" (unknown source)',
    );
  });

  test('a sentence repeated in other reports is evidence in each, as if matched there on its own', () => {
    const repeated = 'Terrorism and narcotics were discussed; Pannun did not figure.';
    const copies = [
      { slug: 'wire', article: article([repeated]) },
      { slug: 'copy', article: article(['Nothing here.', repeated]) },
      { slug: 'wire', article: article([repeated]) },
    ];
    const shared = buildCoverage(copies, topics);
    const alone = (slug: string, sentence: string) => buildCoverage([{ slug, article: article([sentence]) }], topics);
    expect(shared.cell('copy', 'terror').evidence).toEqual([
      { sentence: 'p1-s2', anchor: 'p1', quote: repeated, negated: false, terms: ['terror*'] },
    ]);
    expect(shared.cell('copy', 'pannun')).toMatchObject({ status: 'negated-only', negated: 1 });
    expect(shared.sentenceTopics('copy', 'p1-s2')).toEqual(alone('copy', repeated).sentenceTopics('copy', 'p1-s1'));
    // A slug given twice gathers the evidence of both, as it always did.
    expect(shared.cell('wire', 'drugs').evidence).toHaveLength(2);
    // Each piece of evidence has its own list of terms: changing one changes no other.
    shared.cell('wire', 'terror').evidence[0]!.terms.push('changed');
    expect(shared.cell('copy', 'terror').evidence[0]!.terms).toEqual(['terror*']);
  });

  test('a bad phrase fails with the file and the field', () => {
    const build = () => buildCoverage(sources, [topic('bad', 1, ['fine', { phrase: '*', with: ['x'] }], ['… y'])]);
    expect(build).toThrow(ContentError);
    expect(build).toThrow('content/topics/bad.md: terms[1].phrase: "*": a * must end a word');
    expect(build).toThrow('content/topics/bad.md: exclude[0]: "… y": … must stand between two words');
  });
});

describe('open data', () => {
  const source = (slug: string, date: string): Source =>
    ({
      slug,
      title: `Report ${slug}, "quoted"`,
      outlet: { name: `Outlet ${slug}` },
      date: { iso: date },
      kind: 'news',
      url: `https://example.org/${slug}`,
    }) as unknown as Source;
  const reports = [source('a', '2024-02-28'), source('b', '2024-03')];

  test('coverage.json has its documented shape (src/lib/open-data/coverage.ts), pairs only where there is evidence', () => {
    const json = coverageJson(reports, coverage);
    expect(json.topics).toEqual([
      { slug: 'terror', title: 'Title terror' },
      { slug: 'drugs', title: 'Title drugs' },
      { slug: 'pannun', title: 'Title pannun' },
      { slug: 'ships', title: 'Title ships' },
    ]);
    expect(json.sources[1]).toEqual({
      slug: 'b',
      title: 'Report b, "quoted"',
      outlet: 'Outlet b',
      date: '2024-03',
      kind: 'news',
      url: 'https://example.org/b',
    });
    expect(json.coverage.map((c) => `${c.source}/${c.topic}`)).toEqual([
      'a/terror',
      'a/drugs',
      'a/pannun',
      'b/terror',
      'b/drugs',
    ]);
    expect(json.coverage[2]).toEqual({
      source: 'a',
      topic: 'pannun',
      evidence: [{ anchor: 'p2', sentence: 'p2-s1', quote: 'Pannun did not figure in the talks.', negated: true }],
    });
  });

  test('the same input gives the same bytes', () => {
    expect(JSON.stringify(coverageJson(reports, coverage))).toBe(
      JSON.stringify(coverageJson(reports, buildCoverage(sources, [...topics].reverse()))),
    );
    expect(coverageCsv(reports, coverage)).toBe(coverageCsv(reports, buildCoverage(sources, [...topics].reverse())));
  });

  test('coverage.csv has one row per source and topic, every pair included', () => {
    expect(coverageCsv(reports, coverage).split('\r\n')).toEqual([
      'source,topic,evidence_sentences,negated_sentences,status',
      'a,terror,1,0,covered',
      'a,drugs,1,0,covered',
      'a,pannun,1,1,negated-only',
      'a,ships,0,0,not-mentioned',
      'b,terror,1,0,covered',
      'b,drugs,2,0,covered',
      'b,pannun,0,0,not-mentioned',
      'b,ships,0,0,not-mentioned',
      '',
    ]);
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [3, '3'],
  ])('csvField(%j) -> %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

test('visibleColumns: a column zero in every row is hidden, one non-zero anywhere is kept, in order', () => {
  const rows = [
    { a: 0, b: 2, c: 0 },
    { a: 0, b: 0, c: 1 },
  ];
  const columns = (['a', 'b', 'c'] as const).map((k) => ({ key: k, value: (r: (typeof rows)[number]) => r[k] }));
  const { shown, hidden } = visibleColumns(columns, rows);
  expect(shown.map((c) => c.key)).toEqual(['b', 'c']);
  expect(hidden.map((c) => c.key)).toEqual(['a']);
  // With no rows, nothing is known to be non-zero.
  expect(visibleColumns(columns, []).shown).toEqual([]);
});
