/**
 * A reading's keys (src/lib/analysis/collation/tokens.ts, keysOfTokens): its words' stems, its credit left out, one
 * list per tokenised text so that the diffs between two readings' lists are found again by the lists themselves.
 * Expected keys worked out by hand (Porter stems: "sides" → "side").
 */
import { describe, expect, test } from 'vitest';
import { keysOfTokens, tokens } from '../../../../src/lib/analysis/collation/tokens.ts';

describe('keysOfTokens', () => {
  test('the words’ keys, the credit left out', () => {
    expect(keysOfTokens(tokens('The Indian readout said the two sides met.'))).toEqual(['the', 'two', 'side', 'met']);
  });

  test('one list for one text, asked twice', () => {
    const text = 'The two sides agreed to expand the fisheries patrol.';
    expect(keysOfTokens(tokens(text))).toBe(keysOfTokens(tokens(text)));
  });
});
