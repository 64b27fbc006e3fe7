/**
 * The house's shape, read from the tree itself: src/lib's layer folders (text → content → analysis → editorial →
 * site / open-data), no import running back up a layer, no cycle anywhere in src/ or scripts/, at most 15 modules
 * left flat in src/lib, and a door (index.ts) in each room. The layers are the folders found in src/lib; only their
 * order is written here, so a module added to a folder is checked without touching this test.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { codeFiles, cyclesOf, importGraph, upwardImports } from '../../helpers/code-tree.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LIB = 'src/lib';

/** The layers, lowest first; folders of one rank are peers (the site and the open data both read everything below). */
const LAYER_ORDER = new Map([
  ['text', 0],
  ['content', 1],
  ['analysis', 2],
  ['editorial', 3],
  ['site', 4],
  ['open-data', 4],
]);
const MAX_FLAT = 15;

const folders = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((n) => statSync(join(root, dir, n)).isDirectory())
    .sort();
const flatModules = readdirSync(join(root, LIB))
  .filter((n) => /\.(ts|mts|mjs|js)$/.test(n))
  .sort();

const files = [...codeFiles(root, 'src'), ...codeFiles(root, 'scripts')];
const graph = importGraph(root, files);

describe('the rules themselves, on a graph made by hand', () => {
  const lib = 'src/lib';
  const g = new Map([
    ['src/lib/text/words.ts', []],
    ['src/lib/content/dossier.ts', ['src/lib/text/words.ts']],
    ['src/lib/site/links.ts', []],
    ['src/lib/open-data/files.ts', ['src/lib/site/links.ts', 'src/lib/content/dossier.ts']],
    ['src/lib/text/bad.ts', ['src/lib/analysis/topics/match.ts']],
    ['src/lib/analysis/topics/match.ts', ['src/data/built-dossier.ts']],
    ['src/data/built-dossier.ts', ['src/lib/content/dossier.ts']],
  ]);

  test('an import from a lower layer into a higher one, or out of src/lib into src/, is reported', () => {
    expect(upwardImports(g, lib, LAYER_ORDER)).toEqual([
      'src/lib/text/bad.ts (text) imports src/lib/analysis/topics/match.ts (analysis)',
      'src/lib/analysis/topics/match.ts imports src/data/built-dossier.ts, outside src/lib',
    ]);
  });

  test('a cycle is found with every file on it; a graph without one has none', () => {
    const cyclic = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cyclesOf(cyclic)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cyclesOf(g)).toEqual([]);
  });
});

describe('src/lib in layers', () => {
  test('every folder of src/lib is a known layer', () => {
    const unknown = folders(LIB).filter((f) => !LAYER_ORDER.has(f));
    expect(unknown, `folders of src/lib not in the layer order (add them to LAYER_ORDER)`).toEqual([]);
  });

  test('no module imports from a higher layer, nor from src/data or the pages', () => {
    expect(upwardImports(graph, LIB, LAYER_ORDER)).toEqual([]);
  });

  test('no cycle of imports in src/ or scripts/', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  test(`at most ${MAX_FLAT} modules are left flat in src/lib (the rest in layer folders)`, () => {
    expect(flatModules.length, `flat in src/lib: ${flatModules.join(', ')}`).toBeLessThanOrEqual(MAX_FLAT);
  });

  test("each layer, and each of the analysis's rooms, has a door: an index.ts", () => {
    const rooms = [
      ...folders(LIB).map((f) => `${LIB}/${f}`),
      ...(existsSync(join(root, LIB, 'analysis')) ? folders(`${LIB}/analysis`).map((f) => `${LIB}/analysis/${f}`) : []),
    ];
    expect(rooms.length, 'no layer folders in src/lib yet').toBeGreaterThan(0);
    expect(rooms.filter((r) => !existsSync(join(root, r, 'index.ts')))).toEqual([]);
  });
});
