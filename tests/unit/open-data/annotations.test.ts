/**
 * data/annotations.jsonld (src/lib/open-data/annotations.ts): the W3C Web Annotation shapes, and every quote at its
 * positions in the article text of data/sources.json.
 */
import { describe, expect, test } from 'vitest';
import { type Annotation, type AnnotationInput, buildAnnotations } from '../../../src/lib/open-data/annotations.ts';
import { buildCoverage } from '../../../src/lib/analysis/topics/coverage.ts';
import { articleSpans, type SourceRecord } from '../../../src/lib/open-data/sources-export.ts';
import { article } from '../../helpers/articles.ts';
import { loadArticles, loadTopics } from '../../helpers/content.ts';

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

function record(slug: string, paragraphs: string[][]): SourceRecord {
  const { text, paragraphs: spans } = articleSpans({ slug, article: article(...paragraphs) });
  return { slug, text, paragraphs: spans } as SourceRecord;
}

/** Every quote is at its TextPositionSelector in the report's text, with its prefix and suffix around it. */
function expectQuotesAtPositions(items: readonly Annotation[], records: ReadonlyMap<string, SourceRecord>) {
  for (const item of items) {
    const slug = /^\.\.\/sources\/([^/]+)\/index\.html$/.exec(item.target.source)?.[1];
    const text = records.get(slug!)!.text;
    const [quote, position] = item.target.selector;
    expect(slice(text, position.start, position.end), item.id).toBe(quote.exact);
    expect(slice(text, position.start - Array.from(quote.prefix ?? '').length, position.start)).toBe(
      quote.prefix ?? '',
    );
    expect(slice(text, position.end, position.end + Array.from(quote.suffix ?? '').length)).toBe(quote.suffix ?? '');
  }
}

describe('buildAnnotations', () => {
  // "𝐀" is two UTF-16 units and one code point; "e\u0301" becomes "é" in NFC.
  const a = record('a', [['𝐀 bold.', 'Next one.'], ['Cafe\u0301 two.']]);
  const input: AnnotationInput = {
    sources: [a],
    topics: [{ slug: 'talks', title: 'The talks' }],
    evidence: [
      {
        source: 'a',
        topic: 'talks',
        evidence: [
          { sentence: 'p1-s2', negated: false },
          { sentence: 'p2-s1', negated: true },
        ],
      },
    ],
    facts: [
      {
        id: 'two',
        statement: 'There were two.',
        support: [
          {
            source: 'a',
            quote: 'two',
            stance: 'agrees',
            anchor: 'p2',
            paragraphText: 'Cafe\u0301 two.',
            start: 6,
            fragment: 'p2-s1',
          },
        ],
      },
    ],
  };
  const collection = buildAnnotations(input);
  const [evidence, negated, fact] = collection.first.items;

  test('an AnnotationCollection in the anno.jsonld context, its page holding every annotation', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.total).toBe(3);
    expect(collection.first.items.map((i) => i.id)).toEqual([
      '#topic-talks--a--p1-s2',
      '#topic-talks--a--p2-s1',
      '#fact-two--1',
    ]);
  });

  test('a topic-evidence sentence: classifying, the topic linked, the sentence targeted three ways', () => {
    expect(evidence).toEqual({
      id: '#topic-talks--a--p1-s2',
      type: 'Annotation',
      motivation: 'classifying',
      body: [
        { type: 'SpecificResource', purpose: 'classifying', source: '../topics/talks/index.html' },
        {
          type: 'TextualBody',
          purpose: 'describing',
          value: 'Evidence that the report covers the topic “The talks”.',
          format: 'text/plain',
          language: 'en',
        },
      ],
      target: {
        source: '../sources/a/index.html',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Next one.', prefix: '𝐀 bold. ', suffix: '\n\nCafé two.' },
          { type: 'TextPositionSelector', start: 8, end: 17 },
          { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: 'p1-s2' },
        ],
      },
    });
    expect(negated!.body[1]).toMatchObject({ value: 'Says that the topic “The talks” was not discussed.' });
    // At the end of the text: no suffix.
    expect(negated!.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Café two.',
      prefix: '𝐀 bold. Next one.\n\n',
    });
  });

  test('a fact citation: assessing, the statement and the stance, the quote at its code-point positions', () => {
    expect(fact!.motivation).toBe('assessing');
    expect(fact!.body).toEqual([
      { type: 'TextualBody', purpose: 'describing', value: 'There were two.', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'assessing', value: 'agrees', format: 'text/plain', language: 'en' },
      { type: 'SpecificResource', purpose: 'linking', source: '../index.html#fact-two' },
    ]);
    expect(fact!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'two', prefix: '𝐀 bold. Next one.\n\nCafé ', suffix: '.' },
      { type: 'TextPositionSelector', start: 24, end: 27 },
      { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: 'p2-s1' },
    ]);
    expectQuotesAtPositions(collection.first.items, new Map([['a', a]]));
  });

  test('prefix and suffix are at most 32 characters', () => {
    const long = record('l', [[`${'x'.repeat(40)} middle ${'y'.repeat(40)}`]]);
    const [item] = buildAnnotations({
      ...input,
      sources: [long],
      evidence: [],
      facts: [
        {
          id: 'm',
          statement: 'M.',
          support: [
            {
              source: 'l',
              quote: 'middle',
              stance: 'agrees',
              anchor: 'p1',
              paragraphText: long.text,
              start: 41,
              fragment: 'p1',
            },
          ],
        },
      ],
    }).first.items;
    expect(item!.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'middle',
      prefix: `${'x'.repeat(31)} `,
      suffix: ` ${'y'.repeat(31)}`,
    });
  });

  test('a citation that does not match the text, or names a missing report or sentence, fails the build', () => {
    const bad = (change: Partial<AnnotationInput>) => () => buildAnnotations({ ...input, ...change });
    expect(bad({ facts: [{ ...input.facts[0]!, support: [{ ...input.facts[0]!.support[0]!, start: 5 }] }] })).toThrow(
      /fact "two", support\[0\]: the quote is not at/,
    );
    expect(bad({ evidence: [{ source: 'ghost', topic: 'talks', evidence: [] }] })).toThrow(/no report "ghost"/);
    expect(
      bad({ evidence: [{ source: 'a', topic: 'talks', evidence: [{ sentence: 'p9-s1', negated: false }] }] }),
    ).toThrow(/no sentence p9-s1 in a/);
  });
});

describe('the real reports and topics', async () => {
  const articles = await loadArticles();
  const coverage = buildCoverage(articles, loadTopics());
  const records = new Map(
    articles.map(({ slug, article }) => [slug, { slug, ...articleSpans({ slug, article }) } as SourceRecord]),
  );
  const collection = buildAnnotations({
    sources: [...records.values()],
    topics: coverage.topics,
    evidence: coverage.cellsWithEvidence(),
    facts: [],
  });

  test('one annotation per evidence sentence and topic, with distinct ids', () => {
    const expected = coverage.cellsWithEvidence().reduce((n, c) => n + c.evidence.length, 0);
    expect(expected).toBeGreaterThan(0);
    expect(collection.total).toBe(expected);
    expect(new Set(collection.first.items.map((i) => i.id)).size).toBe(expected);
  });

  test('every evidence quote is its whole sentence, at its positions in the report’s text', () => {
    expectQuotesAtPositions(collection.first.items, records);
    for (const item of collection.first.items) {
      const [quote, , fragment] = item.target.selector;
      const slug = item.target.source.split('/')[2]!;
      const sentence = records
        .get(slug)!
        .paragraphs.flatMap((p) => p.sentences)
        .find((s) => s.anchor === fragment.value);
      expect(sentence?.text, item.id).toBe(quote.exact);
    }
  });
});
