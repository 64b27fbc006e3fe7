/** Reading built pages in unit tests: a real HTML parser (hast-util-from-html, parse5 underneath), no regexes. */
import { readFileSync } from 'node:fs';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export function parsePage(path: string): Root {
  return fromHtml(readFileSync(path, 'utf8'));
}

export function elements(node: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element' && test(n)) found.push(n);
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return found;
}

/** The text a reader sees in an element (its text nodes, entities decoded), whitespace collapsed. */
export function textOf(node: Nodes): string {
  let text = '';
  const walk = (n: Nodes) => {
    if (n.type === 'text') text += n.value;
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}

export const hasClass = (element: Element, name: string) =>
  Array.isArray(element.properties['className']) && element.properties['className'].includes(name);
