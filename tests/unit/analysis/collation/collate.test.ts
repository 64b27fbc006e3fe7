/**
 * Collation of one statement's readings (src/lib/analysis/collation/): the reading chosen by agreement, word by word; what
 * one witness alone has left out of the text and listed in the apparatus under that witness.
 */
import { describe, expect, test } from 'vitest';
import { collate } from '../../../../src/lib/analysis/collation/index.ts';

const reading = (witness: string, text: string, reworded = false) => ({ witness, text, reworded });

/** Sentences of the two reports that credit the Indian readout, as they carry its statements (several tests read them). */
const REPUBLISHED = {
  subGroups:
    'They reiterated their interest in consolidating collaboration between law enforcement agencies through exchange of information, capacity building, technical assistance and regular meetings of sub-groups set up under the India-US Homeland Security Dialogue.',
  migration:
    'The Indian readout said the two sides reaffirmed their commitment to strengthening people-to-people ties by taking steps to enable safe and legal migration and to counter illegal migration and human trafficking. The Indian readout said the two sides discussed ways to counter money laundering, cyber-crimes and misuse of the cyber domain for illegal activities, including terror financing.',
};
const IANS = {
  subGroups:
    'Going further, the co-chairs reiterated their keen interest in consolidating the mutually beneficial collaboration between the respective law enforcement agencies via exchange of information, capacity building, technical assistance, and regular meetings of sub-groups set-up under the framework of the Homeland Security Dialogue.',
  migration:
    'To strengthen people-to-people ties between the two countries, the two sides agreed to take steps to enable safe and legal migration, counter illegal migration, human trafficking, money laundering, cyber-crimes, and misuse of the cyber domain for illegal activities including terror financing.',
};

describe('collate', () => {
  test('three copies, each with something of its own: the text is what two or more agree on', () => {
    const result = collate([
      reading('a', 'Going further, the two ministers agreed to expand the fisheries patrol in the northern sea.'),
      reading(
        'b',
        'The two ministers agreed to expand the joint fisheries patrol in the northern sea, the ministry said.',
      ),
      reading('c', 'The two ministers agreed to expand the joint fisheries patrol in the sea.'),
    ]);
    expect(result.text).toBe('The two ministers agreed to expand the joint fisheries patrol in the northern sea.');
    expect(result.apparatus).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          witnesses: ['a'],
          words: 'Going further,',
          type: expect.stringMatching(/only|adds/u),
        }),
        expect.objectContaining({
          witnesses: ['b'],
          words: 'the ministry said.',
          type: expect.stringMatching(/only|adds/u),
        }),
      ]),
    );
    // "joint" is read by two of three: in the text, and no reading's own; the apparatus says that a lacks it.
    expect(result.apparatus.some((e) => e.type !== 'lacks' && e.words.includes('joint'))).toBe(false);
    expect(result.apparatus).toContainEqual({
      witnesses: ['a'],
      words: 'joint',
      type: 'lacks',
      lemma: 'joint',
      after: null,
    });
  });

  test('two witnesses: a credit and a connective that only one has are left out', () => {
    const result = collate([
      reading('x', 'In this context, they discussed ways to protect fish stocks, the Ministry of Fisheries stated.'),
      reading('y', 'They discussed ways to protect fish stocks.'),
    ]);
    expect(result.text).toBe('They discussed ways to protect fish stocks.');
    expect(result.text).not.toContain('Ministry');
    expect(result.apparatus.map((e) => [e.witnesses, e.words])).toEqual(
      expect.arrayContaining([
        [['x'], 'In this context,'],
        [['x'], 'the Ministry of Fisheries stated.'],
      ]),
    );
  });

  test('where every other witness has words of its own in place of the base’s, the shorter reading is taken', () => {
    const result = collate([
      reading('x', 'Going further, the co-chairs reiterated their interest in fishing.'),
      reading('y', 'They reiterated their interest in fishing.'),
    ]);
    expect(result.text).toBe('They reiterated their interest in fishing.');
  });

  test('a repeated word is matched where it joins the readings’ differences into one point (the two reports)', () => {
    // From reading: the republished report and the IANS story carry the Indian readout's sentence on counter-terrorism.
    // At "which … a key pillar" the republished report has "a readout from the Union home ministry described as" and
    // IANS "has been": each has words of its own at one point, so the shorter is taken. Matching the first "a" of the
    // republished report instead would leave "which a “key pillar”", a reading neither report has.
    const result = collate([
      reading(
        'khatrimaza-republication',
        'The two sides reviewed ongoing work in counter-terrorism and security, which a readout from the Union home ministry described as a “key pillar” of the bilateral strategic partnership.',
      ),
      reading(
        'ians-menafn',
        'During the dialogue, both sides reviewed ongoing cooperation in counter-terrorism and security domains, which has been a key pillar of the India-US strategic partnership.',
      ),
    ]);
    expect(result.text).toBe(
      'The two sides reviewed ongoing work in counter-terrorism and security, which has been a “key pillar” of the bilateral strategic partnership.',
    );
    // Its apparatus entry names the words the text takes in its place.
    expect(result.apparatus).toContainEqual({
      witnesses: ['khatrimaza-republication'],
      words: 'a readout from the Union home ministry described as',
      type: 'reads',
      lemma: 'has been',
      after: null,
    });
  });

  test('a credit’s words match nothing and are never the text (the two reports, on safe and legal migration)', () => {
    // From reading: IANS and the republished report carry the Indian readout's sentence on migration. The
    // republished report opens each of its two sentences with its own credit, "The Indian readout said"; the
    // readout's own wording at that point is IANS's, "To strengthen people-to-people ties between the two countries,".
    // Matched with the "the" of "between the two countries", the credit's "The" had left "The two countries, the two
    // sides agreed …", which neither report says.
    const result = collate([
      {
        // Two sentences (the derivation gives their number): a reading of one sentence is preferred as base.
        ...reading('khatrimaza-republication', REPUBLISHED.migration),
        parts: 2,
      },
      { ...reading('ians-menafn', IANS.migration), parts: 1 },
    ]);
    expect(result.text).toBe(IANS.migration);
    expect(result.apparatus).toContainEqual(
      expect.objectContaining({
        witnesses: ['khatrimaza-republication'],
        words: 'The Indian readout said',
        type: 'reads',
      }),
    );
  });

  test('a joining word only the base has stays (the two reports, on terror and organised crime)', () => {
    // From reading: the republished report lists "drug trafficking and organised crime", IANS "drug trafficking,
    // organised crime and ensure transportation security, the Ministry of Home Affairs stated". Left out, the "and"
    // gave "drug trafficking organised crime", which neither report says.
    const result = collate([
      reading(
        'khatrimaza-republication',
        'They discussed steps that can be taken to bolster bilateral efforts to combat terror, violent extremism, drug trafficking and organised crime.',
      ),
      reading(
        'ians-menafn',
        'In this context, they discussed steps that can be taken to bolster bilateral efforts to combat terrorism and violent extremism, drug trafficking, organised crime and ensure transportation security, the Ministry of Home Affairs stated.',
      ),
    ]);
    expect(result.text).toBe(
      'They discussed steps that can be taken to bolster bilateral efforts to combat terror, violent extremism, drug trafficking and organised crime.',
    );
    expect(result.apparatus).toContainEqual({
      witnesses: ['khatrimaza-republication'],
      words: 'and',
      type: 'kept',
      lemma: 'and',
      after: null,
    });
    // A content word only the base has is still left out.
    const withContent = collate([
      reading('a', 'The ministers agreed to expand the coastal patrol.'),
      reading('b', 'The ministers agreed to expand the patrol.'),
    ]);
    expect(withContent.text).toBe('The ministers agreed to expand the patrol.');
    expect(withContent.apparatus).toContainEqual({
      witnesses: ['a'],
      words: 'coastal',
      type: 'only',
      lemma: null,
      // "the" alone would not say which: the text starts with "The".
      after: 'expand the',
    });
    // Where two readings agree on other words in its place, theirs are taken and the base's "and" is left out.
    // (b and c are given as two sentences each, so that a, of one, is the base.)
    const replaced = collate([
      reading('a', 'They fought drugs and crime at sea.'),
      { ...reading('b', 'They fought drugs as well as crime at sea. It was hard.'), parts: 2 },
      { ...reading('c', 'They fought drugs as well as crime at sea. Officials were pleased.'), parts: 2 },
    ]);
    expect(replaced.text).toBe('They fought drugs as well as crime at sea.');
  });

  test('words added alike before the same point go in, even where one reading adds more (three reports, on the memorandum)', () => {
    // From reading: the republished report has "concluded with signing a memorandum", IANS "concluded with the
    // signing of a Memorandum", India News Network "was the signing of a Memorandum". IANS and INN both have "the"
    // just before "signing" (INN's in place of "concluded with"): the text takes it, and INN's "was" goes to the
    // apparatus. Voting on whole additions only had given "concluded with signing of a memorandum", which no report has.
    const result = collate([
      reading(
        'khatrimaza-republication',
        'The dialogue concluded with signing a memorandum of cooperation on law enforcement training between the US Federal Law Enforcement Training Centre and India’s Sardar Vallabhbhai Patel National Police Academy.',
      ),
      reading(
        'ians-menafn',
        "The dialogue concluded with the signing of a Memorandum of Cooperation on law enforcement training between the US Federal Law Enforcement Training Centre and India's Sardar Vallabhbhai Patel National Police Academy.",
      ),
      reading(
        'india-news-network',
        'One of the highlights of the dialogue was the signing of a Memorandum of Cooperation on law enforcement training between the US Federal Law Enforcement Training Centre and India’s Sardar Vallabhbhai Patel National Police Academy.',
      ),
    ]);
    expect(result.text).toBe(
      'The dialogue concluded with the signing of a memorandum of cooperation on law enforcement training between the US Federal Law Enforcement Training Centre and India’s Sardar Vallabhbhai Patel National Police Academy.',
    );
    // INN's "was" stands where the text has "concluded with"; what it adds before "the dialogue" is at the start.
    expect(result.apparatus).toContainEqual({
      witnesses: ['india-news-network'],
      words: 'was',
      type: 'reads',
      lemma: 'concluded with',
      after: null,
    });
    expect(result.apparatus).toContainEqual({
      witnesses: ['india-news-network'],
      words: 'One of the highlights of',
      type: 'adds',
      lemma: null,
      after: null,
    });
    // "the" and "of" are in the text: not listed as any one reading's own, but as what the republished report,
    // "concluded with signing a memorandum", lacks.
    expect(result.apparatus.filter((e) => e.type !== 'lacks' && (e.words === 'the' || e.words === 'of'))).toEqual([]);
    expect(result.apparatus.filter((e) => e.type === 'lacks').map((e) => [e.witnesses, e.lemma, e.after])).toEqual([
      [['khatrimaza-republication'], 'the', null],
      [['khatrimaza-republication'], 'of', null],
    ]);
  });

  test('the same words divided otherwise are no difference (the two reports, on the sub-groups)', () => {
    // From reading: the republished report's "sub-groups set up under", IANS's "sub-groups set-up under the framework
    // of". "set-up" is "set up" written as one word: it supports the base's words rather than competing with them.
    const result = collate([
      reading('khatrimaza-republication', REPUBLISHED.subGroups),
      reading('ians-menafn', IANS.subGroups),
    ]);
    expect(result.text).toBe(REPUBLISHED.subGroups);
    expect(result.apparatus.filter((e) => /set.up/u.test(e.words))).toEqual([]);
    expect(result.apparatus).toContainEqual({
      witnesses: ['ians-menafn'],
      words: 'Going further, the co-chairs',
      type: 'reads',
      lemma: 'They',
      after: null,
    });
  });

  test('each difference says where it stands in the text, as an apparatus gives its lemma (the two reports)', () => {
    // From reading the republished report and IANS on the sub-groups (the text is the republished report's): IANS
    // reads "via" where the text has "through", and "framework of the" where it has "India-US"; it adds "keen" after
    // "their" and "the respective" after "between".
    const subGroups = collate([
      reading('khatrimaza-republication', REPUBLISHED.subGroups),
      reading('ians-menafn', IANS.subGroups),
    ]);
    const at = (words: string) => subGroups.apparatus.find((e) => e.words === words);
    expect(at('via')).toMatchObject({ type: 'reads', lemma: 'through', after: null });
    expect(at('framework of the')).toMatchObject({ type: 'reads', lemma: 'India-US', after: null });
    expect(at('keen')).toMatchObject({ type: 'adds', lemma: null, after: 'their' });
    expect(at('the respective')).toMatchObject({ type: 'adds', lemma: null, after: 'between' });

    // On migration (IANS's text), the republished report adds "and to" after "legal migration" and "and" after
    // "illegal migration": "migration" alone is in the text twice, and "legal migration" is not "illegal migration".
    const migration = collate([
      {
        ...reading('khatrimaza-republication', REPUBLISHED.migration),
        parts: 2,
      },
      {
        ...reading('ians-menafn', IANS.migration),
        parts: 1,
      },
    ]);
    const adds = migration.apparatus.filter((e) => e.type === 'adds').map((e) => [e.words, e.after]);
    expect(adds).toContainEqual(['and to', 'legal migration']);
    expect(adds).toContainEqual(['and', 'illegal migration']);
    expect(migration.apparatus).toContainEqual(
      expect.objectContaining({ words: 'reaffirmed their commitment', type: 'reads', lemma: 'agreed' }),
    );

    // Every lemma and every place is words of the text as it stands, and an entry has one or the other.
    for (const result of [subGroups, migration]) {
      for (const e of result.apparatus) {
        if (e.lemma !== null) {
          expect(result.text).toContain(e.lemma);
          expect(e.after).toBeNull();
        }
        if (e.after !== null) expect(result.text!.toLowerCase()).toContain(e.after.toLowerCase());
      }
    }
  });

  test('words of the text a witness does not have are listed as its omissions (three reports, on the next round)', () => {
    // From reading: the republished report ends "in Washington."; IANS and India News Network go on "in Washington DC
    // at a mutually convenient date", which the text keeps. The republished report lacks those words, and no other
    // witness lacks any word of "Both … agreed … the next round …" that the text keeps.
    const result = collate([
      reading(
        'khatrimaza-republication',
        'Both sides agreed to hold the next round of the senior officials’ dialogue in Washington.',
      ),
      reading(
        'ians-menafn',
        "Both sides agreed to hold the next round of the Senior Officials' Homeland Security Dialogue in Washington DC at a mutually convenient date.",
      ),
      reading(
        'india-news-network',
        'Both parties have agreed to continue this constructive dialogue with the next round of discussions scheduled to take place in Washington DC at a mutually convenient date.',
      ),
    ]);
    expect(result.text).toContain('in Washington DC at a mutually convenient date.');
    const lacks = result.apparatus.filter((e) => e.type === 'lacks');
    expect(lacks).toContainEqual({
      witnesses: ['khatrimaza-republication'],
      words: 'DC at a mutually convenient date',
      type: 'lacks',
      lemma: 'DC at a mutually convenient date',
      after: null,
    });
    expect(lacks.filter((e) => e.witnesses.includes('ians-menafn'))).toEqual([]);
    // The apparatus is in the text's order: each entry's place comes no earlier than the one before it.
    const at = (e: (typeof result.apparatus)[number]) =>
      e.lemma !== null ? result.text!.indexOf(e.lemma) : e.after === null ? 0 : result.text!.indexOf(e.after);
    const places = result.apparatus.map(at);
    expect(places.every((p) => p >= 0)).toBe(true);
    expect(places).toEqual([...places].sort((x, y) => x - y));
  });

  test('one entry a variant: the same words at the same place, with every witness that has them', () => {
    const result = collate([
      reading('a', 'The ministers agreed to expand the joint patrol in the northern sea.'),
      reading('b', 'The ministers agreed to expand the joint patrol in the northern sea.'),
      reading('c', 'The ministers agreed to expand the patrol in the sea.'),
      reading('d', 'The ministers agreed to expand the patrol in the sea, officials said.'),
    ]);
    expect(result.text).toBe('The ministers agreed to expand the joint patrol in the northern sea.');
    expect(result.apparatus.filter((e) => e.type === 'lacks')).toEqual([
      { witnesses: ['c', 'd'], words: 'joint', type: 'lacks', lemma: 'joint', after: null },
      { witnesses: ['c', 'd'], words: 'northern', type: 'lacks', lemma: 'northern', after: null },
    ]);
    // What only d adds stays d's alone.
    expect(result.apparatus.filter((e) => e.type === 'adds').map((e) => e.witnesses)).toEqual([['d']]);
  });

  test('where every reading of a point is a credit, none is taken', () => {
    const result = collate([
      reading('a', 'The fisheries ministry said the ministers agreed to expand the patrol.'),
      reading('b', 'The coast guard department stated the ministers agreed to expand the patrol.'),
    ]);
    expect(result.text).toBe('The ministers agreed to expand the patrol.');
    expect(result.apparatus.map((e) => [e.witnesses, e.words, e.type])).toEqual(
      expect.arrayContaining([
        [['a'], 'The fisheries ministry said', 'only'],
        [['b'], 'The coast guard department stated', 'adds'],
      ]),
    );
  });

  test('a rewording does not vote, and with fewer than two copies there is no text', () => {
    const withRewording = collate([
      reading('a', 'The ministers agreed to expand the patrol.'),
      reading('b', 'The ministers agreed to expand the patrol at once.'),
      reading('c', 'An expansion of the patrol was what the ministers settled on at once.', true),
    ]);
    // "at once" is b's alone among the voters; c's rewording does not make it a majority.
    expect(withRewording.text).toBe('The ministers agreed to expand the patrol.');
    const none = collate([reading('a', 'The ministers agreed.'), reading('c', 'Agreement was reached by them.', true)]);
    expect(none.text).toBeNull();
  });
});
