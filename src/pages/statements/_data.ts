/** What the statement pages read, made once per build (not a route: its name starts with "_"). */
import { alignment } from '../../data/alignment';
import { dossier } from '../../data/dossier';
import { counterpartsOf, sentenceTexts } from '../../lib/alignment-view';
import { hasStatementPage } from '../../lib/site/statement-links';

let texts: ReadonlyMap<string, string> | undefined;
/** The text of every article sentence, by "slug#anchor" (alignment-view's sentenceKey). */
export const textsOf = () => (texts ??= sentenceTexts(dossier.sources));

/** Every sentence that has a statement page: its report and anchor. */
export function statementSentences(): { slug: string; anchor: string }[] {
  const reports = dossier.sources.length;
  return dossier.sources.flatMap((source) =>
    source.article.paragraphs.flatMap((p) =>
      p.sentences
        .filter((s) => {
          const counterparts = counterpartsOf(alignment, source.slug, s.id);
          const otherReports = new Set(counterparts.map((c) => c.source)).size;
          return hasStatementPage({ sentences: counterparts.length, otherReports }, reports);
        })
        .map((s) => ({ slug: source.slug, anchor: s.id })),
    ),
  );
}
