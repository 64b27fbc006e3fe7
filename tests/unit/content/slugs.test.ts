import { describe, expect, test } from 'vitest';
import { createIdGenerator, isSlug, slugOfEntryPath, slugify } from '../../../src/lib/content/slugs.ts';

describe('slugs', () => {
  test.each([
    ['dhs-readout', true],
    ['ians-menafn', true],
    ['a1', true],
    ['Dhs-readout', false],
    ['dhs--readout', false],
    ['-dhs', false],
    ['dhs readout', false],
    ['', false],
  ])('isSlug(%j) is %s', (value, expected) => expect(isSlug(value)).toBe(expected));

  test('the slug is the file name without folders or extension', () => {
    expect(slugOfEntryPath('2024/dhs-readout.mdx')).toBe('dhs-readout');
  });

  test.each([
    ['India, US stand ready against narcotics, terrorism', 'india-us-stand-ready-against-narcotics-terrorism'],
    ['India’s “key pillar”: Ñandú & Co.', 'indias-key-pillar-nandu-co'],
  ])('slugify(%j)', (title, expected) => expect(slugify(title)).toBe(expected));

  test('slugify cuts long titles at a word boundary', () => {
    const slug = slugify('Counterterrorism, narcotics and illegal immigration in focus at India-US dialogue', 40);
    expect(slug).toBe('counterterrorism-narcotics-and-illegal');
  });

  test('the id generator refuses a bad file name, naming the file', () => {
    const generate = createIdGenerator('content/sources');
    expect(() => generate({ entry: 'Bad Name.mdx' })).toThrow(/content\/sources\/Bad Name\.mdx.*lowercase/);
  });

  test('the id generator refuses a second file with the same slug, naming both', () => {
    const generate = createIdGenerator('content/sources');
    expect(generate({ entry: 'tfipost.mdx' })).toBe('tfipost');
    expect(generate({ entry: 'tfipost.mdx' })).toBe('tfipost');
    expect(() => generate({ entry: '2024/tfipost.mdx' })).toThrow(
      'content/sources/2024/tfipost.mdx: duplicate slug "tfipost": content/sources/tfipost.mdx already uses it',
    );
  });
});
