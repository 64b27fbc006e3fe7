/**
 * What the statement pages read, made once per build: which sentences have a
 * statement page, and which (src/lib/site/statement-links.ts). A source page that lists a sentence's first
 * counterparts links to `statementPathOf(slug, anchor)` where it is not null.
 */
import { alignment } from './built-alignment';
import { dossier } from './built-dossier';
import { parseSentenceKey, sentenceKey } from '../lib/analysis/alignment';
import { counterpartsOf, sentenceTexts } from '../lib/site/alignment-view';
import {
  type StatementPages,
  foldedWords,
  statementPages,
  statementPath,
  wordsClose,
} from '../lib/site/statement-links';

let texts: ReadonlyMap<string, string> | undefined;
/** The text of every article sentence, by "slug#anchor" (alignment's sentenceKey). */
export const textsOf = () => (texts ??= sentenceTexts(dossier.sources));

let folded: Map<string, string[]> | undefined;
/** A sentence's folded words (statement-links.ts foldedWords), by "slug#anchor", each worked out once. */
function foldedOf(source: string, sentence: string): string[] {
  const key = sentenceKey(source, sentence);
  let words = (folded ??= new Map()).get(key);
  if (!words) folded.set(key, (words = foldedWords(textsOf().get(key) ?? '')));
  return words;
}

let pages: StatementPages | undefined;
/** Which sentences have a statement page, and which: one page per statement (statement-links.ts statementPages). */
export function pagesOf(): StatementPages {
  if (pages) return pages;
  const sentences = dossier.sources.flatMap((source) =>
    source.article.paragraphs.flatMap((p) => p.sentences.map((s) => ({ source: source.slug, sentence: s.id }))),
  );
  pages = statementPages(
    sentences,
    (s) => counterpartsOf(alignment, s.source, s.sentence),
    dossier.sources.length,
    (first, s) => wordsClose(foldedOf(first.source, first.sentence), foldedOf(s.source, s.sentence)),
  );
  return pages;
}

/**
 * The site path of a sentence's statement page, or null where it has none. The page may be named after another
 * sentence of the same statement; `statementFragmentOf` is where this sentence stands on it.
 */
export function statementPathOf(slug: string, anchor: string): string | null {
  const page = pagesOf().pageOf.get(sentenceKey(slug, anchor));
  if (page === undefined) return null;
  const { source, sentence } = parseSentenceKey(page);
  return statementPath(source, sentence);
}

/** The id of the place on a statement page where a sentence whose page it is, not its own, is listed. */
export const placeId = (slug: string, anchor: string) => `from-${slug}-${anchor}`;

/**
 * The fragment of a sentence's place on its statement page (`placeId`), for a link from the sentence to land on it;
 * undefined where the page is the sentence's own (its quotation heads the page) or where it has none.
 */
export function statementFragmentOf(slug: string, anchor: string): string | undefined {
  const page = pagesOf().pageOf.get(sentenceKey(slug, anchor));
  return page === undefined || page === sentenceKey(slug, anchor) ? undefined : placeId(slug, anchor);
}

let positions: ReadonlyMap<string, number> | undefined;
/** Each report's place in the dossier's order, made once (every statement page sorts by it). */
const dossierOrder = () => (positions ??= new Map(dossier.sources.map((s, i) => [s.slug, i])));

export interface Listed {
  source: string;
  sentence: string;
  /** The pair's kind and score with the page's own sentence, where the alignment pairs the two. */
  direct: { kind: 'verbatim' | 'edited' | 'reworded'; score: number } | null;
  /**
   * Where the alignment does not pair it with the page's sentence (it keeps a sentence's few best pairs): a sentence
   * whose page this is is a copy or an edit of the page's sentence by their words (statementPages joins no other),
   * and which; null for any other.
   */
  byWords: 'verbatim' | 'edited' | null;
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * What a statement page lists: every counterpart of every sentence whose page it is, and those sentences, but the
 * page's own: those the alignment pairs with the page's sentence first, best first; then the other sentences whose
 * page it is, then the rest, each in the dossier's order.
 */
export function listedOn(slug: string, anchor: string): Listed[] {
  const own = sentenceKey(slug, anchor);
  const listed = new Map<string, Listed>();
  for (const c of counterpartsOf(alignment, slug, anchor))
    listed.set(sentenceKey(c.source, c.sentence), { ...c, direct: { kind: c.kind, score: c.score }, byWords: null });
  const members = pagesOf().members.get(own) ?? [];
  const first = foldedOf(slug, anchor);
  for (const m of members) {
    const key = sentenceKey(m.source, m.sentence);
    if (key === own || listed.has(key)) continue;
    const byWords = sameWords(first, foldedOf(m.source, m.sentence)) ? 'verbatim' : 'edited';
    listed.set(key, { source: m.source, sentence: m.sentence, direct: null, byWords });
  }
  for (const member of members) {
    for (const s of counterpartsOf(alignment, member.source, member.sentence)) {
      const key = sentenceKey(s.source, s.sentence);
      if (key === own || listed.has(key)) continue;
      listed.set(key, { source: s.source, sentence: s.sentence, direct: null, byWords: null });
    }
  }
  const order = dossierOrder();
  const byOrder = (a: Listed, b: Listed) => order.get(a.source)! - order.get(b.source)!;
  const all = [...listed.values()];
  return [
    ...all.filter((l) => l.direct !== null),
    ...all.filter((l) => l.byWords !== null).sort(byOrder),
    ...all.filter((l) => l.direct === null && l.byWords === null).sort(byOrder),
  ];
}
