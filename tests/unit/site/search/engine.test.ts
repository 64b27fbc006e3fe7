/**
 * The browser's search engine (public/search/engine.js), run in a VM over shards made by src/lib/site/search/shards.ts
 * with small limits, so that a query must find its words and documents across several files.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { searchDocuments, type SearchDocument } from '../../../../src/lib/site/search/documents.ts';
import { searchShards, searchTerms, type ShardLimits } from '../../../../src/lib/site/search/shards.ts';
import { input, links, news, wire } from '../../../helpers/search-fixture.ts';

const ENGINE = readFileSync(new URL('../../../../public/search/engine.js', import.meta.url), 'utf8');

interface Engine {
  search(query: string): Promise<{ number: number; score: number; terms: string[] }[]>;
  documents(numbers: number[]): Promise<(SearchDocument & { number: number })[]>;
  loaded: string[];
}
interface EngineModule {
  create(manifest: unknown, load: (file: string) => Promise<unknown>): Engine;
  terms(text: string): string[];
  distance(a: string, b: string, max: number): number;
}

function engineFor(documents: readonly SearchDocument[], limits?: ShardLimits) {
  const { manifest, files } = searchShards(documents, limits);
  const window: Record<string, unknown> = {};
  const context = { window };
  runInNewContext(ENGINE, context);
  const module = window['HSD_SEARCH_ENGINE'] as EngineModule;
  const load = (file: string) => {
    runInNewContext(files.get(file)!, context);
    return Promise.resolve((window['HSD_SEARCH_SHARDS'] as Record<string, unknown>)[file]);
  };
  return { module, engine: module.create(manifest, load), manifest };
}

const SMALL: ShardLimits = { docBytes: 400, termBytes: 300 };
const { engine: fixture } = engineFor(searchDocuments(input, links), SMALL);
const hrefsOf = async (engine: Engine, query: string) =>
  (await engine.documents((await engine.search(query)).map((r) => r.number))).map((d) => d.href);

describe('the engine, over shards', () => {
  test('splits words as the index does', () => {
    const { module } = engineFor([]);
    for (const text of [wire, news, 'India’s “quoted” co-chair, 2024: Café'])
      expect(module.terms(text)).toEqual(searchTerms(text));
  });

  test('every word must match, in any report; case and apostrophes do not matter', async () => {
    expect(await hrefsOf(fixture, 'Sardar Vallabhbhai Patel National Police Academy')).toEqual([
      '../sources/ians-menafn/index.html#p1',
    ]);
    expect(await hrefsOf(fixture, 'canegallo bhalla')).toEqual(['../sources/india-news-network/index.html#p2']);
    expect(await hrefsOf(fixture, 'canegallo fletc')).toEqual([]);
    expect(await hrefsOf(fixture, 'india’s POLICE')).toEqual(['../sources/ians-menafn/index.html#p1']);
  });

  test('a word may be the start of a longer one, and a typo in a longer word is forgiven', async () => {
    expect(await hrefsOf(fixture, 'police acad')).toEqual(['../sources/ians-menafn/index.html#p1']);
    // "Canegalo": one letter missing of nine.
    expect(await hrefsOf(fixture, 'canegalo')).toContain('../sources/india-news-network/index.html#p2');
    // A word of three letters gets no typo: "ftc" is not "fltc".
    expect(await hrefsOf(fixture, 'ftc')).toEqual([]);
  });

  test('quoted words must be found together, in that order', async () => {
    const official = (await fixture.search('"acting deputy secretary"')).length;
    expect(official).toBe(1);
    expect(await fixture.search('"deputy acting"')).toEqual([]);
  });

  test('a title counts more than the text: the official above the paragraph that names him', async () => {
    const { engine } = engineFor(
      [
        { id: 'p', kind: 'paragraph', title: '', text: 'Ajay Bhalla spoke.', label: '', href: 'p' },
        { id: 'o', kind: 'official', title: 'Ajay Bhalla', text: 'Home Secretary', label: '', href: 'o' },
      ],
      SMALL,
    );
    expect(await hrefsOf(engine, 'bhalla')).toEqual(['o', 'p']);
  });

  test('loads only the shards a query needs: a word on the last shard, from the last document shard', async () => {
    const documents = Array.from({ length: 60 }, (_, i) => ({
      id: `d${i}`,
      kind: 'paragraph' as const,
      title: '',
      text: `Paragraph ${i} of the set, with the word w${String(i).padStart(3, '0')} and more words to fill it up.`,
      label: `d${i}`,
      href: `d${i}`,
    }));
    // "zzlast" sorts after every other word, and the document that holds it is the last.
    documents.push({ ...documents[0]!, id: 'last', text: 'zzlast', label: 'last', href: 'last' });
    const { engine, manifest } = engineFor(documents, { docBytes: 600, termBytes: 400 });
    expect(manifest.docShards.length).toBeGreaterThan(4);
    expect(manifest.termShards.length).toBeGreaterThan(4);
    expect(await hrefsOf(engine, 'zzlast')).toEqual(['last']);
    expect(engine.loaded).toEqual([manifest.termShards.at(-1)!.file, manifest.docShards.at(-1)!.file]);
  });
});
