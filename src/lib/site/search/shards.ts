/**
 * The search index in shards (issue 26), so that a query loads a few small files rather than every document:
 *
 * - **Document shards** (`docs/<n>.js`): the documents in their order (report by report), packed into files of at most
 *   `docBytes`; a document is known by its number, and the manifest gives the first number of each shard.
 * - **Term shards** (`terms/<n>.js`): an inverted index, word → the documents that hold it with a weight (each time
 *   in a title counts twice), the words in code-unit order packed into files of at most `termBytes`; the manifest
 *   gives the first word of each, so the shard that holds a word (and the few that hold the words it begins) is found
 *   by a binary search without loading any other.
 * - **The manifest** (`manifest.js`): those two lists and the number of documents, loaded with the page.
 *
 * Every file is a classic script that stores its data in a global (`window.HSD_SEARCH_SHARDS[<file>]`,
 * `window.HSD_SEARCH_MANIFEST`), because a page opened from disk may load a script but not fetch() a file. The
 * browser's side is public/search/engine.js, which splits words as `searchTerms` does here.
 *
 * A word held by very many documents is one shard by itself, and may exceed `termBytes`: its list is written as
 * gaps between document numbers in base 36, so that a word in every paragraph of 1,000 reports takes about 2 bytes a
 * paragraph. Deterministic: the same documents give the same files.
 */
import type { SearchDocument } from './documents.ts';

export interface ShardLimits {
  /** Largest document shard, bytes (a single document larger than this is a shard by itself). */
  docBytes: number;
  /** Largest term shard, bytes (a single word whose list is larger than this is a shard by itself). */
  termBytes: number;
}

/** 16 KiB of documents and 32 KiB of index: a one-word query loads at most two term shards and, for its first answer, one document shard. */
export const SHARD_LIMITS: ShardLimits = { docBytes: 16 * 1024, termBytes: 32 * 1024 };

export const MANIFEST_GLOBAL = 'HSD_SEARCH_MANIFEST';
export const SHARDS_GLOBAL = 'HSD_SEARCH_SHARDS';
/** The manifest's file, beside the search page. */
export const MANIFEST_FILE = 'manifest.js';

/** A document as a shard stores it: [kind, title, text, label, href]. */
export type PackedDocument = [string, string, string, string, string];

export interface SearchManifest {
  format: 1;
  /** How many documents there are (for the weight of rare words). */
  documents: number;
  /** The document shards, in order: their file (relative to the search page) and the number of their first document. */
  docShards: { file: string; start: number }[];
  /** The term shards, in order: their file and the first word they hold. */
  termShards: { file: string; first: string }[];
}

export interface SearchShards {
  manifest: SearchManifest;
  /** Every file to write beside the search page, by its path relative to it ("docs/0.js"), with its content. */
  files: Map<string, string>;
}

/**
 * The words of a text as the index holds them: lower case, split at anything that is not a letter or a digit
 * ("India’s" -> "india", "s"). public/search/engine.js splits a query the same way.
 */
export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A shard's script: it stores its data under its own file name. */
export function shardScript(file: string, data: unknown): string {
  return `(window.${SHARDS_GLOBAL}=window.${SHARDS_GLOBAL}||{})[${JSON.stringify(file)}]=${JSON.stringify(data)};\n`;
}

export function manifestScript(manifest: SearchManifest): string {
  return `/* The search's manifest, written at build time by src/lib/site/search/shards.ts. */\nwindow.${MANIFEST_GLOBAL}=${JSON.stringify(manifest)};\n`;
}

/**
 * Items packed in order into groups whose serialised size stays within `limit` (an item larger than the limit is a
 * group by itself). `size` is the bytes an item adds, separator included.
 */
export function pack<T>(items: readonly T[], size: (item: T) => number, limit: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const added = size(item);
    if (current.length > 0 && used + added > limit) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += added;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A posting list, document numbers ascending: "gap[:weight]" in base 36, the weight only when above 1. */
export function encodePostings(postings: readonly (readonly [number, number])[]): string {
  let previous = -1;
  return postings
    .map(([doc, weight]) => {
      const gap = (doc - previous).toString(36);
      previous = doc;
      return weight === 1 ? gap : `${gap}:${weight.toString(36)}`;
    })
    .join(',');
}

export function decodePostings(encoded: string): [number, number][] {
  let doc = -1;
  return encoded.split(',').map((part) => {
    const [gap, weight] = part.split(':');
    doc += parseInt(gap!, 36);
    return [doc, weight === undefined ? 1 : parseInt(weight, 36)];
  });
}

/** Word → its postings (document number, weight), in document order. */
export function invertedIndex(documents: readonly SearchDocument[]): Map<string, [number, number][]> {
  const index = new Map<string, [number, number][]>();
  documents.forEach((document, number) => {
    const weights = new Map<string, number>();
    for (const term of searchTerms(document.title)) weights.set(term, (weights.get(term) ?? 0) + 2);
    for (const term of searchTerms(document.text)) weights.set(term, (weights.get(term) ?? 0) + 1);
    for (const [term, weight] of weights) {
      let postings = index.get(term);
      if (!postings) index.set(term, (postings = []));
      postings.push([number, weight]);
    }
  });
  return index;
}

const pack5 = (d: SearchDocument): PackedDocument => [d.kind, d.title, d.text, d.label, d.href];
const WRAPPER = 120; // the bytes of a shard's script around its data, rounded up

function documentShards(documents: readonly SearchDocument[], limits: ShardLimits, files: Map<string, string>) {
  const packed = documents.map(pack5);
  const groups = pack(packed, (d) => bytes(JSON.stringify(d)) + 1, limits.docBytes - WRAPPER);
  let start = 0;
  return groups.map((docs, n) => {
    const file = `docs/${n}.js`;
    files.set(file, shardScript(file, { start, docs }));
    const entry = { file, start };
    start += docs.length;
    return entry;
  });
}

function termShards(documents: readonly SearchDocument[], limits: ShardLimits, files: Map<string, string>) {
  const index = invertedIndex(documents);
  const entries = [...index.keys()].sort().map((term) => [term, encodePostings(index.get(term)!)] as const);
  const groups = pack(
    entries,
    ([t, p]) => bytes(JSON.stringify(t)) + bytes(JSON.stringify(p)) + 2,
    limits.termBytes - WRAPPER,
  );
  return groups.map((group, n) => {
    const file = `terms/${n}.js`;
    files.set(file, shardScript(file, { terms: Object.fromEntries(group) }));
    return { file, first: group[0]![0] };
  });
}

/** The manifest and every shard of the documents' index. */
export function searchShards(documents: readonly SearchDocument[], limits: ShardLimits = SHARD_LIMITS): SearchShards {
  const files = new Map<string, string>();
  const manifest: SearchManifest = {
    format: 1,
    documents: documents.length,
    docShards: documentShards(documents, limits, files),
    termShards: termShards(documents, limits, files),
  };
  files.set(MANIFEST_FILE, manifestScript(manifest));
  return { manifest, files };
}
