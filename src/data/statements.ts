/**
 * What the statement pages read, made once per build: which sentences have a
 * statement page, and which (src/lib/site/statement-links.ts). A source page that lists a sentence's first
 * counterparts links to `statementPathOf(slug, anchor)` where it is not null.
 */
import { alignment } from './built-alignment';
import { dossier } from './built-dossier';
import { parseSentenceKey, sentenceKey } from '../lib/analysis/alignment';
import { counterpartsOf, sentenceTexts } from '../lib/site/alignment-view';
import { type StatementPages, statementPages, statementPath } from '../lib/site/statement-links';

let texts: ReadonlyMap<string, string> | undefined;
/** The text of every article sentence, by "slug#anchor" (alignment's sentenceKey). */
export const textsOf = () => (texts ??= sentenceTexts(dossier.sources));

let pages: StatementPages | undefined;
export function pagesOf(): StatementPages {
  if (pages) return pages;
  const sentences = dossier.sources.flatMap((source) =>
    source.article.paragraphs.flatMap((p) => p.sentences.map((s) => ({ source: source.slug, sentence: s.id }))),
  );
  pages = statementPages(sentences, (s) => counterpartsOf(alignment, s.source, s.sentence), dossier.sources.length);
  return pages;
}

/** The site path of a sentence's statement page, or null where it has none. */
export function statementPathOf(slug: string, anchor: string): string | null {
  const page = pagesOf().pageOf.get(sentenceKey(slug, anchor));
  if (page === undefined) return null;
  const { source, sentence } = parseSentenceKey(page);
  return statementPath(source, sentence);
}

let positions: ReadonlyMap<string, number> | undefined;
/** Each report's place in the dossier's order, made once (every statement page sorts by it). */
const dossierOrder = () => (positions ??= new Map(dossier.sources.map((s, i) => [s.slug, i])));

export interface Listed {
  source: string;
  sentence: string;
  /** The pair's kind and score with the page's own sentence, where the two are paired. */
  direct: { kind: 'verbatim' | 'edited' | 'reworded'; score: number } | null;
}

/**
 * What a statement page lists: every counterpart of every sentence whose page it is, and those sentences, but the
 * page's own; those paired with the page's sentence first, best first, then the others in the dossier's order.
 */
export function listedOn(slug: string, anchor: string): Listed[] {
  const own = sentenceKey(slug, anchor);
  const direct = counterpartsOf(alignment, slug, anchor);
  const listed = new Map<string, Listed>();
  for (const c of direct)
    listed.set(sentenceKey(c.source, c.sentence), { ...c, direct: { kind: c.kind, score: c.score } });
  for (const member of pagesOf().members.get(own) ?? []) {
    for (const s of [member, ...counterpartsOf(alignment, member.source, member.sentence)]) {
      const key = sentenceKey(s.source, s.sentence);
      if (key === own || listed.has(key)) continue;
      listed.set(key, { source: s.source, sentence: s.sentence, direct: null });
    }
  }
  const order = dossierOrder();
  const rest = [...listed.values()].filter((l) => l.direct === null);
  rest.sort((a, b) => order.get(a.source)! - order.get(b.source)!);
  return [...listed.values()].filter((l) => l.direct !== null).concat(rest);
}
