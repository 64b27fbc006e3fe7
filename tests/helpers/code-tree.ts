/**
 * The code tree as the architecture tests read it: every module under a folder, its relative imports resolved to
 * files, and each function's length, all with the TypeScript compiler's own parser (no build, no Astro).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const CODE_FILE = /\.(ts|mts|mjs|js|astro)$/;

/** Every code file under `dir` (recursively), as paths relative to `root` with forward slashes. */
export function codeFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (CODE_FILE.test(name) && !name.endsWith('.d.ts')) out.push(toPosix(relative(root, full)));
    }
  };
  walk(join(root, dir));
  return out;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** The script of a file: an .astro file's frontmatter (between the first two `---` lines), or the whole text. */
export function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? m[1]! : '';
}

const CANDIDATES = ['', '.ts', '.mts', '.mjs', '.js', '.astro', '/index.ts', '/index.mjs'];

/** The repo-relative file a relative specifier names from `file`, or null (a package, or nothing there). */
export function resolveImport(root: string, file: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  const base = resolve(root, dirname(file), specifier.replace(/[?#].*$/, ''));
  for (const ext of CANDIDATES) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return toPosix(relative(root, candidate));
  }
  return null;
}

/** The relative imports of each file (static, `export … from`, and `import()`), resolved to repo-relative files. */
export function importGraph(root: string, files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const script = scriptOf(file, readFileSync(join(root, file), 'utf8'));
    const info = ts.preProcessFile(script, true, true);
    const targets = info.importedFiles
      .map((f) => resolveImport(root, file, f.fileName))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Each cycle of the graph once, as the list of its files (Tarjan's strongly connected components of size > 1). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) visit(v);
  return out;
}

/** The layer folder of a module under `lib` ("src/lib/analysis/topics/x.ts" → "analysis"), or null if flat. */
export function layerOf(lib: string, file: string): string | null {
  if (!file.startsWith(lib + '/')) return null;
  const parts = file.slice(lib.length + 1).split('/');
  return parts.length > 1 ? parts[0]! : null;
}

/**
 * The imports that run back up: a module of a lower layer importing one of a higher layer. `order` ranks the layer
 * folders, lowest first; layers of one rank are peers. A module of `lib` importing anything outside `lib` under
 * src/ (src/data, src/pages, components) runs up too.
 */
export function upwardImports(
  graph: ReadonlyMap<string, readonly string[]>,
  lib: string,
  order: ReadonlyMap<string, number>,
): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    if (!file.startsWith(lib + '/')) continue;
    const from = layerOf(lib, file);
    for (const target of targets) {
      if (!target.startsWith(lib + '/')) {
        if (target.startsWith('src/')) problems.push(`${file} imports ${target}, outside ${lib}`);
        continue;
      }
      const to = layerOf(lib, target);
      if (from === null || to === null) continue;
      if (order.get(to)! > order.get(from)!) problems.push(`${file} (${from}) imports ${target} (${to})`);
    }
  }
  return problems;
}

/** A function's name for a message: its own, its variable's or property's, else "(anonymous)". */
function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  return '(anonymous)';
}

export interface FunctionLength {
  file: string;
  name: string;
  line: number;
  lines: number;
}

/** The length in lines of every function, method, accessor and arrow function of a file's script. */
export function functionLengths(file: string, text: string): FunctionLength[] {
  const script = scriptOf(file, text);
  const source = ts.createSourceFile(file, script, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: FunctionLength[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && (node as { body?: ts.Node }).body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ file, name: nameOf(node), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The number of lines of a text (a final newline does not start another line). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
