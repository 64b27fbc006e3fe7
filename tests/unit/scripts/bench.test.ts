/**
 * The pure parts of npm run bench (scripts/lib/bench.ts): the synthetic reports and the figures. The benchmark itself
 * (scripts/bench.ts) takes minutes and is run by hand; README.md, "Performance", has its figures.
 */
import { describe, expect, test } from 'vitest';
import { renderSourceMdx } from '../../../scripts/lib/add-source.ts';
import {
  articleOfParagraphs,
  formatBytes,
  generateSyntheticReports,
  paraphrase,
  growthExponent,
  median,
  officialsNamed,
  pagesBuilt,
  reword,
  seededRandom,
  summaryLine,
} from '../../../scripts/lib/bench.ts';
import { isPartialDate, parsePartialDate } from '../../../src/lib/content/dates.ts';
import { isSlug } from '../../../src/lib/content/slugs.ts';
import { pool, vocabulary } from '../../helpers/bench-pool.ts';
import { articleOf } from '../../helpers/articles.ts';

describe('the synthetic reports', () => {
  const reports = generateSyntheticReports(pool, vocabulary, 60, 7);

  test('are as many as asked, numbered, and the same for the same seed', () => {
    expect(reports).toHaveLength(60);
    expect(reports[0]!.slug).toBe('bench-00001');
    expect(reports.every((r) => isSlug(r.slug))).toBe(true);
    expect(generateSyntheticReports(pool, vocabulary, 60, 7)).toEqual(reports);
    expect(generateSyntheticReports(pool, vocabulary, 60, 8)).not.toEqual(reports);
  });

  test('ten times as many with the same seed begin with the same ones', () => {
    expect(generateSyntheticReports(pool, vocabulary, 600, 7).slice(0, 60)).toEqual(reports);
  });

  test('have valid frontmatter, and list exactly the officials their text names', () => {
    for (const r of reports) {
      expect(isPartialDate(parsePartialDate(r.frontmatter.date))).toBe(true);
      expect(vocabulary.outlets).toContain(r.frontmatter.outlet);
      const text = r.paragraphs.join('\n');
      for (const official of vocabulary.officials) {
        const named = official.names.some((n) => text.includes(n));
        expect(r.frontmatter.officials.includes(official.slug)).toBe(named);
      }
    }
    expect(reports.some((r) => r.frontmatter.officials.length > 0)).toBe(true);
  });

  test('come in families that share passages, and differ between families', () => {
    const families = new Set(reports.map((r) => r.family));
    expect(families.size).toBeGreaterThan(8);
    expect(families.size).toBeLessThan(31);
    const [a, b] = reports.filter((r) => r.family === 1);
    const sharedSentences = (x: string[], y: string[]) => {
      const sentences = new Set(x.flatMap((p) => p.split(/(?<=\.) /)));
      return y.flatMap((p) => p.split(/(?<=\.) /)).filter((s) => sentences.has(s)).length;
    };
    expect(sharedSentences(a!.paragraphs, b!.paragraphs)).toBeGreaterThan(0);
    const otherFamily = reports.find((r) => r.family === 2)!;
    const originalSentences = pool.flatMap((p) => p.paragraphs.flat()).filter((s) => s.split(' ').length > 12);
    const verbatim = originalSentences.filter(
      (s) => a!.paragraphs.join(' ').includes(s) && otherFamily.paragraphs.join(' ').includes(s),
    );
    expect(verbatim).toEqual([]);
  });

  test('render through the real MDX compiler to exactly their paragraphs', async () => {
    for (const r of reports.slice(0, 5)) {
      const body = renderSourceMdx(r.frontmatter, r.paragraphs).split('\n---\n')[1]!;
      const article = await articleOf(body);
      expect(article.paragraphs.map((p) => p.text)).toEqual(r.paragraphs);
      expect(articleOfParagraphs(r.paragraphs)).toEqual(article);
    }
  });
});

describe('rewording', () => {
  test('keeps every name whole and every original word in order', () => {
    const sentence =
      'Home Secretary Ajay Bhalla of the Ministry of Home Affairs met Kristie Canegallo, the U.S. acting deputy secretary, and the two sides agreed to combat drug trafficking and money laundering.';
    const random = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const out = reword(sentence, random, 0.6);
      for (const name of ['Home Secretary Ajay Bhalla', 'Ministry of Home Affairs', 'Kristie Canegallo,', 'U.S.'])
        expect(out).toContain(name);
      const words = out.split(' ');
      let at = 0;
      for (const word of sentence.split(' ')) {
        at = words.indexOf(word, at);
        expect(at).toBeGreaterThanOrEqual(0);
        at++;
      }
      expect(out).not.toBe(sentence);
    }
  });

  test('paraphrase swaps words for their partners, keeps names, punctuation and the rest in order', () => {
    const sentence =
      'Home Secretary Ajay Bhalla and the US agreed to strengthen legal pathways, and signed a memorandum.';
    const out = paraphrase(sentence, seededRandom(1), 1);
    expect(out).toBe(
      'Home Secretary Ajay Bhalla and the US decided to bolster lawful channels, and inked a memorandum.',
    );
    expect(paraphrase(sentence, seededRandom(1), 0)).toBe(sentence);
  });

  test('officialsNamed finds whole names only', () => {
    expect(officialsNamed('Bhalla met the Canegallos.', vocabulary.officials)).toEqual(['ajay-bhalla']);
  });
});

describe('the figures', () => {
  test.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) is %s', (values, expected) => expect(median(values)).toBe(expected));

  test('growth exponent: 1 is linear, 2 quadratic', () => {
    expect(growthExponent({ size: 100, ms: 10 }, { size: 1000, ms: 100 })).toBeCloseTo(1);
    expect(growthExponent({ size: 100, ms: 10 }, { size: 1000, ms: 1000 })).toBeCloseTo(2);
  });

  test('the summary line', () => {
    expect(summaryLine(1000, 23_456, 19_000)).toBe('bench: 1000 sources, full 23.5 s, bare 19.0 s, ratio 1.23');
  });

  test('memory and pages', () => {
    expect(formatBytes(1.5 * 2 ** 30)).toBe('1.50 GiB');
    expect(formatBytes(600 * 2 ** 20)).toBe('600 MiB');
    expect(formatBytes(null)).toBe('not measured');
    expect(pagesBuilt('12:00:00 [build] 1007 page(s) built in 20.3s')).toBe(1007);
  });
});
