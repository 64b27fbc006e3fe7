/**
 * Escaping for HTML written as a string (a page's inner loops, emitted with `set:html`, where a component per row
 * would cost Astro a render each): the same entities Astro itself writes, so that a page built either way is the
 * same byte for byte. Text: `&`, `<`, `>`, `'` and `"`; an attribute's value (always double-quoted): `&` and `"`.
 *
 * Pure TypeScript; no astro:* import.
 */

const TEXT = /[&<>'"]/g;
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text between tags, escaped as Astro escapes an expression's text. */
export function escapeText(text: string): string {
  return text.replace(TEXT, (c) => TEXT_ENTITIES[c]!);
}

/** A double-quoted attribute's value, escaped as Astro escapes an attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** A link: `<a href="…">text</a>`, both escaped. */
export function link(href: string, text: string): string {
  return `<a href="${escapeAttribute(href)}">${escapeText(text)}</a>`;
}

/**
 * An attribute as Astro writes one from an expression: nothing for `undefined` or `null`, the bare name for the
 * empty string, else ` name="value"` escaped.
 */
export function attribute(name: string, value: string | undefined | null): string {
  if (value === undefined || value === null) return '';
  return value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
}
