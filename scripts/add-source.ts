/**
 * npm run add-source -- <file.txt> --title T --outlet O --date D [options]   (--help lists them)
 *
 * Reads the text file and the content folders, lets scripts/lib/add-source.ts decide, then writes the report's MDX
 * file (and the outlet's YAML file for a new outlet). A refusal is one line on stderr and exit status 1; nothing is
 * written unless everything has been checked.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import {
  type ContentIndex,
  type KnownOfficial,
  describePlan,
  isRefusal,
  parseAddSourceArgs,
  parseFrontmatter,
  planAddSource,
  USAGE,
} from './lib/add-source.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

class Refused extends Error {}

function files(folder: string, extension: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function readYaml(path: string, root: string): Record<string, unknown> {
  try {
    const data = load(readFileSync(path, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new Refused(`${relative(root, path)} cannot be read: ${reason}`);
  }
}

const slugOf = (path: string) => basename(path).replace(/\.[^.]+$/, '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function readContent(root: string): ContentIndex {
  const content = join(root, 'content');
  const outlets = files(join(content, 'outlets'), '.yaml').map((path) => {
    const data = readYaml(path, root);
    return { slug: slugOf(path), name: typeof data['name'] === 'string' ? data['name'] : slugOf(path) };
  });
  const officials = files(join(content, 'officials'), '.yaml').map((path): KnownOfficial => {
    const data = readYaml(path, root);
    const titles = Array.isArray(data['titles']) ? (data['titles'] as { title?: unknown }[]) : [];
    return {
      slug: slugOf(path),
      name: typeof data['name'] === 'string' ? data['name'] : slugOf(path),
      names: strings(data['names']),
      knownTitles: titles.map((t) => t.title).filter((t): t is string => typeof t === 'string'),
    };
  });
  const sourceFiles = files(join(content, 'sources'), '.mdx');
  const sourceSlugs = new Set(sourceFiles.map(slugOf));
  // The name each report is cited by: its shortName, else its outlet's name (as src/lib/content/dossier.ts decides).
  const outletNames = new Map(outlets.map((o) => [o.slug, o.name]));
  const citationNames = new Map<string, string>();
  for (const path of sourceFiles) {
    let data: Record<string, unknown> = {};
    try {
      data = parseFrontmatter(readFileSync(path, 'utf8')).data;
    } catch {
      // An unreadable frontmatter fails the build with its own message; here it names nothing.
    }
    const name =
      typeof data['shortName'] === 'string' ? data['shortName'] : outletNames.get(String(data['outlet'] ?? ''));
    if (name !== undefined) citationNames.set(name, slugOf(path));
  }
  return { sourceSlugs, citationNames, outlets, officials };
}

function main(argv: string[]): number {
  const options = parseAddSourceArgs(argv);
  if ('help' in options) {
    console.log(USAGE);
    return 0;
  }
  if (isRefusal(options)) throw new Refused(options.refusal);

  const root = resolve(options.root ?? REPO_ROOT);
  // npm runs scripts from the package folder; INIT_CWD is where the editor typed the command.
  const file = resolve(process.env['INIT_CWD'] ?? process.cwd(), options.file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'cannot be read');
    throw new Refused(`cannot read ${options.file}: ${why}`);
  }
  const plan = planAddSource(options, basename(file), bytes, readContent(root));
  if (isRefusal(plan)) throw new Refused(plan.refusal);

  try {
    // 'wx': never overwrite, even if a file appeared since the check.
    writeFileSync(join(root, plan.source.path), plan.source.contents, { flag: 'wx' });
    if (plan.outlet.created)
      writeFileSync(join(root, plan.outlet.created.path), plan.outlet.created.contents, { flag: 'wx' });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new Refused(
      `cannot write ${e.path ? relative(root, e.path) : 'the file'}: ${e.code === 'EEXIST' ? 'it already exists' : e.code}`,
    );
  }
  for (const line of describePlan(plan)) console.log(line);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Refusals, and anything unforeseen, are one line: an editor needs the reason, not a stack trace.
  const message =
    error instanceof Refused
      ? error.message
      : `unexpected error: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
  console.error(`add-source: ${message}`);
  process.exitCode = 1;
}
