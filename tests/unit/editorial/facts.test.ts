/**
 * The build check on the editorial layer (src/lib/editorial/editorial.ts): quotes must be word for word in the report they cite,
 * and resolve to the sentence or paragraph a citation links to; the editorial rules fail with the file and field.
 */
import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/lib/content/article.ts';
import type { DiscrepancyInput } from '../../../src/lib/editorial/discrepancies.ts';
import { buildDossier, type SourceInput } from '../../../src/lib/content/dossier.ts';
import { buildEditorial } from '../../../src/lib/editorial/editorial.ts';
import { citationLabels } from '../../../src/lib/editorial/citations.ts';
import type { FactInput, SupportInput } from '../../../src/lib/editorial/facts.ts';
import type { EventInput } from '../../../src/lib/editorial/timeline.ts';
import { article as articleOf } from '../../helpers/articles.ts';
import { contentProblems } from '../../helpers/content-problems.ts';
import { sourceInput } from '../../helpers/sources.ts';

/** An article whose paragraphs are given as lists of sentences, with a capture artifact before them. */
function article(...paragraphs: string[][]): Article {
  return {
    ...articleOf(...paragraphs),
    artifacts: [{ anchor: 'a1', kind: 'teaser', lines: ['A teaser line that was cut off between'], afterParagraph: 0 }],
  };
}

function source(id: string, date: string, art: Article, shortName: string): SourceInput {
  return sourceInput(id, date, art, { shortName });
}

const dossier = buildDossier({
  sources: [
    source(
      'readout',
      '2024-02-29',
      article(['From February 27 to February 29, the officials met in New Delhi.', 'They signed a memorandum.']),
      'DHS',
    ),
    source(
      'wire',
      '2024-02-28',
      article(['New Delhi, Feb 28 (IANS) The dialogue was held here on Wednesday.'], ["India's academy signed it."]),
      'IANS',
    ),
  ],
  outlets: [
    {
      id: 'x',
      filePath: 'content/outlets/x.yaml',
      data: { name: 'X', country: null, kind: 'news-site', homepage: null },
    },
  ],
  officials: [],
});

const support = (sourceId: string, quote: string, stance: SupportInput['stance'] = 'agrees'): SupportInput => ({
  source: { id: sourceId },
  quote,
  stance,
});

function fact(id: string, items: SupportInput[], extra: Partial<FactInput['data']> = {}): FactInput {
  return {
    id,
    filePath: `content/facts/${id}.yaml`,
    data: { statement: `Statement ${id}.`, section: 'when', order: 1, support: items, ...extra },
  };
}

function discrepancy(id: string, facts: string[], quotes: [string, string][]): DiscrepancyInput {
  return {
    id,
    filePath: `content/discrepancies/${id}.yaml`,
    data: {
      title: 'The dates',
      kind: 'account',
      order: 1,
      summary: 'They differ.',
      facts: facts.map((f) => ({ id: f })),
      readings: quotes.map(([s, quote]) => ({ reading: s, quotes: [{ source: { id: s }, quote }] })),
    },
  };
}

const event = (id: string, date: string, quote: string): EventInput => ({
  id,
  filePath: `content/events/${id}.yaml`,
  data: { title: `Event ${id}`, date, support: [{ source: { id: 'wire' }, quote }] },
});

/** The problems buildEditorial reports, or [] if it succeeds. */
function problems(input: Partial<Parameters<typeof buildEditorial>[0]>): string[] {
  return contentProblems(() => buildEditorial({ facts: [], discrepancies: [], events: [], ...input }, dossier));
}

describe('quotes resolve to the anchors a citation links to', () => {
  const editorial = buildEditorial(
    {
      facts: [
        fact('dates', [
          support('readout', 'From February 27 to February 29'),
          support('wire', 'held here on Wednesday', 'differs'),
          // Runs across the two sentences of the readout's first paragraph: only the paragraph can be linked.
          support('readout', 'in New Delhi. They signed'),
        ]),
      ],
      discrepancies: [
        discrepancy(
          'dates',
          ['dates'],
          [
            ['readout', 'February 29'],
            ['wire', 'on Wednesday'],
          ],
        ),
      ],
      events: [event('meeting', '2024-02-28', 'on Wednesday')],
    },
    dossier,
  );

  test('a quote within one sentence links to the sentence; one across sentences to the paragraph', () => {
    const cites = editorial.facts[0]!.support.map((s) => [
      s.source,
      s.shortName,
      s.paragraph,
      s.sentence,
      s.fragment,
      s.stance,
    ]);
    expect(cites).toEqual([
      ['readout', 'DHS', 1, 'p1-s1', 'p1-s1', 'agrees'],
      ['wire', 'IANS', 1, 'p1-s1', 'p1-s1', 'differs'],
      ['readout', 'DHS', 1, null, 'p1', 'agrees'],
    ]);
    // "From February 27 to February 29, the officials met " is 51 characters; the quote is 25.
    expect(editorial.facts[0]!.support[2]).toMatchObject({ start: 51, end: 76 });
  });

  test('a fact knows the discrepancies that explain it, and a discrepancy its readings', () => {
    expect(editorial.facts[0]!.discrepancies).toEqual(['dates']);
    expect(editorial.discrepancies[0]!.readings.map((r) => r.quotes.map((q) => q.fragment))).toEqual([
      ['p1-s1'],
      ['p1-s1'],
    ]);
  });

  test('the timeline puts events before the reports published on the same day, in date order', () => {
    expect(editorial.timeline.map((e) => [e.id, e.date.label])).toEqual([
      ['meeting', '28 February 2024'],
      ['published-wire', '28 February 2024'],
      ['published-readout', '29 February 2024'],
    ]);
  });
});

describe('the build fails, naming the file, the field and the report', () => {
  const copy = 'copy the words exactly as the report writes them';
  test('a quote that is not in its source', () => {
    expect(problems({ facts: [fact('dates', [support('readout', 'From 27 to 29 February')])] })).toEqual([
      'content/facts/dates.yaml: support[0].quote: "From 27 to 29 February" is not word for word in the article text ' +
        'of report "readout" (content/sources/readout.mdx): no article paragraph contains it',
    ]);
  });

  test('a quote that is in another report, not the one it cites', () => {
    expect(problems({ facts: [fact('place', [support('readout', 'held here on Wednesday')])] })[0]).toMatch(
      /^content\/facts\/place\.yaml: support\[0\]\.quote: .* report "readout" .*no article paragraph contains it$/,
    );
  });

  test.each([
    ['India’s academy', `paragraph p2 has it with different capitals, quote marks, dashes or spacing; ${copy}`],
    ['new delhi, feb 28', `paragraph p1 has it with different capitals, quote marks, dashes or spacing; ${copy}`],
    ['cut off between', 'it is in a capture artifact, which is not part of the article'],
  ])('a near miss, %j, says why', (quote, why) => {
    expect(problems({ facts: [fact('f', [support('wire', quote)])] })).toEqual([
      `content/facts/f.yaml: support[0].quote: "${quote}" is not word for word in the article text of report "wire" ` +
        `(content/sources/wire.mdx): ${why}`,
    ]);
  });

  test('a report that does not exist', () => {
    expect(problems({ facts: [fact('f', [support('nowhere', 'x')])] })).toEqual([
      'content/facts/f.yaml: support[0].source: no report "nowhere" in content/sources/',
    ]);
  });

  test('a statement no report agrees with', () => {
    expect(problems({ facts: [fact('f', [support('wire', 'on Wednesday', 'contradicts')])] })).toContain(
      'content/facts/f.yaml: support: no report agrees with the statement; cite at least one that does (stance: agrees)',
    );
  });

  test('a report that words it differently, with no discrepancy to explain it', () => {
    expect(
      problems({ facts: [fact('f', [support('readout', 'February 29'), support('wire', 'on Wednesday', 'differs')])] }),
    ).toEqual([
      'content/facts/f.yaml: support[1].stance: "differs" needs a discrepancy that explains it: list "f" under facts ' +
        'in a file of content/discrepancies/',
    ]);
  });

  test('a statement said to be in one report only that cites another', () => {
    expect(
      problems({
        facts: [
          fact('f', [support('wire', 'on Wednesday'), support('readout', 'February 29')], {
            exclusiveTo: { id: 'wire' },
          }),
        ],
      }),
    ).toEqual([
      'content/facts/f.yaml: support[1].source: the fact is marked as reported only by "wire" (exclusiveTo), but ' +
        'cites "readout"; remove exclusiveTo or the citation',
    ]);
  });

  test('a discrepancy that names a fact that does not exist, or misquotes', () => {
    expect(
      problems({
        discrepancies: [
          discrepancy(
            'd',
            ['ghost'],
            [
              ['readout', 'February 29'],
              ['wire', 'Thursday'],
            ],
          ),
        ],
      }),
    ).toEqual([
      'content/discrepancies/d.yaml: facts[0]: no fact "ghost" in content/facts/',
      'content/discrepancies/d.yaml: readings[1].quotes[0].quote: "Thursday" is not word for word in the article ' +
        'text of report "wire" (content/sources/wire.mdx): no article paragraph contains it',
    ]);
  });

  test('an event with an impossible date and a misquote: both reported at once', () => {
    expect(problems({ events: [event('e', '2024-02-30', 'on Thursday')] })).toEqual([
      'content/events/e.yaml: date: "2024-02-30" is impossible: February 2024 has 29 days',
      'content/events/e.yaml: support[0].quote: "on Thursday" is not word for word in the article text of report ' +
        '"wire" (content/sources/wire.mdx): no article paragraph contains it',
    ]);
  });
});

describe('citationLabels', () => {
  test('two sentences of one paragraph are named apart; a lone citation keeps its short name', () => {
    // Read from the overview: one statement cited "[Khatrimaza ¶5] [Khatrimaza ¶5]", two links with one name.
    expect(
      citationLabels([
        { shortName: 'Khatrimaza', paragraph: 5, sentence: 'p5-s1' },
        { shortName: 'Khatrimaza', paragraph: 5, sentence: 'p5-s2' },
        { shortName: 'DHS', paragraph: 2, sentence: 'p2-s1' },
      ]),
    ).toEqual(['Khatrimaza ¶5, sentence 1', 'Khatrimaza ¶5, sentence 2', 'DHS ¶2']);
    // Two quotes of one sentence lead to one place: the short name stands.
    expect(
      citationLabels([
        { shortName: 'DHS', paragraph: 2, sentence: 'p2-s1' },
        { shortName: 'DHS', paragraph: 2, sentence: 'p2-s1' },
      ]),
    ).toEqual(['DHS ¶2', 'DHS ¶2']);
  });
});
