/**
 * A common source's id and label are both made from what its credits name (src/lib/analysis/derivation/labels.ts):
 * the id never from the English label, so rewording the label cannot change an address.
 */
import { describe, expect, test } from 'vitest';
import {
  commonSourceId,
  creditedName,
  distinctLabels,
  labelFrom,
  ordinal,
} from '../../../../src/lib/analysis/derivation/labels.ts';

describe('creditedName', () => {
  test('the document noun most credits use, and the organisation after "from"/"of"', () => {
    expect(
      creditedName([
        { credited: 'a readout from the Ministry of Home Affairs' },
        { credited: 'the Ministry of Home Affairs statement' },
        { credited: 'the readout of the Ministry of Home Affairs' },
      ]),
    ).toEqual({ document: 'readout', organisation: 'Ministry of Home Affairs' });
  });

  test('a credit that names no organisation gives the document alone; none gives nothing', () => {
    expect(creditedName([{ credited: 'an official statement' }])).toEqual({
      document: 'statement',
      organisation: null,
    });
    expect(creditedName([])).toEqual({ document: null, organisation: null });
  });
});

describe('commonSourceId and labelFrom', () => {
  test.each([
    [
      { document: 'readout', organisation: 'Ministry of Home Affairs' },
      'readout-ministry-of-home-affairs',
      'the readout credited to the Ministry of Home Affairs',
    ],
    [
      { document: null, organisation: 'US Homeland Security' },
      'text-us-homeland-security',
      'a text credited to the US Homeland Security',
    ],
    [{ document: 'statement', organisation: null }, 'statement', 'the statement the reports credit'],
    [{ document: null, organisation: null }, 'unknown-common-source', null],
  ])('%o: id %s, label %s', (name, id, label) => {
    expect(commonSourceId(name)).toBe(id);
    expect(labelFrom(name)).toBe(label);
  });
});

describe('distinctLabels', () => {
  test('common sources that would share a label are told apart, in their order; the others keep theirs', () => {
    expect(
      distinctLabels([
        'an unknown common source',
        'the readout credited to the Ministry of Home Affairs',
        'an unknown common source',
        'the readout the reports credit',
        'an unknown common source',
        'the readout the reports credit',
      ]),
    ).toEqual([
      'an unknown common source',
      'the readout credited to the Ministry of Home Affairs',
      'a second unknown common source',
      'the readout the reports credit',
      'a third unknown common source',
      'a second readout the reports credit',
    ]);
  });

  test('ordinals in words to tenth, then in figures', () => {
    expect([2, 3, 10, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      'second',
      'third',
      'tenth',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
  });
});
