/**
 * Statement alignment on the five real reports, measured against a reader's complete labels
 * (tests/fixtures/alignment/five-reports.json): every pair of sentences of two reports that make one statement,
 * labelled by hand from a listing of the sentences, and committed before any alignment code ran on them. Pairs the
 * labeller was unsure of ("doubtful") count neither way: a found doubtful pair is neither right nor wrong, and a
 * doubtful pair not found is not missed. The five are aligned alone (term weights depend on the whole dossier), so
 * the figures stay the same whatever reports an editor adds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { alignStatements, sentenceKey } from '../../../../src/lib/analysis/alignment/index.ts';
import { loadArticles } from '../../../helpers/content.ts';

const FIVE = ['dhs-readout', 'ians-menafn', 'india-news-network', 'khatrimaza-republication', 'tfipost'];

interface LabelledPair {
  a: string;
  b: string;
  note: string;
}
interface Labels {
  about: string;
  pairs: LabelledPair[];
  doubtful: LabelledPair[];
}

const labels = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'alignment', 'five-reports.json'), 'utf8'),
) as Labels;

/** One key for a pair, whichever way round. */
const pairKey = (a: string, b: string) => (a < b ? `${a} ~ ${b}` : `${b} ~ ${a}`);

const labelled = new Map(labels.pairs.map((p) => [pairKey(p.a, p.b), p.note]));
const doubtful = new Map(labels.doubtful.map((p) => [pairKey(p.a, p.b), p.note]));
const texts = new Map<string, string>();
const found = new Set<string>();

beforeAll(async () => {
  const articles = (await loadArticles()).filter(({ slug }) => FIVE.includes(slug));
  expect(articles.map((a) => a.slug).sort()).toEqual(FIVE);
  const alignment = alignStatements(
    articles.map(({ slug, article }) => {
      const sentences = article.paragraphs.flatMap((p) => p.sentences);
      for (const s of sentences) texts.set(sentenceKey(slug, s.id), s.text);
      return { id: slug, sentences };
    }),
  );
  for (const [key, list] of alignment.counterparts) {
    for (const c of list) found.add(pairKey(key, sentenceKey(c.source, c.sentence)));
  }
});

const show = (key: string) =>
  key
    .split(' ~ ')
    .map((k) => `  ${k}: ${texts.get(k)}`)
    .join('\n');

describe('the five reports against a reader’s blind labels', () => {
  test('the labels name real sentences of two different reports, and no pair is both labelled and doubtful', () => {
    for (const p of [...labels.pairs, ...labels.doubtful]) {
      expect(texts.has(p.a), p.a).toBe(true);
      expect(texts.has(p.b), p.b).toBe(true);
      expect(p.a.split('#')[0]).not.toBe(p.b.split('#')[0]);
    }
    expect([...labelled.keys()].filter((k) => doubtful.has(k))).toEqual([]);
    expect(labelled.size).toBe(labels.pairs.length);
  });

  test('precision and recall', () => {
    const judged = [...found].filter((k) => !doubtful.has(k));
    const right = judged.filter((k) => labelled.has(k));
    const wrong = judged.filter((k) => !labelled.has(k)).sort();
    const missed = [...labelled.keys()].filter((k) => !found.has(k)).sort();
    const precision = right.length / judged.length;
    const recall = right.length / labelled.size;
    const doubtfulFound = [...found].filter((k) => doubtful.has(k)).sort();
    console.log(
      [
        `five reports: ${found.size} pairs found, ${doubtfulFound.length} of them doubtful; ${labelled.size} labelled`,
        `precision ${precision.toFixed(3)} (${right.length} / ${judged.length}), recall ${recall.toFixed(3)} (${right.length} / ${labelled.size})`,
        `wrong (${wrong.length}):`,
        ...wrong.map(show),
        `missed (${missed.length}):`,
        ...missed.map((k) => `${show(k)}\n  (${labelled.get(k)})`),
        `doubtful, found (${doubtfulFound.length}):`,
        ...doubtfulFound.map((k) => `${show(k)}\n  (${doubtful.get(k)})`),
      ].join('\n'),
    );
    // Goal (issue 25): precision ≥ 0.95, recall ≥ 0.90 on a reader's labels of the five reports. Measured when the
    // labels were first run (f860118 with these labels): precision 0.967 (87 / 90), recall 0.926 (87 / 94). The
    // floors sit just under: one more wrong pair or two more missed still pass, a third missed fails.
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
