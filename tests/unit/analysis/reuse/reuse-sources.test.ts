/**
 * Text reuse on the five real reports (read through the real MDX pipeline), against what a reader of them knows:
 * the wire story and the republished report both copy the Indian Home Ministry's readout most closely; India News
 * Network paraphrases the same readout; TFIPost rewrites the DHS readout, and nothing else repeats its wording.
 * These are facts about the five: they hold whatever other reports content/sources holds, which are analysed with
 * them but not named here.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { analyseReuse, containment, rankPairs, type ReuseAnalysis } from '../../../../src/lib/analysis/reuse/reuse.ts';
import type { Article } from '../../../../src/lib/content/article.ts';
import { realArticles } from '../../../helpers/content.ts';

let articles: Map<string, Article>;
let reuse: ReuseAnalysis;

beforeAll(async () => {
  articles = await realArticles();
  reuse = analyseReuse([...articles].map(([id, article]) => ({ id, paragraphs: article.paragraphs })));
});

const pairName = (a: string, b: string) => [a, b].sort().join(' + ');
const FIVE = ['dhs-readout', 'ians-menafn', 'india-news-network', 'khatrimaza-republication', 'tfipost'];
const amongFive = (p: { a: string; b: string }) => FIVE.includes(p.a) && FIVE.includes(p.b);

describe('the five reports', () => {
  test('the five are all analysed, with every other report in the folder', () => {
    expect([...articles.keys()]).toEqual(expect.arrayContaining(FIVE));
    expect([...reuse.documents].sort()).toEqual([...articles.keys()].sort());
  });

  test('of the pairs among the five, the wire story and the republished report share the most wording; the wire story and India News Network next', () => {
    const ranked = rankPairs(reuse)
      .filter(amongFive)
      .map((p) => pairName(p.a, p.b));
    expect(ranked.slice(0, 2)).toEqual([
      pairName('ians-menafn', 'khatrimaza-republication'),
      pairName('ians-menafn', 'india-news-network'),
    ]);
  });

  test('what of the DHS readout reappears anywhere reappears in TFIPost’s rewrite', () => {
    const others = ['ians-menafn', 'india-news-network', 'khatrimaza-republication'];
    const inTfipost = containment(reuse, 'dhs-readout', 'tfipost');
    expect(inTfipost).toBeGreaterThan(0);
    for (const other of others) expect(containment(reuse, 'dhs-readout', other)).toBeLessThan(inTfipost);
  });

  test.each([
    // Read in the texts: the wording the three Indian reports share with the Home Ministry's readout…
    ['ians-menafn', 'khatrimaza-republication', 'Sardar Vallabhbhai Patel National Police Academy'],
    ['ians-menafn', 'india-news-network', 'in Washington DC at a mutually convenient date'],
    ['ians-menafn', 'khatrimaza-republication', 'steps that can be taken to bolster bilateral efforts to combat'],
    // …and the sentences TFIPost keeps from the DHS readout.
    ['dhs-readout', 'tfipost', 'joint efforts to address drug regulatory issues'],
    ['dhs-readout', 'tfipost', 'The Homeland Security Dialogue acknowledged the'],
  ])('%s and %s share “%s”', (a, b, words) => {
    const pair = reuse.pairs.find((p) => pairName(p.a, p.b) === pairName(a, b))!;
    expect(pair.passages!.some((p) => p.a.text.includes(words) || p.b.text.includes(words))).toBe(true);
  });

  test('every passage is word for word in the paragraph it names, in both reports', () => {
    let amongTheFive = 0;
    for (const pair of reuse.pairs) {
      for (const passage of pair.passages!) {
        for (const [slug, side] of [
          [pair.a, passage.a],
          [pair.b, passage.b],
        ] as const) {
          const paragraph = articles.get(slug)!.paragraphs.find((p) => p.anchor === side.anchor)!;
          expect(paragraph.text.slice(side.start, side.end)).toBe(side.text);
          if (side.sentence) expect(side.sentence.startsWith(`${side.anchor}-s`)).toBe(true);
          if (amongFive(pair)) amongTheFive++;
        }
      }
    }
    expect(amongTheFive).toBeGreaterThan(50);
  });
});
