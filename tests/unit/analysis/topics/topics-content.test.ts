/** The topic files themselves: the closed list the reports are compared on, and the schema's answers to good and bad input. */
import { describe, expect, test } from 'vitest';
import { topicSchema } from '../../../../src/lib/analysis/topics/topic-schema.ts';
import { loadTopics } from '../../../helpers/content.ts';

describe('content/topics/', () => {
  const topics = loadTopics();

  test('holds exactly the eighteen topics, in the order the comparison shows them', () => {
    expect([...topics].sort((a, b) => a.data.order - b.data.order).map((t) => t.id)).toEqual([
      'counterterrorism',
      'counternarcotics',
      'fentanyl-precursors',
      'customs',
      'cybercrime',
      'irregular-migration',
      'legal-migration',
      'smuggling-trafficking',
      'illicit-finance',
      'organised-crime',
      'training-moc',
      'law-enforcement-cooperation',
      'transportation-security',
      'khalistan-pannun',
      'extradition',
      'biometrics',
      'next-round',
      'dialogue-history',
    ]);
  });

  test('no two topics share a row', () => {
    const orders = topics.map((t) => t.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('topicSchema', () => {
  const good = { title: 'T', label: 'L', definition: 'D.', order: 1, terms: ['a', { phrase: 'b*', with: ['c'] }] };

  test('accepts a good topic and defaults exclude to []', () => {
    expect(topicSchema.parse(good)).toEqual({ ...good, exclude: [] });
  });

  test.each([
    [{ ...good, terms: [] }, 'terms needs at least one phrase'],
    [{ ...good, terms: ['*'] }, 'a * must end a word'],
    [{ ...good, terms: [{ phrase: 'x', with: [] }] }, 'with needs at least one phrase'],
    [{ ...good, exclude: ['… x'] }, '… must stand between two words'],
    [{ ...good, order: 1.5 }, 'order must be a whole number'],
    [{ ...good, order: 0 }, 'order must be 1 or more'],
    [{ ...good, title: '' }, 'title must not be empty'],
    [{ ...good, colour: 'red' }, '\\"colour\\" is not a field of a topic; check its spelling'],
    [{ ...good, terms: [{ phrase: 'x', wth: ['y'] }] }, ''],
  ])('refuses %j', (input, message) => {
    const result = topicSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});
