/**
 * What the statement pages read, made once per build: which sentences have a
 * statement page, and which (src/lib/site/statement-links.ts). A source page that lists a sentence's first
 * counterparts links to `statementPathOf(slug, anchor)` where it is not null.
 */
import { alignment } from './built-alignment';
import { dossier } from './built-dossier';
import { type Statement, parseSentenceKey, sentenceKey, statementOf } from '../lib/analysis/alignment';
import { counterpartsOf, sentenceTexts } from '../lib/site/alignment-view';
import {
  type Listed,
  type StatementPages,
  statementListing,
  statementPages,
  statementPath,
  wordsClose,
} from '../lib/site/statement-links';

let texts: ReadonlyMap<string, string> | undefined;
/** The text of every article sentence, by "slug#anchor" (alignment's sentenceKey). */
export const textsOf = () => (texts ??= sentenceTexts(dossier.sources));

/** A sentence's statement as the alignment reads it (its folded words among them), by the alignment's own cache. */
const statementAt = (source: string, sentence: string): Statement =>
  statementOf(textsOf().get(sentenceKey(source, sentence)) ?? '');

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
    (first, s) => wordsClose(statementAt(first.source, first.sentence), statementAt(s.source, s.sentence)),
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

/**
 * What a statement page lists (statement-links.ts statementListing): every counterpart of every sentence whose page
 * it is, and those sentences, but the page's own; those the alignment pairs with the page's sentence first.
 */
export function listedOn(slug: string, anchor: string): Listed[] {
  const order = dossierOrder();
  return statementListing(
    { source: slug, sentence: anchor },
    pagesOf().members.get(sentenceKey(slug, anchor)) ?? [],
    (s) => counterpartsOf(alignment, s.source, s.sentence),
    (s) => statementAt(s.source, s.sentence),
    (source) => order.get(source)!,
  );
}
