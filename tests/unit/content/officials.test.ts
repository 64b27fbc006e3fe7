/** Where each report gives an official's title (src/lib/content/officials.ts). */
import { expect, test } from 'vitest';
import { titleMention } from '../../../src/lib/content/officials.ts';
import { article } from '../../helpers/articles.ts';

const bhalla = { names: ['Ajay Bhalla', 'Bhalla'] };

test('the title is cited where it stands next to the name, not where it first appears', () => {
  const text = article(
    ['The Home Secretary chairs many meetings.'],
    ['It rained.', 'Home Secretary Ajay Bhalla led the Indian side.'],
  );
  expect(titleMention(bhalla, 'wire', 'Home Secretary', text)).toEqual({
    source: 'wire',
    title: 'Home Secretary',
    anchor: 'p2',
    paragraph: 2,
    sentence: 'p2-s2',
    context: 'Home Secretary Ajay Bhalla led the Indian side.',
    start: 0,
    end: 14,
  });
});

test('without the name nearby, the first sentence that has the title', () => {
  const text = article(['It rained.'], ['The Home Secretary spoke.']);
  expect(titleMention(bhalla, 'wire', 'Home Secretary', text)).toMatchObject({ sentence: 'p2-s1', start: 4, end: 18 });
});

test('a title that runs across sentences is cited by its paragraph', () => {
  const text = article(['He is Home.', 'Secretary Bhalla spoke.']);
  expect(titleMention(bhalla, 'wire', 'Home. Secretary', text)).toMatchObject({
    anchor: 'p1',
    sentence: null,
    start: 6,
  });
  expect(titleMention(bhalla, 'wire', 'Minister', text)).toBeNull();
});
