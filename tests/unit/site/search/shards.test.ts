import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { searchDocuments, type SearchDocument } from '../../../../src/lib/site/search/documents.ts';
import {
  decodePostings,
  encodePostings,
  invertedIndex,
  MANIFEST_FILE,
  pack,
  searchShards,
  searchTerms,
} from '../../../../src/lib/site/search/shards.ts';
import { input, links } from '../../../helpers/search-fixture.ts';

const doc = (id: string, title: string, text: string): SearchDocument => ({
  id,
  kind: 'paragraph',
  title,
  text,
  label: id,
  href: `#${id}`,
});

/** Runs a shard's or the manifest's script as a browser would, and returns what it stored. */
function run(script: string): Record<string, unknown> {
  const window: Record<string, unknown> = {};
  runInNewContext(script, { window });
  return window;
}

describe('searchTerms', () => {
  test('lower case, split at anything but letters and digits', () => {
    expect(searchTerms('India’s FLETC, co-chaired in 2024!')).toEqual([
      'india',
      's',
      'fletc',
      'co',
      'chaired',
      'in',
      '2024',
    ]);
    expect(searchTerms(' — ')).toEqual([]);
  });
});

describe('pack', () => {
  test('keeps each group within the limit, in order; an item over the limit is a group by itself', () => {
    expect(pack([3, 3, 3, 9, 1, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1, 1]]);
    expect(pack([], (n: number) => n, 6)).toEqual([]);
  });
});

describe('postings', () => {
  test('gaps in base 36, the weight only when above 1, and back', () => {
    const postings: [number, number][] = [
      [0, 1],
      [1, 3],
      [37, 1],
    ];
    // 0 - (-1) = 1; 1 - 0 = 1 with weight 3; 37 - 1 = 36 = "10" in base 36.
    expect(encodePostings(postings)).toBe('1,1:3,10');
    expect(decodePostings('1,1:3,10')).toEqual(postings);
  });

  test('the inverted index counts a title twice and each occurrence in the text once', () => {
    const index = invertedIndex([doc('a', 'Police', 'police and police'), doc('b', '', 'Police academy')]);
    expect(index.get('police')).toEqual([
      [0, 4],
      [1, 1],
    ]);
    expect(index.get('academy')).toEqual([[1, 1]]);
    expect(index.get('and')).toEqual([[0, 1]]);
  });
});

describe('searchShards', () => {
  const documents = Array.from({ length: 40 }, (_, i) =>
    doc(`d${i}`, '', `paragraph number ${i} word${i} ${'x'.repeat(200)}`),
  );
  const { manifest, files } = searchShards(documents, { docBytes: 1024, termBytes: 512 });

  test('document shards within the limit, numbered in order, holding every document once', () => {
    expect(manifest.documents).toBe(40);
    expect(manifest.docShards.length).toBeGreaterThan(5);
    expect(manifest.docShards[0]!.start).toBe(0);
    const seen: string[] = [];
    for (const { file, start } of manifest.docShards) {
      const script = files.get(file)!;
      expect(Buffer.byteLength(script)).toBeLessThanOrEqual(1024);
      const data = run(script)['HSD_SEARCH_SHARDS'] as Record<string, { start: number; docs: string[][] }>;
      expect(data[file]!.start).toBe(start);
      seen.push(...data[file]!.docs.map((d) => d[3]!));
    }
    expect(seen).toEqual(documents.map((d) => d.id));
  });

  test('term shards in word order, each starting with the word the manifest names, within the limit', () => {
    expect(manifest.termShards.length).toBeGreaterThan(1);
    const firsts = manifest.termShards.map((s) => s.first);
    expect([...firsts].sort()).toEqual(firsts);
    const all: string[] = [];
    for (const { file, first } of manifest.termShards) {
      const script = files.get(file)!;
      expect(Buffer.byteLength(script)).toBeLessThanOrEqual(512);
      const data = run(script)['HSD_SEARCH_SHARDS'] as Record<string, { terms: Record<string, string> }>;
      const words = Object.keys(data[file]!.terms).sort();
      expect(words[0]).toBe(first);
      all.push(...words);
    }
    // 40 numbers, 40 "wordN", "paragraph", "number" and the run of x's: each once.
    expect(all).toHaveLength(40 + 40 + 3);
    expect(new Set(all).size).toBe(all.length);
  });

  test('the manifest is a script that sets the manifest; the same documents give the same files', () => {
    expect(run(files.get(MANIFEST_FILE)!)['HSD_SEARCH_MANIFEST']).toEqual(manifest);
    const again = searchShards(documents, { docBytes: 1024, termBytes: 512 });
    expect([...again.files]).toEqual([...files]);
  });

  test('the site’s own documents, with the default limits', () => {
    const site = searchShards(searchDocuments(input, links));
    expect(site.manifest.docShards).toEqual([{ file: 'docs/0.js', start: 0 }]);
    // "Academy", of the wire paragraph, is the first of the fixture's words in order (dates are not indexed).
    expect(site.manifest.termShards).toEqual([{ file: 'terms/0.js', first: 'academy' }]);
  });
});
