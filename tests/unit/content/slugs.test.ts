import { describe, expect, test } from 'vitest';
import { createIdGenerator, isPageNumber, isSlug, slugOfEntryPath, slugify } from '../../../src/lib/content/slugs.ts';

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

  test.each([
    ['2', true],
    ['2024', true],
    ['0', true],
    ['report-2', false],
    ['2024-readout', false],
    ['a1', false],
  ])('isPageNumber(%j) is %s', (value, expected) => expect(isPageNumber(value)).toBe(expected));

  test('where a list in pages shares the folder, the id generator refuses a number alone, naming the file', () => {
    const generate = createIdGenerator('content/sources', '/sources/');
    expect(() => generate({ entry: '2024/2.mdx' })).toThrow(
      'content/sources/2024/2.mdx: the file name "2" is the page address (slug) and must not be a number alone: ' +
        '/sources/2/, /sources/3/ and on are the pages of the list; add a word, e.g. "report-2"',
    );
    expect(generate({ entry: '2024-readout.mdx' })).toBe('2024-readout');
    // Elsewhere a number is a slug like any other: an official's or a topic's pages are under its own folder.
    expect(createIdGenerator('content/officials')({ entry: '2.yaml' })).toBe('2');
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
