/**
 * The logic of `npm run add-source` (scripts/add-source.ts): from a plain text file and a few options, the MDX
 * file of a new report, and the outlet record if the outlet is new. Pure: the script reads the files and the
 * content folders, calls `planAddSource`, and writes what it returns.
 *
 * Everything is checked before anything is written, and every refusal is one line an editor can act on. The text
 * is made MDX-safe by scripts/lib/mdx-escape.ts, so the page shows it exactly as written (whitespace normalised); the
 * frontmatter is written by js-yaml, the YAML library Astro reads it with, never by pasting strings together.
 */
import { dump, load } from 'js-yaml';
import { HOSTILE, describeCodePoint } from '../../src/lib/article.ts';
import { slugify } from '../../src/lib/slugs.ts';
import { type OutletKind, type SourceKind } from '../../src/lib/vocabularies.ts';
import { type AddSourceOptions, type Refusal, isRefusal, refuse } from './add-source-args.ts';
import { escapeMdxParagraph, normaliseWhitespace } from './mdx-escape.ts';

export { type AddSourceOptions, type Refusal, USAGE, isRefusal, parseAddSourceArgs } from './add-source-args.ts';

/** The outlet kind a new outlet gets from the report's kind, unless --outlet-kind says otherwise. */
export const OUTLET_KIND_FOR: Record<SourceKind, OutletKind> = {
  'official-readout': 'government',
  wire: 'wire-agency',
  news: 'news-site',
  blog: 'blog',
  republication: 'news-site',
};

/** Decodes a file's bytes as UTF-8, refusing anything else (a leading byte-order mark is dropped). */
export function decodeText(bytes: Uint8Array, fileName: string): string | Refusal {
  if (bytes.length === 0) return refuse(`${fileName} is empty`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refuse(`${fileName} is UTF-16 text, not UTF-8; save it as UTF-8 and try again`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return refuse(`${fileName} is not UTF-8 text (first invalid byte on line ${line}); save it as UTF-8 and try again`);
  }
  if (text.trim() === '') return refuse(`${fileName} is empty (only whitespace)`);
  return text;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    // Decoding the prefix up to each newline finds the first line that fails.
    if (bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(0, i));
      } catch {
        return line;
      }
      line++;
    }
  }
  return line;
}

export type ParagraphLayout = 'lines' | 'blocks';

/**
 * The paragraphs of a plain text: its blank-line-separated blocks (lines inside a block joined by a space), or,
 * if it has no blank line, its lines. Whitespace is normalised (a capture's line breaks and spacing are layout, not words; nothing else changes).
 */
export function splitParagraphs(text: string): { paragraphs: string[]; layout: ParagraphLayout } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const isBlank = (line: string) => normaliseWhitespace(line) === '';
  const first = lines.findIndex((line) => !isBlank(line));
  const last = lines.findLastIndex((line) => !isBlank(line));
  const body = first === -1 ? [] : lines.slice(first, last + 1);
  const layout: ParagraphLayout = body.some(isBlank) ? 'blocks' : 'lines';
  if (layout === 'lines') return { paragraphs: body.map(normaliseWhitespace), layout };
  const paragraphs: string[] = [];
  let block: string[] = [];
  for (const line of [...body, '']) {
    if (isBlank(line)) {
      if (block.length > 0) paragraphs.push(normaliseWhitespace(block.join(' ')));
      block = [];
    } else block.push(line);
  }
  return { paragraphs, layout };
}

/** The first invisible control or direction-override character in a text, with its line. */
export function findHostileCharacter(text: string): { line: number; codePoint: string } | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const [i, line] of lines.entries()) {
    // Tabs, vertical tabs and form feeds are whitespace, which the text may normalise.
    const hostile = HOSTILE.exec(line.replace(/[\t\v\f]/g, ' '));
    if (hostile) return { line: i + 1, codePoint: describeCodePoint(hostile[0]) };
  }
  return undefined;
}

export interface KnownOutlet {
  slug: string;
  name: string;
}

export interface KnownOfficial {
  slug: string;
  name: string;
  names: string[];
  /** Titles that reports already give the official (from its `titles`), to suggest one for the new report. */
  knownTitles: string[];
}

const fold = (s: string) => normaliseWhitespace(s.normalize('NFKC')).toLowerCase();

/** The known outlet an --outlet value means: its slug, its name (any case), or a name whose slug is known. */
export function matchOutlet(query: string, outlets: KnownOutlet[]): KnownOutlet | undefined {
  return (
    outlets.find((o) => o.slug === query) ??
    outlets.find((o) => fold(o.name) === fold(query)) ??
    outlets.find((o) => o.slug === slugify(query))
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a name stands in a text as a whole word (not inside another word), or -1. */
export function findName(text: string, name: string): number {
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index : -1;
}

/** The officials the text names, each with the first of its name forms found. */
export function detectOfficials(text: string, officials: KnownOfficial[]): { official: KnownOfficial; as: string }[] {
  const found: { official: KnownOfficial; as: string }[] = [];
  for (const official of officials) {
    const as = official.names.find((name) => findName(text, name) !== -1);
    if (as !== undefined) found.push({ official, as });
  }
  return found;
}

/**
 * A title that other reports give the official and that stands right before one of its names in this text
 * ("Home Secretary Ajay Bhalla") or right after it ("Ajay Bhalla, Home Secretary"): a suggestion for the editor,
 * never written by itself, because a title next to a name is not always the title the report gives.
 */
export function suggestTitle(text: string, official: KnownOfficial): { title: string; context: string } | undefined {
  const titles = [...new Set(official.knownTitles)].sort((a, b) => b.length - a.length);
  for (const title of titles) {
    for (const name of official.names) {
      for (const context of [`${title} ${name}`, `${name}, ${title}`]) {
        if (findName(text, context) !== -1) return { title, context };
      }
    }
  }
  return undefined;
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

/** The report's outlet: a known one by name, else a new outlet record. */
function planOutlet(options: AddSourceOptions, content: ContentIndex): AddSourcePlan['outlet'] | Refusal {
  const known = matchOutlet(options.outlet, content.outlets);
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

/** Citations name a report ("[IANS ¶2]"): a refusal where the name is another report's. */
function checkCitationName(options: AddSourceOptions, outletName: string, content: ContentIndex): Refusal | undefined {
  const citedAs = options.shortName ?? outletName;
  const taken = content.citationNames.get(citedAs);
  if (taken === undefined) return undefined;
  return refuse(
    options.shortName === undefined
      ? `the report would be cited as "[${citedAs} ¶1]", the name of its outlet, like the report "${taken}"; give it a name of its own with --short-name`
      : `--short-name: "${citedAs}" already names the report "${taken}" in citations; choose another`,
  );
}

/** The officials the report names: those found in the text, or those --officials lists, each checked in it. */
function planOfficials(
  options: AddSourceOptions,
  plainText: string,
  content: ContentIndex,
): AddSourcePlan['officials'] | Refusal {
  if (options.officials === undefined) {
    return detectOfficials(plainText, content.officials).map(({ official, as }) => ({
      slug: official.slug,
      name: official.name,
      as,
    }));
  }
  const officials: AddSourcePlan['officials'] = [];
  for (const wanted of new Set(options.officials)) {
    const official = content.officials.find((o) => o.slug === wanted);
    if (!official) {
      const slugs = content.officials.map((o) => o.slug).join(', ');
      return refuse(`--officials: no official "${wanted}" in content/officials/ (known: ${slugs || 'none'})`);
    }
    const as = official.names.find((name) => plainText.includes(name));
    if (as === undefined) {
      return refuse(`--officials: the text never names ${official.name} (looked for: ${official.names.join(', ')})`);
    }
    officials.push({ slug: official.slug, name: official.name, as });
  }
  return officials;
}

/** What the editor should still do by hand. */
function hintsFor(
  slug: string,
  plan: Pick<AddSourcePlan, 'officials' | 'outlet'>,
  options: AddSourceOptions,
  plainText: string,
  content: ContentIndex,
): string[] {
  const hints: string[] = [];
  for (const { slug: officialSlug, name } of plan.officials) {
    const official = content.officials.find((o) => o.slug === officialSlug)!;
    const suggestion = suggestTitle(plainText, official);
    hints.push(
      `in content/officials/${officialSlug}.yaml, add under titles "- source: ${slug}" with "title:" the title this ` +
        `report gives ${name}, exactly as written` +
        (suggestion ? ` (perhaps "${suggestion.title}": the text has "${suggestion.context}")` : ''),
    );
  }
  if (plan.outlet.created) {
    hints.push(
      `fill in the country and home page of the new outlet in ${plan.outlet.created.path} (written as not known)`,
    );
  }
  if (options.url === null) hints.push('the report has no address (url: not known); add --url if it is known');
  return hints;
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
  if (content.sourceSlugs.has(slug)) {
    return refuse(`a report with the slug "${slug}" already exists in content/sources/; choose another with --slug`);
  }
  const outlet = planOutlet(options, content);
  if (isRefusal(outlet)) return outlet;
  const nameTaken = checkCitationName(options, outlet.name, content);
  if (nameTaken) return nameTaken;
  const officials = planOfficials(options, plainText, content);
  if (isRefusal(officials)) return officials;

  const frontmatter: SourceFrontmatter = {
    title: options.title,
    ...(options.shortName === undefined ? {} : { shortName: options.shortName }),
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
  return {
    source: { path: `content/sources/${slug}.mdx`, slug, contents: renderSourceMdx(frontmatter, paragraphs) },
    outlet,
    officials,
    officialsFrom: options.officials === undefined ? 'text' : 'option',
    paragraphs: paragraphs.length,
    layout,
    hints: hintsFor(slug, { officials, outlet }, options, plainText, content),
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
