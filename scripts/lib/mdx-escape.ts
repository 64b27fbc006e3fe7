/**
 * Writing report text into MDX so that it renders exactly as written.
 *
 * MDX reads `{` as an expression, `<` as JSX, `import`/`export` at the start of a line as ES modules, and
 * Markdown reads `*`, `_`, `#`, `>`, `1.`, `[x](y)`, backticks, `|`, `~`, `&amp;`-style references, and GFM
 * reads bare addresses as links. Every one of those is neutralised here, with a backslash escape where CommonMark
 * allows one (any ASCII punctuation) and a character reference otherwise (the first letter of `import`/`export`
 * and of a bare address). The escaped text renders back to the input character for character;
 * tests/unit/scripts/mdx-escape.test.ts renders it through the real MDX compiler to prove it.
 *
 * Whitespace is normalised (runs of spaces and tabs become one space, ends are trimmed): a capture's spacing is
 * layout, not words, and normalising it keeps four leading spaces from turning a paragraph into a code block.
 */

/** ASCII punctuation that is escaped wherever it appears. */
const ALWAYS = new Set(['\\', '{', '}', '<', '>', '*', '_', '[', ']', '`', '|', '~', '&', '#', '!']);

/** Characters that only matter at the start of a line (lists, setext underlines, thematic breaks). */
const AT_LINE_START = new Set(['-', '+', '=', ':']);

/**
 * Where a bare address begins ("www.", "http://", "https://", the "@" of an e-mail address). While parsing, GFM
 * reads an address as a link in which backslash escapes stay literal ("https://x.org/a\_b" would show the
 * backslash), so the address's first character is written as a character reference: the parser then sees no
 * address. GFM still links addresses found in the parsed text, with their exact text, and
 * src/lib/content/rehype-article.ts reads such links back as text.
 */
const AUTOLINK_START = /^(?:www\.|https?:\/\/|@)/i;

export function normaliseWhitespace(text: string): string {
  // eslint-disable-next-line no-control-regex -- a vertical tab is whitespace to fold, on purpose
  return text.replace(/[ \t\u000B\f\r]+/g, ' ').trim();
}

/** Escapes one line of text (no newline inside) so that MDX renders it literally. */
export function escapeMdxLine(line: string): string {
  const text = normaliseWhitespace(line);
  if (/[\n]/.test(text)) throw new Error('escapeMdxLine takes a single line');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ALWAYS.has(ch) || (i === 0 && AT_LINE_START.has(ch))) out += `\\${ch}`;
    else if (AUTOLINK_START.test(text.slice(i, i + 8))) out += `&#${ch.charCodeAt(0)};`;
    else out += ch;
  }
  // "1. " or "1) " at the start of a line opens an ordered list.
  out = out.replace(/^(\d+)([.)])/, '$1\\$2');
  // import/export at the start of a line are ES module statements in MDX.
  out = out.replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
  return out;
}

/** Escapes a paragraph that may span several lines (lines are kept as soft line breaks). */
export function escapeMdxParagraph(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => escapeMdxLine(line))
    .filter((line) => line.length > 0)
    .join('\n');
}
