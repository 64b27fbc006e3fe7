/**
 * Links to a passage on a report's original page: a URL text fragment (`https://…#:~:text=first%20words,last%20words`,
 * WICG "URL Fragment Text Directives", https://wicg.github.io/scroll-to-text-fragment/). A browser that supports it
 * scrolls to the passage and highlights it; one that does not simply opens the page.
 *
 * Each term of the directive is percent-encoded. The specification reserves `-`, `,` and `&` as the directive's own
 * syntax (prefix-, start, end, -suffix; & between directives), so they are escaped inside the text as well, which
 * `encodeURIComponent` does for `,` and `&` but not for `-`.
 */

/** One term of a text directive, percent-encoded as the specification requires. */
export function encodeTextDirectiveTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Fewest words at each end of a passage: enough to be specific, short enough to survive small edits between. */
export const MIN_WORDS = 4;

export interface TextDirective {
  /** The passage's first words, or the whole passage when it is short. */
  start: string;
  /** Its last words, or null when `start` is the whole passage. */
  end: string | null;
}

const words = (text: string) => text.trim().split(/\s+/u).filter(Boolean);

/** A text as the search for a directive sees it: words joined by single spaces, case-folded. */
const searchable = (text: string) => words(text).join(' ').toLowerCase();

/** Whether `needle` occurs exactly once in `haystack`. */
function once(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first !== -1 && haystack.indexOf(needle, first + 1) === -1;
}

/**
 * The start and end terms that pick out `passage`: its first and last MIN_WORDS words, lengthened until the start
 * occurs once in `context` (the whole article, where the browser will search, as far as the site knows it) and the
 * end's first occurrence after the start is the passage's own end, both compared case-folded as browsers match.
 * A passage of at most twice MIN_WORDS words is one term. Whitespace inside a term is a single space: browsers match
 * across collapsed whitespace.
 */
export function textDirective(passage: string, context: string = passage): TextDirective {
  return directiveWithin(passage, searchable(context));
}

function directiveWithin(passage: string, foldedContext: string): TextDirective {
  const all = words(passage);
  if (all.length === 0) throw new Error('a text fragment needs a passage with at least one word');
  const flat = all.join(' ');
  const folded = flat.toLowerCase();
  for (let n = MIN_WORDS; 2 * n < all.length; n++) {
    const start = all.slice(0, n).join(' ');
    const end = all.slice(-n).join(' ');
    const foldedStart = start.toLowerCase();
    if (!once(foldedContext, foldedStart)) continue;
    const foldedEnd = end.toLowerCase();
    if (folded.indexOf(foldedEnd, foldedStart.length) === folded.length - foldedEnd.length) return { start, end };
  }
  return { start: flat, end: null };
}

/** The directive as written after `:~:text=`. */
export function encodeTextDirective(directive: TextDirective): string {
  const start = encodeTextDirectiveTerm(directive.start);
  return directive.end === null ? start : `${start},${encodeTextDirectiveTerm(directive.end)}`;
}

/**
 * The address of `passage` on the page at `url`: the page's address with a text fragment. An address that already
 * has a fragment keeps it, and the directive follows it (`#top:~:text=…`), as the specification allows.
 */
export function passageUrl(url: string, passage: string, context?: string): string {
  const directive = encodeTextDirective(textDirective(passage, context));
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}

/**
 * The address on the original page of each paragraph of an article, by paragraph anchor: every paragraph's directive
 * is made specific within the whole article (see textDirective).
 */
export function paragraphUrls(
  url: string,
  paragraphs: readonly { anchor: string; text: string }[],
): Map<string, string> {
  const context = searchable(paragraphs.map((p) => p.text).join('\n'));
  const base = `${url}${url.includes('#') ? '' : '#'}:~:text=`;
  return new Map(paragraphs.map((p) => [p.anchor, base + encodeTextDirective(directiveWithin(p.text, context))]));
}
