/**
 * What add-source reads from the text file (scripts/lib/add-source.ts): its bytes decoded, its paragraphs, hostile
 * characters, the outlet and officials it names, and the name citations give the report. Split from add-source.ts
 * to keep each file short; that module re-exports everything here.
 */
import { HOSTILE, describeCodePoint } from '../../src/lib/content/article.ts';
import { slugify } from '../../src/lib/content/slugs.ts';
import { normaliseWhitespace } from './mdx-escape.ts';

/** A refusal: one line, shown as is. */
export interface Refusal {
  refusal: string;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refusal' in value;
}

export const refuse = (refusal: string): Refusal => ({ refusal });

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

/**
 * The name citations give a new report: its --short-name, which must be free; else its outlet's name; else, where
 * another report of the outlet is already cited by that name, the name numbered: "ANI 2", "ANI 3".
 */
export function citationName(
  shortName: string | undefined,
  outletName: string,
  citationNames: ReadonlyMap<string, string>,
): { numbered: string | undefined; taken: string | undefined } | Refusal {
  if (shortName !== undefined) {
    const taken = citationNames.get(shortName);
    if (taken === undefined) return { numbered: undefined, taken: undefined };
    return refuse(`--short-name: "${shortName}" already names the report "${taken}" in citations; choose another`);
  }
  const taken = citationNames.get(outletName);
  if (taken === undefined) return { numbered: undefined, taken: undefined };
  let n = 2;
  while (citationNames.has(`${outletName} ${n}`)) n++;
  return { numbered: `${outletName} ${n}`, taken };
}
