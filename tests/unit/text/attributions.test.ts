/**
 * Attributions: generic English forms of crediting a source (a table), and what a careful reader finds in the five
 * reports: the IANS story credits the Home Ministry and carries wire tags, the republished report credits "a
 * readout from the Union home ministry" and "The Indian readout"; India News Network names the ministry only as
 * Ajay Bhalla's employer, which credits nothing. Sentences are found by their words, not their anchors, so the
 * test holds when a report is added or renumbered.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { attributionsOf, creditNames, creditSpans, findAttributions } from '../../../src/lib/text/attributions.ts';
import { labelOf } from '../../../src/lib/analysis/derivation/index.ts';
import { loadArticles } from '../../helpers/content.ts';

const one = (text: string) => attributionsOf({ id: 'p1-s1', text }).map((a) => [a.form, a.credited, a.phrase]);

describe('generic forms', () => {
  test.each([
    [
      'In this context, they discussed steps, the Ministry of Home Affairs stated.',
      [['statement', 'the Ministry of Home Affairs', 'the Ministry of Home Affairs stated']],
    ],
    ['Trade rose, an official statement said.', [['statement', 'an official statement', 'an official statement said']]],
    ['The Indian readout said the two sides met.', [['statement', 'The Indian readout', 'The Indian readout said']]],
    [
      'Talks covered fishing, which a readout from the Union fisheries ministry described as vital.',
      [
        [
          'statement',
          'a readout from the Union fisheries ministry',
          'a readout from the Union fisheries ministry described',
        ],
      ],
    ],
    [
      'Talks covered fishing, according to a press release of the Department of Fisheries.',
      [
        [
          'statement',
          'a press release of the Department of Fisheries',
          'according to a press release of the Department of Fisheries',
        ],
      ],
    ],
    ['Lisbon, Mar 3 (AFP) The ministers met.', [['wire', 'AFP', '(AFP)']]],
    ['(PTI) The ministers met.', [['wire', 'PTI', '(PTI)']]],
    // The forms a real dossier uses (issue 21), labelled by hand.
    [
      'The fourth round was held, the Ministry of Home Affairs (MHA) said in a statement.',
      [['statement', 'the Ministry of Home Affairs (MHA)', 'the Ministry of Home Affairs (MHA) said']],
    ],
    [
      'The talks were cordial, according to the Indian Ministry of Home Affairs.',
      [['statement', 'the Indian Ministry of Home Affairs', 'according to the Indian Ministry of Home Affairs']],
    ],
    [
      'The sides agreed on drones, a Home Ministry statement issued after the talks said.',
      [
        [
          'statement',
          'a Home Ministry statement issued after the talks',
          'a Home Ministry statement issued after the talks said',
        ],
      ],
    ],
    [
      'The talks covered drones, according to a readout from DHS.',
      [['statement', 'a readout from DHS', 'according to a readout from DHS']],
    ],
    [
      'The talks covered drones, according to a readout from the U.S. Department of Homeland Security.',
      [
        [
          'statement',
          'a readout from the U.S. Department of Homeland Security',
          'according to a readout from the U.S. Department of Homeland Security',
        ],
      ],
    ],
    [
      'The meeting was productive, an official readout from US Homeland Security said.',
      [
        [
          'statement',
          'an official readout from US Homeland Security',
          'an official readout from US Homeland Security said',
        ],
      ],
    ],
    ['The MHA issued a statement on the talks.', [['statement', 'The MHA', 'The MHA issued a statement']]],
    ['New Delhi [India], February 28 (ANI): The talks began.', [['wire', 'ANI', '(ANI)']]],
    ['New Delhi, Feb. 28 (IANS) The talks began.', [['wire', 'IANS', '(IANS)']]],
    ['By ANI New Delhi: The talks began.', [['wire', 'ANI', 'By ANI']]],
    // A person is credited, not a text.
    ['The talks were cordial, an official said.', [['person', 'an official', 'an official said']]],
    ['Sources said the talks were cordial.', [['person', 'Sources', 'Sources said']]],
    ['An official told ANI that the talks were cordial.', [['person', 'An official', 'An official told']]],
    ['The talks were cordial, according to officials.', [['person', 'officials', 'according to officials']]],
    [
      'People familiar with the matter said on condition of anonymity that the talks went well.',
      [['person', 'People familiar with the matter', 'People familiar with the matter said']],
    ],
    ['Cyber-security was discussed, the people said.', [['person', 'the people', 'the people said']]],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  test.each([
    // Naming an organisation is not crediting it.
    'The respective sides were represented by Ajay Bhalla, Home Secretary of the Ministry of Home Affairs, Government of India.',
    'The Ministry of Fisheries is responsible for the coast.',
    // A meeting is no source; a country named by its acronym is no text.
    'The meeting said nothing new.',
    'India and the US said they would meet again.',
    // An acronym after a name, or in the middle of a sentence, is no wire tag.
    'The Sikhs for Justice (SFJ) leader was named.',
    'The Homeland Security Dialogue (HSD) was held in New Delhi.',
  ])('none in: %s', (text) => {
    expect(one(text)).toEqual([]);
  });
});

describe('the five reports', () => {
  const byReport = new Map<string, { sentence: string; text: string; phrase: string; form: string }[]>();
  const sentences = new Map<string, { id: string; text: string }[]>();
  beforeAll(async () => {
    for (const { slug, article } of await loadArticles()) {
      const list = article.paragraphs.flatMap((p) => p.sentences);
      sentences.set(slug, list);
      const text = new Map(list.map((s) => [s.id, s.text]));
      byReport.set(
        slug,
        findAttributions(list).map((a) => ({
          sentence: a.sentence,
          text: text.get(a.sentence)!,
          phrase: a.phrase,
          form: a.form,
        })),
      );
    }
  });

  test('the IANS story credits the Home Ministry and carries its wire tags', () => {
    const found = byReport.get('ians-menafn')!;
    expect(found.filter((a) => a.form === 'statement').map((a) => [a.phrase, a.text.slice(0, 15)])).toEqual([
      ['the Ministry of Home Affairs stated', 'In this context'],
    ]);
    expect(found.filter((a) => a.form === 'wire').map((a) => a.phrase)).toEqual(['(MENAFN- IANS)', '(IANS)']);
  });

  test('the republished report credits the Union home ministry’s readout three times', () => {
    const found = byReport.get('khatrimaza-republication')!.filter((a) => a.form === 'statement');
    expect(found.map((a) => [a.phrase, a.text.slice(0, 22)])).toEqual([
      ['a readout from the Union home ministry described', 'The two sides reviewed'],
      ['The Indian readout said', 'The Indian readout sai'],
      ['The Indian readout said', 'The Indian readout sai'],
    ]);
  });

  test('India News Network, the DHS readout and TFIPost credit no source', () => {
    expect(byReport.get('india-news-network')).toEqual([]);
    expect(byReport.get('dhs-readout')).toEqual([]);
    expect(byReport.get('tfipost')).toEqual([]);
    // The sentence that names the ministry as Ajay Bhalla's employer is there, and is not an attribution.
    expect(
      sentences
        .get('india-news-network')!
        .some((s) => s.text.includes('Home Secretary of the Ministry of Home Affairs')),
    ).toBe(true);
  });
});

describe('credits and names', () => {
  test.each([
    ['IANS', ['MENAFN', 'IANS'], true],
    ['MENAFN- IANS', ['IANS'], true],
    ['the Ministry of Home Affairs', ['U.S. Department of Homeland Security', 'DHS'], false],
    ['The Indian readout', ['India News Network', 'INN'], false],
    // Aliases (content/outlets/*.yaml) and the forms of one country's name.
    ['the Ministry of Home Affairs (MHA)', ['Ministry of Home Affairs'], true],
    ['a Home Ministry statement issued after the talks', ['Ministry of Home Affairs', 'MHA', 'Home Ministry'], true],
    ['the Indian Ministry of Home Affairs', ['Ministry of Home Affairs'], true],
    ['a readout from DHS', ['U.S. Department of Homeland Security', 'DHS'], true],
    [
      'an official readout from US Homeland Security',
      ['U.S. Department of Homeland Security', 'US Homeland Security'],
      true,
    ],
    ['the United States Department of Homeland Security', ['U.S. Department of Homeland Security'], true],
    ['the U.S. Department of Homeland Security', ['US Department of Homeland Security'], true],
    ['a readout from DHS', ['Ministry of Home Affairs', 'MHA', 'Home Ministry'], false],
  ] as const)('%s names one of %j: %s', (credit, names, expected) => {
    expect(creditNames(credit, names)).toBe(expected);
  });

  test('a common source is named by the organisation with most capitals and the document most credits call it', () => {
    expect(
      labelOf([
        { credited: 'the Ministry of Home Affairs' },
        { credited: 'a readout from the Union home ministry' },
        { credited: 'The Indian readout' },
      ]),
    ).toBe('the readout credited to the Ministry of Home Affairs');
    expect(labelOf([{ credited: 'an official statement' }])).toBe('the statement the reports credit');
    expect(labelOf([])).toBeNull();
  });
});

describe('creditSpans', () => {
  test('where a text’s credits are, in order, and none where a sentence only names a ministry', () => {
    const wire = '(MENAFN- IANS) New Delhi, Feb 28 (IANS) Terrorism and organised crime came up for discussion.';
    expect(creditSpans(wire).map(([a, b]) => wire.slice(a, b))).toEqual(['(MENAFN- IANS)', '(IANS)']);
    const stated = 'They discussed steps to combat terrorism, the Ministry of Home Affairs stated.';
    expect(creditSpans(stated).map(([a, b]) => stated.slice(a, b))).toEqual(['the Ministry of Home Affairs stated']);
    expect(creditSpans('Ajay Bhalla, Home Secretary of the Ministry of Home Affairs, led the delegation.')).toEqual([]);
  });
});
