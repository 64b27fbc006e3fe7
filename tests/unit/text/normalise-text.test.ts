import { describe, expect, test } from 'vitest';
import { canonicalWord, joinInitialisms, normaliseForMatching } from '../../../src/lib/text/normalise-text.ts';
import { foldCharacters, matchingWords } from '../../../src/lib/text/words.ts';

describe('foldCharacters', () => {
  test.each([
    ['Customs', 'customs'],
    ['India’s', "india's"],
    ['didn‘t', "didn't"],
    ['counter‐terrorism', 'counter-terrorism'], // U+2010 hyphen
    ['counter–terrorism', 'counter-terrorism'], // en dash
    ['counter—terrorism', 'counter-terrorism'], // em dash
    ['ﬁnancing', 'financing'], // NFKC ligature
  ])('%s -> %s', (input, expected) => {
    expect(foldCharacters(input)).toBe(expected);
  });
});

describe('matchingWords', () => {
  test.each([
    ['Counter-Terrorism', ['counter', 'terrorism']],
    ['India’s National Police Academy', ['india', 'national', 'police', 'academy']],
    ["Officials' Homeland", ['officials', 'homeland']],
    ['didn’t figure', ["didn't", 'figure']],
    ['the 26/11 Mumbai attacks', ['the', '26', '11', 'mumbai', 'attacks']],
    ['H-1B visas', ['h', '1b', 'visas']],
    ['(SFJ) leader', ['sfj', 'leader']],
    ['U.S.-India', ['u', 's', 'india']],
  ])('%s', (input, expected) => {
    expect(matchingWords(input)).toEqual(expected);
  });
});

describe('canonicalWord: British and American spellings meet', () => {
  test.each([
    ['organized', 'organised'],
    ['organised', 'organised'],
    ['organization', 'organisation'],
    ['organizations', 'organisations'],
    ['institutionalizes', 'institutionalises'],
    ['recognizing', 'recognising'],
    ['analyze', 'analyse'],
    ['paralyzed', 'paralysed'],
    ['labour', 'labor'],
    ['labor', 'labor'],
    ['honoured', 'honored'],
    ['favourable', 'favorable'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['centred', 'centered'],
    ['theatre', 'theater'],
    ['metre', 'meter'],
    ['dialogue', 'dialog'],
    ['dialogues', 'dialogs'],
    ['defence', 'defense'],
    ['programme', 'program'],
    ['travelled', 'traveled'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalWord(input)).toBe(expected);
  });

  test.each(['four', 'your', 'hour', 'size', 'seized', 'citizens', 'prize', 'tre', 'terrorism', 'customs'])(
    'leaves short or unrelated words alone: %s',
    (word) => {
      expect(canonicalWord(word)).toBe(word);
    },
  );
});

describe('normaliseForMatching', () => {
  test('canonical words between single spaces, a space at each end', () => {
    expect(normaliseForMatching('Transnational Organized-Crime networks, India’s Centre.')).toBe(
      ' transnational organised crime networks india center ',
    );
  });
  test('the same text in British and American spelling normalises alike', () => {
    expect(normaliseForMatching('organised crime at the Training Centre')).toBe(
      normaliseForMatching('Organized Crime at the Training Center'),
    );
  });
});

describe('joinInitialisms', () => {
  test.each([
    ['the U.S. Department', 'the US Department'],
    ['India-U.S. Senior Officials', 'India-US Senior Officials'],
    ['in Washington D.C. at a date', 'in Washington DC at a date'],
    ['U.S.-India ties', 'US-India ties'],
  ])('%s -> %s', (text, joined) => {
    expect(joinInitialisms(text)).toBe(joined);
  });

  test.each(['e.g. a list', 'J. K. Rowling', 'No. 10', 'the US and India', 'Ph.D. holders'])(
    '%s is left alone',
    (text) => {
      expect(joinInitialisms(text)).toBe(text);
    },
  );
});
