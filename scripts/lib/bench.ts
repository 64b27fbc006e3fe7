/**
 * The pure parts of `npm run bench` (scripts/bench.ts): synthetic reports made from the real reports' sentences,
 * and the figures it prints.
 *
 * The synthetic reports should load the site as real ones would: topics that come and go, passages shared by a few
 * reports (a wire story and its republications), wording of their own. So they come in small families (2 to 6
 * reports, like a wire story and the sites that carry it): each family rewrites one real report, dropping some of
 * its paragraphs (topics vary) and working words in after its function words (so families do not share long
 * passages with each other); each member copies its family's text with small changes, adds a sentence or two of
 * its own (a real sentence's words shuffled), and now and then takes a paragraph word for word from another
 * family. Shared passages thus stay among a handful of reports, as in reality, and the number of reusing pairs
 * grows linearly with the number of reports.
 *
 * Everything is drawn from a seeded generator, so a run can be repeated exactly; generating 10N reports with the
 * same seed gives the same first N.
 */
import type { SourceFrontmatter } from './add-source.ts';
import type { Article } from '../../src/lib/content/article.ts';
import type { SourceKind } from '../../src/lib/content/vocabularies.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';

/** A small, fast, seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** A real report, as the pool the synthetic ones are made from: its paragraphs, each a list of sentences. */
export interface PoolReport {
  slug: string;
  title: string;
  paragraphs: string[][];
}

export interface BenchVocabulary {
  outlets: string[];
  kinds: readonly SourceKind[];
  /** Officials with the forms of their names, to list those a synthetic text names. */
  officials: { slug: string; names: string[] }[];
}

export interface SyntheticReport {
  slug: string;
  frontmatter: SourceFrontmatter;
  paragraphs: string[];
  family: number;
}

/**
 * Words worked in between two words: after an article an adjective ("the wider drug trafficking"), after "to" an
 * adverb ("to further combat"), elsewhere an adverb ("now seeks"). Names, capitalised words and the noun phrases
 * that name topics ("drug trafficking", "money laundering") are rarely split, never a name.
 */
const AFTER: Record<string, readonly string[]> = {
  the: [
    'wider',
    'current',
    'broader',
    'present',
    'overall',
    'joint',
    'new',
    'key',
    'specific',
    'existing',
    'agreed',
    'stated',
  ],
  a: ['new', 'joint', 'wider', 'formal', 'further', 'specific', 'broad', 'clear'],
  their: ['shared', 'stated', 'joint', 'renewed', 'continued', 'wider'],
  to: ['further', 'jointly', 'actively', 'swiftly', 'also', 'closely', 'formally', 'fully', 'firmly', 'better'],
  of: ['all', 'such', 'wider', 'current', 'related', 'joint', 'further'],
  in: ['the', 'wider', 'current', 'related', 'joint', 'further'],
  for: ['the', 'wider', 'current', 'related', 'joint', 'further'],
  with: ['the', 'their', 'wider', 'related', 'joint'],
  on: ['the', 'wider', 'current', 'related', 'joint', 'further'],
};
const ANYWHERE = [
  'also',
  'further',
  'notably',
  'equally',
  'then',
  'reportedly',
  'now',
  'earlier',
  'duly',
  'again',
  'still',
  'jointly',
  'firmly',
  'openly',
  'fully',
  'closely',
  'broadly',
  'formally',
  'readily',
  'actively',
  'expressly',
  'largely',
  'mainly',
  'mostly',
  'chiefly',
  'clearly',
  'plainly',
  'rightly',
  'squarely',
  'steadily',
];

const startsLower = (word: string | undefined) => word !== undefined && /^\p{Ll}/u.test(word);
const startsCapital = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);

/**
 * Where a word may go before words[i]: never inside a name ("Ajay Bhalla", "Ministry of Home Affairs"), never
 * before a number or a bracket ("Feb 28", "(IANS)").
 */
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'its', 'this', 'these', 'that']);

function isGap(words: string[], i: number): boolean {
  const previous = words[i - 1];
  const word = words[i]!;
  if (previous === undefined || !/^\p{L}/u.test(word)) return false;
  // Not between a determiner and what precedes it ("of the"): the word goes after the determiner instead.
  if (DETERMINERS.has(word)) return false;
  // Not before the small word inside a name ("Ministry of Home Affairs", "Sikhs for Justice").
  if (startsCapital(previous) && startsCapital(words[i + 1]) && word.length <= 3) return false;
  if (startsLower(word)) return true;
  // Before a capitalised word: after "and" or a comma, or after a function word that is not inside a name.
  return previous === 'and' || previous.endsWith(',') || (previous in AFTER && !startsCapital(words[i - 2]));
}

/**
 * Rewords a sentence by working a word into each gap (isGap) with probability `p`, and into one gap at least:
 * shared phrasing breaks, the words that carry names and topics stay.
 */
export function reword(sentence: string, random: Random, p: number): string {
  const words = sentence.split(' ');
  const gaps = words.flatMap((_, i) => (isGap(words, i) ? [i] : []));
  if (gaps.length === 0) return sentence;
  let chosen = new Set(gaps.filter(() => chance(random, p)));
  if (chosen.size === 0) chosen = new Set([pick(random, gaps)]);
  return words
    .flatMap((word, i) => (chosen.has(i) ? [pick(random, AFTER[words[i - 1]!] ?? ANYWHERE), word] : [word]))
    .join(' ');
}

/**
 * Words a rewriting family swaps for others of the same meaning, as TFIPost rewrites the DHS readout ("lawful
 * immigration pathways" as "legal immigration channels"): so that statement alignment meets rewording, not only
 * inserted words. Synthetic data only; the alignment itself knows no such list (it asks WordNet).
 */
export const SWAPS: Readonly<Record<string, string>> = {
  agreed: 'decided',
  strengthen: 'bolster',
  strengthening: 'bolstering',
  cooperation: 'collaboration',
  collaboration: 'cooperation',
  legal: 'lawful',
  lawful: 'legal',
  discussed: 'deliberated',
  signed: 'inked',
  meeting: 'talks',
  illegal: 'illicit',
  returns: 'repatriation',
  commitment: 'dedication',
  reaffirmed: 'reiterated',
  reiterated: 'reaffirmed',
  efforts: 'initiatives',
  ties: 'connections',
  countries: 'nations',
  combat: 'counter',
  issues: 'matters',
  expand: 'broaden',
  pathways: 'channels',
  smugglers: 'traffickers',
  review: 'assess',
  reviewed: 'assessed',
  key: 'central',
  steps: 'measures',
};

/** Swaps each word of SWAPS for its partner with probability `p` (lowercase words only: names stay). */
export function paraphrase(sentence: string, random: Random, p: number): string {
  return sentence
    .split(' ')
    .map((word) => {
      const match = /^(\p{Ll}+)(\P{L}*)$/u.exec(word);
      const swap = match ? SWAPS[match[1]!] : undefined;
      return swap !== undefined && chance(random, p) ? `${swap}${match![2]}` : word;
    })
    .join(' ');
}

/** A sentence of its own: a pool sentence with its middle words shuffled, capital first and full stop last. */
function ownSentence(pool: PoolReport[], random: Random): string {
  const sentence = pick(random, pick(random, pool).paragraphs.flat());
  const words = sentence.replace(/[.!?…]+$/u, '').split(' ');
  if (words.length < 4) return sentence;
  const middle = words.slice(1);
  for (let i = middle.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [middle[i], middle[j]] = [middle[j]!, middle[i]!];
  }
  return `${[words[0], ...middle].join(' ')}.`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Officials whose names stand as whole words in a text (as add-source detects them). */
export function officialsNamed(text: string, officials: BenchVocabulary['officials']): string[] {
  return officials
    .filter((o) =>
      o.names.some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text)),
    )
    .map((o) => o.slug);
}

/** How densely a family rewords its report: the share of gaps between words that get a word. */
export const FAMILY_REWORDING = 0.4;
/** In a family that rewords by meaning, the share of swappable words swapped. */
export const FAMILY_SWAPS = 0.6;

const DAYS = [
  '2024-02-27',
  '2024-02-28',
  '2024-02-29',
  '2024-03-01',
  '2024-03-02',
  '2024-03-04',
  '2024-03-05',
  '2024-03-11',
];

/** `count` synthetic reports made from the pool; see the module comment. */
export function generateSyntheticReports(
  pool: PoolReport[],
  vocabulary: BenchVocabulary,
  count: number,
  seed: number,
): SyntheticReport[] {
  if (pool.length === 0) throw new Error('the benchmark needs at least one real report to draw sentences from');
  const random = seededRandom(seed);
  const reports: SyntheticReport[] = [];
  const families: string[][] = [];
  while (reports.length < count) {
    const family = families.length + 1;
    const base = pick(random, pool);
    // The family's text: the base report with some paragraphs dropped and its wording changed throughout.
    let familyText = base.paragraphs.filter(() => chance(random, 0.75));
    if (familyText.length === 0) familyText = [base.paragraphs[0]!];
    // Half the families also reword by meaning (paraphrase), so that alignment meets rewrites as well as copies.
    const swaps = chance(random, 0.5) ? FAMILY_SWAPS : 0;
    familyText = familyText.map((sentences) =>
      sentences.map((s) => reword(swaps > 0 ? paraphrase(s, random, swaps) : s, random, FAMILY_REWORDING)),
    );
    families.push(familyText.map((sentences) => sentences.join(' ')));
    const size = Math.min(between(random, 2, 6), count - reports.length);
    for (let member = 0; member < size; member++) {
      const number = reports.length + 1;
      const slug = `bench-${String(number).padStart(5, '0')}`;
      const paragraphs = familyText
        .filter((_, i) => i === 0 || chance(random, 0.9))
        .map((sentences) => {
          const kept = sentences.filter((_, i) => i === 0 || chance(random, 0.9));
          return kept.map((s) => (chance(random, 0.15) ? reword(s, random, 0.1) : s)).join(' ');
        });
      const own = Array.from({ length: between(random, 1, 2) }, () => ownSentence(pool, random)).join(' ');
      paragraphs.splice(between(random, 1, paragraphs.length), 0, own);
      // Now and then a paragraph taken word for word from another family, as a site takes a wire story's.
      if (families.length > 1 && chance(random, 0.2)) {
        const other = families[Math.floor(random() * (families.length - 1))]!;
        paragraphs.splice(between(random, 0, paragraphs.length), 0, pick(random, other));
      }
      const monthOnly = chance(random, 0.1);
      reports.push({
        slug,
        family,
        paragraphs,
        frontmatter: {
          title: `${base.title} (benchmark report ${number})`,
          shortName: `Bench ${number}`,
          titleSource: 'capture',
          date: monthOnly ? '2024-03' : pick(random, DAYS),
          dateSource: 'made up by the benchmark',
          outlet: pick(random, vocabulary.outlets),
          kind: pick(random, vocabulary.kinds),
          author: null,
          url: `https://bench.example.org/${slug}`,
          language: 'en',
          officials: officialsNamed(paragraphs.join('\n'), vocabulary.officials),
          provenance: [
            `Synthetic report made by npm run bench from the real reports’ sentences (seed ${seed}, family ${family}); not a real report.`,
          ],
        },
      });
    }
  }
  return reports;
}

/** The article model of plain paragraphs, as src/lib/content/rehype-article.ts builds it from their MDX. */
export function articleOfParagraphs(paragraphs: string[]): Article {
  return {
    paragraphs: paragraphs.map((text, i) => {
      const anchor = `p${i + 1}`;
      const sentences = splitSentences(text).map((span, j) => ({ id: `${anchor}-s${j + 1}`, text: span.text }));
      return { anchor, index: i + 1, text, sentences };
    }),
    headings: [],
    artifacts: [],
  };
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How time grows with size: the exponent k in time ∝ size^k (1 is linear, 2 quadratic). */
export function growthExponent(small: { size: number; ms: number }, large: { size: number; ms: number }): number {
  return Math.log(large.ms / small.ms) / Math.log(large.size / small.size);
}

export const seconds = (ms: number) => (ms / 1000).toFixed(1);

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'not measured';
  const mib = bytes / 2 ** 20;
  return mib >= 1024 ? `${(mib / 1024).toFixed(2)} GiB` : `${mib.toFixed(0)} MiB`;
}

/** The last line of the benchmark, in the form the README gives ("Performance"). */
export function summaryLine(sources: number, fullMs: number, bareMs: number): string {
  return `bench: ${sources} sources, full ${seconds(fullMs)} s, bare ${seconds(bareMs)} s, ratio ${(fullMs / bareMs).toFixed(2)}`;
}

/** "1234 page(s) built in …" from Astro's build output. */
export function pagesBuilt(output: string): number | null {
  const match = /(\d+) page\(s\) built/.exec(output);
  return match ? Number(match[1]) : null;
}
