/**
 * Post-build rewriting of root-absolute references, so that one build works from disk (file://), at a host's root
 * and under any sub-path (docs/architecture.md, "Reading offline" and "Hosting").
 *
 * Pages link to each other relatively through src/lib/site/links.ts, but Astro injects its bundled assets as
 * root-absolute addresses (`<link rel="stylesheet" href="/_astro/x.css">`), which from file:// point at the disk's
 * root and under `/hsd/` at the host's root. This module rewrites references into the assets folder relative to
 * the file that holds them, and reports every other root-absolute reference, so that the build can fail on a link
 * written by hand instead of through `href()`.
 *
 * Pure string processing over plain text; the integration in src/integrations/relative-assets.ts walks dist/.
 */

/** Attributes that hold one address. `srcset` holds a list and is handled apart. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'xlink:href']);

/*
 * HTML's whitespace is ASCII only (space, tab, line feed, form feed, carriage return), so the patterns spell it out
 * rather than use `\s`, which also takes a no-break space: the same tags are found whether a file is read as UTF-8
 * or byte for byte (as Latin-1, which src/integrations/relative-assets.ts does to leave every other byte as it was).
 */
/** A start tag, its attribute values quoted or not (a `>` inside a quoted value does not end the tag). */
const START_TAG =
  /<[a-zA-Z][^\t\n\f\r />]*(?:[\t\n\f\r ]+[^\t\n\f\r =/>"']+(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'=<>`]+))?)*[\t\n\f\r ]*\/?>/g;
const ATTRIBUTE = /([\t\n\f\r ])([^\t\n\f\r =/>"']+)([\t\n\f\r ]*=[\t\n\f\r ]*)("[^"]*"|'[^']*'|[^\t\n\f\r "'=<>`]+)/g;
/**
 * What a start tag must contain for one of its attributes to hold a root-absolute address: a value starting with "/",
 * or a srcset. Found anywhere in a file, it also marks how far into the file tags need reading at all.
 */
const MAY_HOLD_ROOT_ABSOLUTE = /=[\t\n\f\r ]*["']?\/|srcset/i;
const MAY_HOLD_ROOT_ABSOLUTE_ALL = new RegExp(MAY_HOLD_ROOT_ABSOLUTE.source, 'gi');
/** Raw-text elements whose content is not markup. */
const RAW_TEXT = /<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1[\t\n\f\r ]*>/gi;

export interface RewriteOptions {
  /** The assets folder Astro writes to (`build.assets`), without slashes: "_astro". */
  assetsDir: string;
  /**
   * Root-absolute references allowed to stay as they are, by file: the 404 page's link to the host's root, which
   * hosts serve at any depth (see src/pages/404.astro).
   */
  allow?: (file: string, url: string) => boolean;
}

export interface RewriteResult {
  text: string;
  /** Root-absolute references left in place (not into the assets folder, and not allowed): each an error. */
  remaining: string[];
}

/** A root-absolute address names a path on the current host: "/x", not "//host/x" (another host) nor "x". */
export function isRootAbsolute(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Folders above `file` (its path inside the output folder, "sources/a/index.html") up to the output root. */
function upFrom(file: string): string {
  const depth = file.split('/').length - 1;
  return '../'.repeat(depth);
}

function rewriteUrl(url: string, file: string, options: RewriteOptions, remaining: string[]): string {
  if (!isRootAbsolute(url)) return url;
  if (url.startsWith(`/${options.assetsDir}/`)) return upFrom(file) + url.slice(1);
  if (!options.allow?.(file, url)) remaining.push(url);
  return url;
}

function rewriteSrcset(value: string, file: string, options: RewriteOptions, remaining: string[]): string {
  return value
    .split(',')
    .map((candidate) => {
      const match = /^([\t\n\f\r ]*)([^\t\n\f\r ]+)(.*)$/s.exec(candidate);
      if (!match) return candidate;
      return `${match[1]}${rewriteUrl(match[2]!, file, options, remaining)}${match[3]}`;
    })
    .join(',');
}

function unquote(raw: string): { quote: string; value: string } {
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : '';
  return { quote, value: quote ? raw.slice(1, -1) : raw };
}

/**
 * Rewrites root-absolute references into the assets folder in one HTML file, relative to that file
 * (`file` is its path inside the output folder: "sources/a/index.html", "404.html").
 */
export function relativiseHtml(html: string, file: string, options: RewriteOptions): RewriteResult {
  const remaining: string[] = [];
  // No tag that starts after the last place an address could start with "/" can hold one: tags are read up to
  // there, in the same order as over the whole file, and the rest is left as it is. Astro's asset links are in the
  // <head>, so that is usually the first few hundred bytes of a page.
  let last = -1;
  for (const m of html.matchAll(MAY_HOLD_ROOT_ABSOLUTE_ALL)) last = m.index;
  if (last < 0) return { text: html, remaining };
  // Tags inside raw-text elements (a `<script>` or `<style>` body) are left alone: only real start tags are read.
  const rawRanges: [number, number][] = [];
  for (const m of html.matchAll(RAW_TEXT)) {
    if (m.index > last) break;
    const openEnd = m[0].indexOf('>') + 1;
    rawRanges.push([m.index + openEnd, m.index + m[0].length]);
  }
  const inRaw = (index: number) => rawRanges.some(([start, end]) => index >= start && index < end);
  const parts: string[] = [];
  let copied = 0;
  START_TAG.lastIndex = 0;
  for (let m = START_TAG.exec(html); m !== null && m.index <= last; m = START_TAG.exec(html)) {
    const tag = m[0];
    // Most tags hold no root-absolute value and no srcset: the test is cheaper than reading their attributes.
    if (!MAY_HOLD_ROOT_ABSOLUTE.test(tag) || inRaw(m.index)) continue;
    const rewritten = tag.replace(ATTRIBUTE, (whole, space: string, name: string, equals: string, raw: string) => {
      const attribute = name.toLowerCase();
      const { quote, value } = unquote(raw);
      let url: string;
      if (attribute === 'srcset' || attribute === 'imagesrcset') url = rewriteSrcset(value, file, options, remaining);
      else if (URL_ATTRIBUTES.has(attribute)) url = rewriteUrl(value, file, options, remaining);
      else return whole;
      return `${space}${name}${equals}${quote}${url}${quote}`;
    });
    if (rewritten === tag) continue;
    parts.push(html.slice(copied, m.index), rewritten);
    copied = m.index + tag.length;
  }
  if (copied === 0) return { text: html, remaining };
  parts.push(html.slice(copied));
  return { text: parts.join(''), remaining };
}

/** The same for a stylesheet: `url(/_astro/font.woff2)` in "_astro/site.css" becomes `url(../_astro/font.woff2)`. */
export function relativiseCss(css: string, file: string, options: RewriteOptions): RewriteResult {
  const remaining: string[] = [];
  const text = css.replace(
    /url\([\t\n\f\r ]*(["']?)([^"')]+)\1[\t\n\f\r ]*\)/g,
    (_whole, quote: string, url: string) => {
      return `url(${quote}${rewriteUrl(url.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''), file, options, remaining)}${quote})`;
    },
  );
  return { text, remaining };
}
