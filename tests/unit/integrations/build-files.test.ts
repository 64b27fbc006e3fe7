import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeBuildFiles } from '../../../src/integrations/build-files.ts';
import { queueBuildFiles, takeBuildFiles } from '../../../src/lib/site/build-files.ts';

let root: string | undefined;
afterEach(() => {
  takeBuildFiles();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('files written in one pass after the pages', () => {
  test('every queued file is written under the output folder, as UTF-8, and the queue is emptied', () => {
    root = mkdtempSync(join(tmpdir(), 'build-files-'));
    queueBuildFiles('data', function* () {
      yield ['data/sources/a.json', '{"t":"à"}\n'];
      yield ['data/sources/b.json', '{}\n'];
    });
    queueBuildFiles('search', () => [['search/docs/0.js', 'x()']]);
    expect(writeBuildFiles(root)).toBe(3);
    expect(readFileSync(join(root, 'data/sources/a.json'))).toEqual(Buffer.from('{"t":"à"}\n', 'utf8'));
    expect(readdirSync(join(root, 'data/sources')).sort()).toEqual(['a.json', 'b.json']);
    expect(readFileSync(join(root, 'search/docs/0.js'), 'utf8')).toBe('x()');
    expect(takeBuildFiles()).toEqual([]);
  });

  test('a source queued twice under one name is written once, as last queued', () => {
    root = mkdtempSync(join(tmpdir(), 'build-files-'));
    queueBuildFiles('data', () => [['a.json', 'first']]);
    queueBuildFiles('data', () => [['a.json', 'second']]);
    expect(writeBuildFiles(root)).toBe(1);
    expect(readFileSync(join(root, 'a.json'), 'utf8')).toBe('second');
  });

  test('a path that would leave the output folder fails', () => {
    root = mkdtempSync(join(tmpdir(), 'build-files-'));
    queueBuildFiles('bad', () => [['../outside.json', '{}']]);
    expect(() => writeBuildFiles(root!)).toThrow('bad path "../outside.json"');
  });
});
