/**
 * A rehype plugin for the report MDX files in content/sources/.
 *
 * It is the one place where the article text is read, so every later step (analysis, highlighting, quotes
 * checked against the text) works on exactly what the reader sees:
 * - numbers the article paragraphs (`id="p1"`, …; paragraphs inside <Artifact> are not counted) and each
 *   sentence inside them, wrapping every sentence in an `<S id="p1-s1">` component that the source page renders
 *   (as a plain span, or as a <mark> where the sentence is evidence for a topic);
 * - refuses anything but plain paragraphs, headings and <Artifact> blocks: a paragraph that Markdown or MDX
 *   turned into emphasis, a link, a list, a code block… is a fidelity error, reported with file and paragraph;
 * - refuses control and bidirectional-override characters, which change what a reader sees;
 * - stores the article model (article.ts) in the entry's `remarkPluginFrontmatter.article`.
 */
import {
  type Article,
  type ArticleArtifact,
  HOSTILE,
  artifactAnchor,
  describeCodePoint,
  isArtifactKind,
  paragraphAnchor,
  sentenceAnchor,
} from './article.ts';
import { splitSentences } from '../text/sentences.ts';

/* Minimal hast and MDX-hast node shapes: the plugin only needs these fields. */
interface TextNode {
  type: 'text';
  value: string;
}
interface Position {
  start: { offset?: number | undefined };
  end: { offset?: number | undefined };
}
interface ElementNode {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
  position?: Position | undefined;
}
interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: HastNode[];
}
interface OtherNode {
  type: string;
  value?: string;
  children?: HastNode[];
}
type HastNode = TextNode | ElementNode | JsxNode | OtherNode;
interface RootNode {
  type: 'root';
  children: HastNode[];
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } } & Record<string, unknown>;
}

export class ArticleError extends Error {
  constructor(file: string | undefined, where: string, problem: string) {
    super(`${file ?? '(unknown file)'}: ${where}: ${problem}`);
    this.name = 'ArticleError';
  }
}

function describeNode(node: HastNode): string {
  if (node.type === 'element') return `<${(node as ElementNode).tagName}>`;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return `<${(node as JsxNode).name ?? ''}>`;
  }
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return 'an MDX {expression}';
  if (node.type === 'mdxjsEsm') return 'an import/export statement';
  return node.type;
}

/**
 * GFM turns bare addresses ("www.example.org", "https://…", "a@b.co") into links, so no escape can prevent it.
 * Such an autolink keeps its text exactly, and its text is taken as plain text. It is recognised either by having
 * no source position (GFM found it in the parsed text, as it does in text escaped by scripts/lib/mdx-escape.ts) or by
 * its source span being exactly as long as its text (found while parsing); a written [link](…) has a position and
 * spans more than its text, and is refused.
 */
function autolinkText(node: HastNode): string | undefined {
  if (node.type !== 'element') return undefined;
  const element = node as ElementNode;
  const only = element.children[0];
  if (element.tagName !== 'a' || element.children.length !== 1 || only?.type !== 'text') return undefined;
  const value = (only as TextNode).value;
  if (!element.position) return value;
  const start = element.position.start.offset;
  const end = element.position.end.offset;
  if (start === undefined || end === undefined || end - start !== value.length) return undefined;
  return value;
}

/** The text of a node that must contain nothing but text. */
function plainText(node: { children: HastNode[] }, file: string | undefined, where: string): string {
  let text = '';
  for (const child of node.children) {
    const autolink = autolinkText(child);
    if (child.type === 'text') text += (child as TextNode).value;
    else if (autolink !== undefined) text += autolink;
    else {
      throw new ArticleError(
        file,
        where,
        `contains ${describeNode(child)}, so Markdown or MDX has read part of the report as markup; ` +
          'escape the characters (scripts/lib/mdx-escape.ts) so that the text stays literal',
      );
    }
  }
  const hostile = HOSTILE.exec(text);
  if (hostile) {
    throw new ArticleError(file, where, `contains the invisible control character ${describeCodePoint(hostile[0])}`);
  }
  return text;
}

function attribute(node: JsxNode, name: string): unknown {
  return node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

function isBlank(node: HastNode): boolean {
  return node.type === 'text' && /^\s*$/.test((node as TextNode).value);
}

function sentenceElement(id: string, text: string): JsxNode {
  return {
    type: 'mdxJsxTextElement',
    name: 'S',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: [{ type: 'text', value: text }],
  };
}

/** Reads and rewrites one article tree; exported for tests, which feed it trees from the real MDX compiler. */
export function transformArticle(tree: RootNode, file: string | undefined): Article {
  const article: Article = { paragraphs: [], headings: [], artifacts: [] };
  for (const node of tree.children) {
    if (isBlank(node)) continue;
    if (node.type === 'element' && (node as ElementNode).tagName === 'p') {
      const p = node as ElementNode;
      const index = article.paragraphs.length + 1;
      const anchor = paragraphAnchor(index);
      const text = plainText(p, file, `article paragraph ${index}`);
      const spans = splitSentences(text);
      const sentences = spans.map((span, i) => ({ id: sentenceAnchor(anchor, i + 1), text: span.text }));
      const children: HastNode[] = [];
      let cursor = 0;
      spans.forEach((span, i) => {
        if (span.start > cursor) children.push({ type: 'text', value: text.slice(cursor, span.start) });
        children.push(sentenceElement(sentences[i]!.id, span.text));
        cursor = span.end;
      });
      if (cursor < text.length) children.push({ type: 'text', value: text.slice(cursor) });
      p.children = children;
      p.properties = { ...p.properties, id: anchor };
      article.paragraphs.push({ anchor, index, text, sentences });
      continue;
    }
    if (node.type === 'element' && /^h[2-6]$/.test((node as ElementNode).tagName)) {
      const h = node as ElementNode;
      const depth = Number(h.tagName.slice(1));
      const text = plainText(h, file, `heading "${h.tagName}" after paragraph ${article.paragraphs.length}`);
      article.headings.push({ depth, text, afterParagraph: article.paragraphs.length });
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' && (node as JsxNode).name === 'Artifact') {
      const jsx = node as JsxNode;
      const number = article.artifacts.length + 1;
      const where = `capture artifact ${number}`;
      const kind = attribute(jsx, 'kind');
      if (!isArtifactKind(kind)) {
        throw new ArticleError(file, where, `kind="${String(kind)}" is not a known kind of capture artifact`);
      }
      const lines: string[] = [];
      for (const child of jsx.children) {
        if (isBlank(child)) continue;
        if (child.type === 'element' && (child as ElementNode).tagName === 'p') {
          lines.push(plainText(child as ElementNode, file, where));
        } else {
          throw new ArticleError(file, where, `contains ${describeNode(child)}; an artifact holds plain lines`);
        }
      }
      if (lines.length === 0) throw new ArticleError(file, where, 'is empty');
      const artifact: ArticleArtifact = {
        anchor: artifactAnchor(number),
        kind,
        lines,
        afterParagraph: article.paragraphs.length,
      };
      jsx.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: artifact.anchor });
      article.artifacts.push(artifact);
      continue;
    }
    throw new ArticleError(
      file,
      `after article paragraph ${article.paragraphs.length}`,
      `found ${describeNode(node)}; the article body holds only paragraphs, headings and <Artifact> blocks`,
    );
  }
  if (article.paragraphs.length === 0) {
    throw new ArticleError(file, 'body', 'the article has no paragraphs (is the body empty?)');
  }
  return article;
}

export interface RehypeArticleOptions {
  /** Which files are reports; others pass through untouched. */
  include: (path: string) => boolean;
}

export default function rehypeArticle(options: RehypeArticleOptions) {
  return (tree: RootNode, file: VFileLike) => {
    if (!file.path || !options.include(file.path)) return;
    const article = transformArticle(tree, file.path);
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter['article'] = article;
  };
}

/** The report files: MDX under a `content/sources/` folder. */
export function isSourceFile(path: string): boolean {
  return /[\\/]content[\\/]sources[\\/][^\\/]+\.mdx$/.test(path);
}
