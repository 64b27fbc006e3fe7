/**
 * The command line of `npm run add-source` (scripts/add-source.ts): its usage text, and each option read and checked
 * before anything is read or written, every refusal one line an editor can act on.
 */
import { parseArgs } from 'node:util';
import { HOSTILE, describeCodePoint } from '../../src/lib/article.ts';
import { isPartialDate, parsePartialDate } from '../../src/lib/dates.ts';
import { isSlug } from '../../src/lib/slugs.ts';
import {
  type OutletKind,
  type SourceKind,
  OUTLET_KINDS,
  SOURCE_KINDS,
  isLanguageTag,
  LANGUAGE_TAG_EXAMPLE,
} from '../../src/lib/vocabularies.ts';
import { normaliseWhitespace } from './mdx-escape.ts';

export const USAGE = `Usage: npm run add-source -- <file.txt> --title T --outlet O --date D [options]

Adds a report from a plain UTF-8 text file: writes content/sources/<slug>.mdx with its frontmatter and the text
made MDX-safe, so that its page shows the text exactly as written. Paragraphs are the file's blank-line-separated
blocks, or its lines if it has no blank line.

Required:
  --title T           the report's title, verbatim
  --outlet O          a known outlet's slug or name (content/outlets/); a new name creates the outlet
  --date D            YYYY-MM-DD, or YYYY-MM where only the month is known

Options:
  --kind K            official-readout, wire, news (default), blog or republication
  --url U             the http(s) address where the report was found (default: not known)
  --slug S            the page address (default: made from the title)
  --short-name N      how citations name it, "IANS" in [IANS ¶2] (default: the outlet's name); no two reports
                      may share one
  --officials a,b     the officials the text names, by slug (default: those whose names the text contains;
                      "" for none)
  --author A          the byline (default: not known)
  --language L        language tag of the text (default: en)
  --title-source W    capture (default: the title is in the text received) or page-address
  --date-source W     where the date comes from (default: "given by the editor who added the report")
  --outlet-kind K     kind of a new outlet (default: from --kind, e.g. news -> news-site)
  --provenance P      a note on where the text came from; repeat for several
  --root DIR          the site folder to write into (default: this repository)
  --help              show this text`;

export interface AddSourceOptions {
  file: string;
  title: string;
  outlet: string;
  date: string;
  kind: SourceKind;
  url: string | null;
  slug: string | undefined;
  /** How citations name the report; undefined: the outlet's name. */
  shortName: string | undefined;
  /** Undefined: detect them in the text. */
  officials: string[] | undefined;
  author: string | null;
  language: string;
  titleSource: 'capture' | 'page-address';
  dateSource: string;
  outletKind: OutletKind | undefined;
  provenance: string[];
  root: string | undefined;
}

/** A refusal: one line, shown as is. */
export interface Refusal {
  refusal: string;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refusal' in value;
}

export const refuse = (refusal: string): Refusal => ({ refusal });

/** One line: an error message from elsewhere may span several. */
const oneLine = (message: string) => message.replace(/\s*\n\s*/g, ' ').trim();

/** A single-line text without invisible characters, or why not. */
function checkText(what: string, value: string): string | Refusal {
  const text = normaliseWhitespace(value);
  if (text === '') return refuse(`${what} is empty`);
  if (/\n/.test(text)) return refuse(`${what} must be one line`);
  const hostile = HOSTILE.exec(text);
  if (hostile) {
    return refuse(
      `${what} contains the invisible character ${describeCodePoint(hostile[0])}, which changes what a reader sees; remove it`,
    );
  }
  return text;
}

/** The command line as node:util's parseArgs reads it, or its complaint as a refusal. */
function readArgv(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        outlet: { type: 'string' },
        date: { type: 'string' },
        kind: { type: 'string', default: 'news' },
        url: { type: 'string' },
        slug: { type: 'string' },
        'short-name': { type: 'string' },
        officials: { type: 'string' },
        author: { type: 'string' },
        language: { type: 'string', default: 'en' },
        'title-source': { type: 'string', default: 'capture' },
        'date-source': { type: 'string', default: 'given by the editor who added the report' },
        'outlet-kind': { type: 'string' },
        provenance: { type: 'string', multiple: true, default: [] },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node adds a long aside to its unknown-option message ("To specify a positional argument…").
    const message = oneLine((error as Error).message)
      .split('. To specify')[0]!
      .replace(/\.$/, '');
    return refuse(`${message} (npm run add-source -- --help lists the options)`);
  }
}

type Values = Exclude<ReturnType<typeof readArgv>, Refusal>['values'];

/** --url: a full http(s) address, or null where not given. */
function checkUrl(value: string | undefined): string | null | Refusal {
  if (value === undefined) return null;
  const url = value.trim();
  let parsedUrl: URL | undefined;
  try {
    parsedUrl = new URL(url);
  } catch {
    parsedUrl = undefined;
  }
  if (!parsedUrl || !['http:', 'https:'].includes(parsedUrl.protocol)) {
    return refuse(`--url: "${url}" is not a full http(s) address, e.g. https://example.org/page`);
  }
  return url;
}

/** The options checked one by one after the required ones: each value, or the first refusal. */
function checkOptional(values: Values) {
  const url = checkUrl(values.url);
  if (isRefusal(url)) return url;
  const slug = values.slug?.trim();
  if (slug !== undefined && !isSlug(slug)) {
    return refuse(`--slug: "${slug}" must use only lowercase letters, digits and single hyphens, e.g. "dhs-readout"`);
  }
  const shortName = values['short-name'] === undefined ? undefined : checkText('--short-name', values['short-name']);
  if (isRefusal(shortName)) return shortName;
  const author = values.author === undefined ? null : checkText('--author', values.author);
  if (isRefusal(author)) return author;
  const language = values.language.trim();
  if (!isLanguageTag(language))
    return refuse(`--language: "${language}" is not a language tag such as ${LANGUAGE_TAG_EXAMPLE}`);
  const titleSource = values['title-source'].trim();
  if (titleSource !== 'capture' && titleSource !== 'page-address') {
    return refuse(
      `--title-source: "${titleSource}" must be capture (the title is in the text received) or page-address`,
    );
  }
  const dateSource = checkText('--date-source', values['date-source']);
  if (isRefusal(dateSource)) return dateSource;
  const outletKind = values['outlet-kind']?.trim();
  if (outletKind !== undefined && !(OUTLET_KINDS as readonly string[]).includes(outletKind)) {
    return refuse(`--outlet-kind: "${outletKind}" is not a kind of outlet; use one of: ${OUTLET_KINDS.join(', ')}`);
  }
  const provenance: string[] = [];
  for (const note of values.provenance) {
    const checked = checkText('--provenance', note);
    if (isRefusal(checked)) return checked;
    provenance.push(checked);
  }
  const officials = values.officials
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    url,
    slug,
    shortName,
    officials,
    author,
    language,
    titleSource: titleSource as AddSourceOptions['titleSource'],
    dateSource,
    outletKind: outletKind as OutletKind | undefined,
    provenance,
  };
}

/** Reads the command line; `{ help: true }` when --help is asked for. */
export function parseAddSourceArgs(argv: string[]): AddSourceOptions | Refusal | { help: true } {
  const parsed = readArgv(argv);
  if (isRefusal(parsed)) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0)
    return refuse('give the text file to add, e.g. npm run add-source -- report.txt --title … (--help for more)');
  if (positionals.length > 1) return refuse(`give one text file, not ${positionals.length}: ${positionals.join(' ')}`);
  for (const required of ['title', 'outlet', 'date'] as const) {
    if (values[required] === undefined) return refuse(`--${required} is required (npm run add-source -- --help)`);
  }

  const title = checkText('--title', values.title!);
  if (isRefusal(title)) return title;
  const outlet = checkText('--outlet', values.outlet!);
  if (isRefusal(outlet)) return outlet;

  const date = parsePartialDate(values.date!.trim());
  if (!isPartialDate(date)) return refuse(`--date: ${date.error}`);

  const kind = values.kind.trim();
  if (!(SOURCE_KINDS as readonly string[]).includes(kind)) {
    return refuse(`--kind: "${kind}" is not a kind of report; use one of: ${SOURCE_KINDS.join(', ')}`);
  }

  const optional = checkOptional(values);
  if (isRefusal(optional)) return optional;

  return {
    file: positionals[0]!,
    title,
    outlet,
    date: date.iso,
    kind: kind as SourceKind,
    ...optional,
    root: values.root,
  };
}
