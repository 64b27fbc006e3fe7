/**
 * The logic of `npm run add-source` (scripts/add-source.ts): from a plain text file and a few options, the MDX
 * file of a new report, and the outlet record if the outlet is new. Pure: the script reads the files and the
 * content folders, calls `planAddSource`, and writes what it returns.
 *
 * Everything is checked before anything is written, and every refusal is one line an editor can act on. The text
 * is made MDX-safe by scripts/lib/mdx-escape.ts, so the page shows it exactly as written (whitespace normalised); the
 * frontmatter is written by js-yaml, the YAML library Astro reads it with, never by pasting strings together.
 */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { dump, load } from 'js-yaml';
import { isPartialDate, parsePartialDate } from '../../src/lib/content/dates.ts';
import {
  type OutletKind,
  type SourceKind,
  OUTLET_KINDS,
  SOURCE_KINDS,
  isLanguageTag,
  LANGUAGE_TAG_EXAMPLE,
} from '../../src/lib/content/vocabularies.ts';
import { escapeMdxParagraph, normaliseWhitespace } from './mdx-escape.ts';
import { HOSTILE, describeCodePoint } from '../../src/lib/content/article.ts';
import {
  citationName,
  type KnownOfficial,
  type KnownOutlet,
  type ParagraphLayout,
  type Refusal,
  decodeText,
  detectOfficials,
  findHostileCharacter,
  isRefusal,
  matchOutlet,
  refuse,
  splitParagraphs,
  suggestTitle,
} from './add-source-text.ts';
import { isPageNumber, isSlug, slugify } from '../../src/lib/content/slugs.ts';

export * from './add-source-text.ts';

/** The outlet kind a new outlet gets from the report's kind, unless --outlet-kind says otherwise. */
export const OUTLET_KIND_FOR: Record<SourceKind, OutletKind> = {
  'official-readout': 'government',
  wire: 'wire-agency',
  news: 'news-site',
  blog: 'blog',
  republication: 'news-site',
};

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
  --short-name N      how citations name it, "IANS" in [IANS ¶2] (default: the outlet's name, numbered
                      "IANS 2" where another report already has it); no two reports may share one
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

/** The options of the command line, as node:util reads them. */
const OPTIONS = {
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
  provenance: { type: 'string', multiple: true, default: [] as string[] },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsOptionsConfig;

/** The command line read by node:util, or a refusal naming the unknown option. */
function readArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    // Node adds a long aside to its unknown-option message ("To specify a positional argument…").
    const message = oneLine((error as Error).message)
      .split('. To specify')[0]!
      .replace(/\.$/, '');
    return refuse(`${message} (npm run add-source -- --help lists the options)`);
  }
}

/** A full http(s) address, or why not. */
function checkUrl(value: string): string | Refusal {
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

/** Reads the command line, checking every value; `{ help: true }` when --help is asked for. */
export function parseAddSourceArgs(argv: string[]): AddSourceOptions | Refusal | { help: true } {
  const parsed = readArgs(argv);
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

  const url = values.url === undefined ? null : checkUrl(values.url);
  if (isRefusal(url)) return url;

  const slug = values.slug?.trim();
  if (slug !== undefined && !isSlug(slug)) {
    return refuse(`--slug: "${slug}" must use only lowercase letters, digits and single hyphens, e.g. "dhs-readout"`);
  }

  const officials =
    values.officials === undefined
      ? undefined
      : values.officials
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');

  let shortName: string | undefined;
  if (values['short-name'] !== undefined) {
    const checked = checkText('--short-name', values['short-name']);
    if (isRefusal(checked)) return checked;
    shortName = checked;
  }
  let author: string | null = null;
  if (values.author !== undefined) {
    const checked = checkText('--author', values.author);
    if (isRefusal(checked)) return checked;
    author = checked;
  }

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

  return {
    file: positionals[0]!,
    title,
    outlet,
    date: date.iso,
    kind: kind as SourceKind,
    url,
    slug,
    shortName,
    officials,
    author,
    language,
    titleSource,
    dateSource,
    outletKind: outletKind as OutletKind | undefined,
    provenance,
    root: values.root,
  };
}

export interface ContentIndex {
  /** Slugs of the existing reports (file names anywhere under content/sources/). */
  sourceSlugs: ReadonlySet<string>;
  /** The name each existing report is cited by (its shortName, else its outlet's name), to the report's slug. */
  citationNames: ReadonlyMap<string, string>;
  outlets: KnownOutlet[];
  officials: KnownOfficial[];
}

export interface SourceFrontmatter {
  title: string;
  /** Written only when given: without it, citations name the report by its outlet's name. */
  shortName?: string;
  titleSource: 'capture' | 'page-address';
  date: string;
  dateSource: string;
  outlet: string;
  kind: SourceKind;
  author: string | null;
  url: string | null;
  language: string;
  officials: string[];
  provenance: string[];
}

/** YAML as Astro reads it back: every string double-quoted, so no value is ever read as a date or a number. */
function toYaml(data: object): string {
  return dump(data, { lineWidth: -1, noRefs: true, forceQuotes: true, quotingType: '"', sortKeys: false });
}

/**
 * A content file read back: its frontmatter parsed (an empty object where there is none) and the body after it.
 * Throws js-yaml's error on frontmatter that is not YAML.
 */
export function parseFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const [, yaml, ...rest] = text.split(/^---$/m);
  const data = load(yaml ?? '');
  return {
    data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
    body: rest.join('---'),
  };
}

/** A report's MDX file: frontmatter, then one escaped paragraph per block. */
export function renderSourceMdx(frontmatter: SourceFrontmatter, paragraphs: string[]): string {
  const body = paragraphs.map(escapeMdxParagraph).filter((p) => p !== '');
  return `---\n${toYaml(frontmatter)}---\n\n${body.join('\n\n')}\n`;
}

export function renderOutletYaml(outlet: { name: string; kind: OutletKind }): string {
  return toYaml({ name: outlet.name, country: null, kind: outlet.kind, homepage: null });
}

export interface AddSourcePlan {
  /** Paths relative to the site folder, with "/" separators. */
  source: { path: string; slug: string; contents: string };
  outlet: { slug: string; name: string; created: { path: string; contents: string; kind: OutletKind } | null };
  officials: { slug: string; name: string; as: string | null }[];
  officialsFrom: 'text' | 'option';
  paragraphs: number;
  layout: ParagraphLayout;
  /** Things the editor should still do by hand. */
  hints: string[];
}

/** The report's outlet: a known one, or a new one to write. */
function planOutlet(options: AddSourceOptions, outlets: KnownOutlet[]): AddSourcePlan['outlet'] | Refusal {
  const known = matchOutlet(options.outlet, outlets);
  if (known) return { slug: known.slug, name: known.name, created: null };
  const outletSlug = slugify(options.outlet);
  if (outletSlug === '')
    return refuse(`--outlet: "${options.outlet}" gives no file name for a new outlet; use letters or digits`);
  const kind = options.outletKind ?? OUTLET_KIND_FOR[options.kind];
  return {
    slug: outletSlug,
    name: options.outlet,
    created: {
      path: `content/outlets/${outletSlug}.yaml`,
      contents: renderOutletYaml({ name: options.outlet, kind }),
      kind,
    },
  };
}

/** The officials the report names: those given with --officials (each named in the text), else those found. */
function planOfficials(
  wanted: readonly string[] | undefined,
  plainText: string,
  known: KnownOfficial[],
): AddSourcePlan['officials'] | Refusal {
  if (wanted === undefined) {
    return detectOfficials(plainText, known).map(({ official, as }) => ({
      slug: official.slug,
      name: official.name,
      as,
    }));
  }
  const officials: AddSourcePlan['officials'] = [];
  for (const slug of new Set(wanted)) {
    const official = known.find((o) => o.slug === slug);
    if (!official) {
      const slugs = known.map((o) => o.slug).join(', ');
      return refuse(`--officials: no official "${slug}" in content/officials/ (known: ${slugs || 'none'})`);
    }
    const as = official.names.find((name) => plainText.includes(name));
    if (as === undefined) {
      return refuse(`--officials: the text never names ${official.name} (looked for: ${official.names.join(', ')})`);
    }
    officials.push({ slug: official.slug, name: official.name, as });
  }
  return officials;
}

/** Decides everything add-source will write, or refuses. */
export function planAddSource(
  options: AddSourceOptions,
  fileName: string,
  bytes: Uint8Array,
  content: ContentIndex,
): AddSourcePlan | Refusal {
  const text = decodeText(bytes, fileName);
  if (isRefusal(text)) return text;
  const hostile = findHostileCharacter(text);
  if (hostile) {
    return refuse(
      `${fileName}: line ${hostile.line} contains the invisible character ${hostile.codePoint}, which changes what a reader sees; remove it`,
    );
  }
  const { paragraphs, layout } = splitParagraphs(text);
  const plainText = paragraphs.join('\n');

  const slug = options.slug ?? slugify(options.title);
  if (slug === '') return refuse(`--title: "${options.title}" gives no page address; choose one with --slug`);
  if (isPageNumber(slug)) {
    // /sources/2/ and on are the pages of the list of reports (src/content.config.ts refuses the file too).
    return refuse(
      `the slug "${slug}" is a number alone, the address of a page of the list of reports; choose another with --slug`,
    );
  }
  if (content.sourceSlugs.has(slug)) {
    return refuse(`a report with the slug "${slug}" already exists in content/sources/; choose another with --slug`);
  }

  const outlet = planOutlet(options, content.outlets);
  if (isRefusal(outlet)) return outlet;

  // Citations name a report ("[IANS ¶2]"): the name must be its own.
  const cited = citationName(options.shortName, outlet.name, content.citationNames);
  if (isRefusal(cited)) return cited;
  const shortName = options.shortName ?? cited.numbered;

  const officials = planOfficials(options.officials, plainText, content.officials);
  if (isRefusal(officials)) return officials;

  const frontmatter: SourceFrontmatter = {
    title: options.title,
    ...(shortName === undefined ? {} : { shortName }),
    titleSource: options.titleSource,
    date: options.date,
    dateSource: options.dateSource,
    outlet: outlet.slug,
    kind: options.kind,
    author: options.author,
    url: options.url,
    language: options.language,
    officials: officials.map((o) => o.slug),
    provenance: [
      `Added with add-source from the text file ${fileName}; each ${layout === 'blocks' ? 'blank-line-separated block' : 'line'} of the file is a paragraph, whitespace normalised.`,
      ...options.provenance,
    ],
  };

  const hints: string[] = [];
  for (const { slug: officialSlug, name } of officials) {
    const official = content.officials.find((o) => o.slug === officialSlug)!;
    const suggestion = suggestTitle(plainText, official);
    hints.push(
      `in content/officials/${officialSlug}.yaml, add under titles "- source: ${slug}" with "title:" the title this ` +
        `report gives ${name}, exactly as written` +
        (suggestion ? ` (perhaps "${suggestion.title}": the text has "${suggestion.context}")` : ''),
    );
  }
  if (outlet.created) {
    hints.push(`fill in the country and home page of the new outlet in ${outlet.created.path} (written as not known)`);
  }
  if (cited.numbered !== undefined) {
    hints.push(
      `the report is cited as "[${cited.numbered} ¶1]": its outlet's name already names the report "${cited.taken}"; change shortName in ${`content/sources/${slug}.mdx`} for a name of its own (the site's name, say)`,
    );
  }
  if (options.url === null) hints.push('the report has no address (url: not known); add --url if it is known');

  return {
    source: { path: `content/sources/${slug}.mdx`, slug, contents: renderSourceMdx(frontmatter, paragraphs) },
    outlet,
    officials,
    officialsFrom: options.officials === undefined ? 'text' : 'option',
    paragraphs: paragraphs.length,
    layout,
    hints,
  };
}

/** What add-source prints once it has written the files. */
export function describePlan(plan: AddSourcePlan): string[] {
  const lines = [
    `wrote ${plan.source.path} (${plan.paragraphs} paragraph(s), one per ${plan.layout === 'blocks' ? 'blank-line-separated block' : 'line'} of the file)`,
  ];
  lines.push(
    plan.outlet.created
      ? `  outlet: created ${plan.outlet.created.path} for "${plan.outlet.name}" (kind ${plan.outlet.created.kind})`
      : `  outlet: ${plan.outlet.slug} (${plan.outlet.name}), already known`,
  );
  const officials = plan.officials.map((o) => `${o.slug} (named as "${o.as}")`).join(', ');
  lines.push(
    plan.officialsFrom === 'text'
      ? `  officials detected in the text: ${officials || 'none'}`
      : `  officials, as given with --officials: ${officials || 'none'}`,
  );
  for (const hint of plan.hints) lines.push(`  to do: ${hint}`);
  return lines;
}
