/**
 * Collation of one statement's readings (src/lib/analysis/collation/collate.ts): the best witness's reading as base,
 * a word changed only where independent witnesses agree against it, copies counted once, every other reading in the
 * apparatus with its place. Expected values come from reading the sentences.
 */
import { describe, expect, test } from 'vitest';
import { collate } from '../../../../src/lib/analysis/collation/index.ts';

const reading = (witness: string, text: string, reworded = false) => ({ witness, text, reworded });

/** Sentences of the two reports that credit the Indian readout, as they carry its statements. */
const REPUBLISHED = {
  migration:
    'The Indian readout said the two sides reaffirmed their commitment to strengthening people-to-people ties by taking steps to enable safe and legal migration and to counter illegal migration and human trafficking.',
};

describe('collate', () => {
  test('the base is the best-ranked witness’s reading, not the shortest', () => {
    const close = 'The two ministers agreed to expand the joint fisheries patrol in the northern sea.';
    const result = collate(
      [
        reading('condensed', 'Ministers agreed to expand patrols.'),
        reading('close', close),
        reading('second', 'The two ministers agreed to expand the joint fisheries patrol in the northern waters.'),
      ],
      { rank: ['close', 'second', 'condensed'] },
    );
    expect(result.base).toBe('close');
    expect(result.text).toBe(close);
  });

  test('words two witnesses agree on that go on with a sentence the base ends: the sentence ends after them', () => {
    const result = collate(
      [
        reading('base', 'The ministers met in Bergen to review the quota treaty.'),
        reading('b', 'The ministers met in Bergen to review the quota treaty for the northern cod stocks.'),
        reading('c', 'The ministers met in Bergen to review the quota treaty for the northern cod stocks.'),
      ],
      { rank: ['base', 'b', 'c'] },
    );
    expect(result.text).toBe('The ministers met in Bergen to review the quota treaty for the northern cod stocks.');
    // A sentence the others add after the base's is a sentence of its own: the base's full stop stays.
    const added = collate(
      [
        reading('base', 'The ministers met in Bergen.'),
        reading('b', 'The ministers met in Bergen. They signed a memorandum.'),
        reading('c', 'The ministers met in Bergen. They signed a memorandum.'),
      ],
      { rank: ['base', 'b', 'c'] },
    );
    expect(added.text).toBe('The ministers met in Bergen. They signed a memorandum.');
  });

  test('a word is changed where two independent witnesses agree against the base, and not where one does', () => {
    const result = collate(
      [
        reading('base', 'The two sides agreed to expand the fisheries patrol in the northern sea.'),
        reading('b', 'The two sides agreed to expand the joint fisheries patrol in the northern sea.'),
        reading('c', 'The two sides agreed to expand the joint fisheries patrol in the north sea.'),
      ],
      { rank: ['base', 'b', 'c'] },
    );
    // "joint": b and c (two of three) against the base; "north": c alone.
    expect(result.text).toBe('The two sides agreed to expand the joint fisheries patrol in the northern sea.');
    expect(result.apparatus).toContainEqual({
      witnesses: ['base'],
      words: 'joint',
      type: 'lacks',
      lemma: 'joint',
      after: null,
    });
    expect(result.apparatus).toContainEqual({
      witnesses: ['c'],
      words: 'north',
      type: 'reads',
      lemma: 'northern',
      after: null,
    });
  });

  test('two witnesses that read a word otherwise agree on it even where one of them adds a word after it', () => {
    // b reads "through" for "via"; c reads "through the": both replace "via" with "through", and only c adds "the".
    const result = collate(
      [
        reading('base', 'The agencies will work together via exchange of information and joint training.'),
        reading('b', 'The agencies will work together through exchange of information and joint training.'),
        reading('c', 'The agencies will work together through the exchange of information and joint training.'),
      ],
      { rank: ['base', 'b', 'c'] },
    );
    expect(result.text).toBe('The agencies will work together through exchange of information and joint training.');
    expect(result.apparatus).toContainEqual({
      witnesses: ['base'],
      words: 'via',
      type: 'reads',
      lemma: 'through',
      after: null,
    });
    expect(result.apparatus).toContainEqual({
      witnesses: ['c'],
      words: 'the',
      type: 'adds',
      lemma: null,
      after: 'through',
    });
  });

  test('a single word the witnesses agree to leave out or read otherwise is gone from the text', () => {
    const agreed = 'The two sides agreed to expand the patrol through the northern sea.';
    const result = collate(
      [
        reading('base', 'The two sides agreed to expand the joint patrol via the northern sea.'),
        reading('b', agreed),
        reading('c', agreed),
      ],
      { rank: ['base', 'b', 'c'] },
    );
    expect(result.text).toBe(agreed);
  });

  test('agreement in adding or leaving out short words alone is chance: the base’s words stand', () => {
    // b and c both smooth the list with "and to", and both drop "the" before "coast guards": changes that copyists
    // make each on their own. "joint", a word of its own, is still taken where they agree on it.
    const base = 'They agreed to enable safe and legal migration, counter illegal migration and help the coast guards.';
    const agreed =
      'They agreed to enable safe and legal migration and to counter illegal migration and help coast guards.';
    const result = collate(
      [reading('base', base), reading('b', agreed), reading('c', agreed.replace('help', 'help joint'))],
      { rank: ['base', 'b', 'c'] },
    );
    expect(result.text).toBe(base);
    expect(result.apparatus).toContainEqual(
      expect.objectContaining({ witnesses: ['b', 'c'], words: 'and to', type: 'adds' }),
    );
    const withJoint = base.replace('help', 'help joint');
    const joint = collate(
      [reading('base', base), reading('b', withJoint), reading('c', withJoint.replace(', counter', ' and to counter'))],
      { rank: ['base', 'b', 'c'] },
    );
    expect(joint.text).toBe(withJoint);
  });

  test('two copies of one witness count once', () => {
    const readings = [
      reading('base', 'The two sides agreed to expand the fisheries patrol in the northern sea.'),
      reading('wire', 'The two sides agreed to expand the joint fisheries patrol in the northern sea.'),
      reading('wire-copy', 'The two sides agreed to expand the joint fisheries patrol in the northern sea.'),
    ];
    const rank = ['base', 'wire', 'wire-copy'];
    // As three independent witnesses, the two copies outvote the base; as one (a copy and its original), they cannot.
    expect(collate(readings, { rank }).text).toContain('joint');
    const once = collate(readings, { rank, copyOf: new Map([['wire-copy', 'wire']]) });
    expect(once.text).toBe('The two sides agreed to expand the fisheries patrol in the northern sea.');
    expect(once.apparatus).toContainEqual(
      expect.objectContaining({ witnesses: ['wire', 'wire-copy'], words: 'joint', type: 'adds' }),
    );
  });

  test('a reading never drops a word on which all witnesses agree, and no sentence loses its verb', () => {
    // Each reading lacks different words; "concluded", "signing", "memorandum" and "cooperation" are in all three.
    const readings = [
      reading('a', 'The dialogue concluded with the signing of a memorandum on cyber cooperation.'),
      reading('b', 'The dialogue concluded with signing of a memorandum on cooperation.'),
      reading('c', 'The talks concluded with the signing of a memorandum on cooperation in cyber security.'),
    ];
    for (const rank of [
      ['a', 'b', 'c'],
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
    ]) {
      const text = collate(readings, { rank }).text!;
      for (const word of ['concluded', 'signing', 'memorandum', 'cooperation']) expect(text).toContain(word);
    }
  });

  test('no statement is left without text: a single reading, or readings that all reword it', () => {
    expect(collate([reading('only', 'The ministers met in Lisbon.')]).text).toBe('The ministers met in Lisbon.');
    const reworded = collate(
      [reading('x', 'Lisbon hosted the ministers.', true), reading('y', 'The ministers gathered in Lisbon.', true)],
      { rank: ['y', 'x'] },
    );
    expect(reworded.text).toBe('The ministers gathered in Lisbon.');
    expect(reworded.base).toBe('y');
  });

  test('the base’s own credit is left out of the text and listed under it (the republished report)', () => {
    const result = collate([reading('khatrimaza-republication', REPUBLISHED.migration)]);
    expect(result.text).toBe(
      'The two sides reaffirmed their commitment to strengthening people-to-people ties by taking steps to enable safe and legal migration and to counter illegal migration and human trafficking.',
    );
    expect(result.apparatus).toContainEqual({
      witnesses: ['khatrimaza-republication'],
      words: 'The Indian readout said',
      type: 'only',
      lemma: null,
      after: null,
    });
  });

  test('a rewording does not vote: its words never change the base', () => {
    const result = collate(
      [
        reading('base', 'The two sides agreed to expand the fisheries patrol.'),
        reading('p', 'The two sides decided to widen the joint fisheries patrol.', true),
        reading('q', 'The two sides decided to widen the joint fisheries patrol.', true),
      ],
      { rank: ['base', 'p', 'q'] },
    );
    expect(result.text).toBe('The two sides agreed to expand the fisheries patrol.');
    expect(result.apparatus).toEqual([]);
  });

  test('the same words divided otherwise are no difference', () => {
    const result = collate(
      [
        reading('a', 'They held meetings of sub-groups set up under the dialogue.'),
        reading('b', 'They held meetings of sub-groups set-up under the dialogue.'),
      ],
      { rank: ['a', 'b'] },
    );
    expect(result.apparatus).toEqual([]);
    expect(result.agreement).toBe(1);
  });

  test('each difference says where it stands: its lemma, or the words it follows', () => {
    const result = collate(
      [
        reading('a', 'They discussed ways to counter money laundering and terror financing.'),
        reading('b', 'They also discussed ways to counter money laundering and terror financing.'),
        reading('c', 'They discussed means to counter money laundering and terror financing.'),
      ],
      { rank: ['a', 'b', 'c'] },
    );
    expect(result.text).toBe('They discussed ways to counter money laundering and terror financing.');
    expect(result.apparatus).toEqual([
      { witnesses: ['b'], words: 'also', type: 'adds', lemma: null, after: 'They' },
      { witnesses: ['c'], words: 'means', type: 'reads', lemma: 'ways', after: null },
    ]);
  });

  describe('a witness’s own additions stay out, listed under it', () => {
    const interest = 'The ministers reiterated their interest in joint patrols.';
    test('an opening phrase and a lone modifier that the other witness lacks, with nothing in their place', () => {
      const result = collate(
        [
          reading('a', 'Going further, the ministers reiterated their keen interest in joint patrols.'),
          reading('b', interest),
        ],
        { rank: ['a', 'b'] },
      );
      expect(result.text).toBe(interest);
      expect(result.apparatus).toEqual([
        { witnesses: ['a'], words: 'Going further,', type: 'only', lemma: null, after: null },
        { witnesses: ['a'], words: 'keen', type: 'only', lemma: null, after: 'their' },
      ]);
    });

    test('a copy of the base is the same witness: its words do not keep the addition', () => {
      const keen = 'The ministers reiterated their keen interest in joint patrols.';
      const readings = [reading('a', keen), reading('a-copy', keen), reading('b', interest)];
      const rank = ['a', 'a-copy', 'b'];
      expect(collate(readings, { rank, copyOf: new Map([['a-copy', 'a']]) }).text).toBe(interest);
      // As an independent witness, the second has "keen" too: it is no one witness's addition.
      expect(collate(readings, { rank }).text).toBe(keen);
    });

    test('a word another witness has anywhere, a rewording’s included, stays', () => {
      const keen = 'The ministers reiterated their keen interest in joint patrols.';
      const result = collate(
        [reading('a', keen), reading('b', interest), reading('c', 'Both sides were keen on patrols together.', true)],
        { rank: ['a', 'b', 'c'] },
      );
      expect(result.text).toBe(keen);
    });

    test('only the witnesses whose omissions count leave words out: two paraphrases that lack a word do not drop it', () => {
      // A close copy keeps "keen" and "joint"; two looser witnesses lack both, each with nothing in its place, and
      // agree on "through" for "via". Condensing drops words as a matter of course: their omissions do not count,
      // their agreed substitution does, and the close copy's opening phrase is still its own.
      const close =
        'Going further, the two sides reiterated their keen interest in the joint patrol via the northern sea.';
      const loose = 'The two sides reiterated their interest in the patrol through the northern sea.';
      const readings = [reading('close', close), reading('b', loose), reading('c', loose)];
      const rank = ['close', 'b', 'c'];
      expect(collate(readings, { rank, omitting: new Set(['close']) }).text).toBe(
        'The two sides reiterated their keen interest in the joint patrol through the northern sea.',
      );
      // Where their omissions count (as when no witness is named), the text takes them.
      expect(collate(readings, { rank }).text).toBe(loose);
      expect(collate(readings, { rank, omitting: new Set(['close', 'b', 'c']) }).text).toBe(loose);
    });

    test('a run that may hold the verb, or is neither an opening phrase nor a modifier, stays', () => {
      const memorandum = 'The ministers signed a memorandum.';
      const expected = 'As was expected, the ministers signed a memorandum.';
      expect(collate([reading('a', expected), reading('b', memorandum)], { rank: ['a', 'b'] }).text).toBe(expected);
      const longer = 'The ministers signed a memorandum on patrols in Bergen.';
      expect(collate([reading('a', longer), reading('b', memorandum)], { rank: ['a', 'b'] }).text).toBe(longer);
    });
  });
});
