/**
 * Readable pieces (issue 23): no function over 100 lines and no file over 500 under src/ and scripts/, measured
 * with the TypeScript compiler's parser (an .astro file by its frontmatter script for functions, whole for lines).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { codeFiles, functionLengths, lineCount } from '../../helpers/code-tree.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const MAX_FUNCTION = 100;
const MAX_FILE = 500;

const files = [...codeFiles(root, 'src'), ...codeFiles(root, 'scripts')];
const texts = new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));

describe('the measures themselves', () => {
  test('a function is measured from its first line to its last, nested ones on their own too', () => {
    const text = [
      'export function outer(a: number) {', // 1
      '  const inner = (b: number) => {', // 2
      '    return b + 1;', // 3
      '  };', // 4
      '  return inner(a);', // 5
      '}', // 6
      'class K {', // 7
      '  m() {', // 8
      '    return 1;', // 9
      '  }', // 10
      '}', // 11
    ].join('\n');
    const found = functionLengths('x.ts', text).map(({ name, line, lines }) => ({ name, line, lines }));
    expect(found).toEqual([
      { name: 'outer', line: 1, lines: 6 },
      { name: 'inner', line: 2, lines: 3 },
      { name: 'm', line: 8, lines: 3 },
    ]);
  });

  test("an .astro file's functions are those of its frontmatter", () => {
    const text = '---\nfunction f() {\n  return 1;\n}\n---\n<p>{f()}</p>\n';
    expect(functionLengths('P.astro', text).map((f) => [f.name, f.line, f.lines])).toEqual([['f', 1, 3]]);
  });

  test('lines are counted as an editor shows them', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('')).toBe(0);
  });
});

describe('src/ and scripts/ in readable pieces', () => {
  test('the files are found', () => {
    expect(files).toContain('scripts/add-source.ts');
    expect(files.some((f) => f.startsWith('src/lib/'))).toBe(true);
  });

  test(`no file over ${MAX_FILE} lines`, () => {
    const long = files
      .map((f) => ({ f, n: lineCount(texts.get(f)!) }))
      .filter(({ n }) => n > MAX_FILE)
      .map(({ f, n }) => `${f}: ${n} lines`);
    expect(long).toEqual([]);
  });

  test(`no function over ${MAX_FUNCTION} lines`, () => {
    const long = files
      .flatMap((f) => functionLengths(f, texts.get(f)!))
      .filter((fn) => fn.lines > MAX_FUNCTION)
      .map((fn) => `${fn.file}:${fn.line} ${fn.name}: ${fn.lines} lines`);
    expect(long).toEqual([]);
  });
});
