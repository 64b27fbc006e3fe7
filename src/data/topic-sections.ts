/**
 * What a topic page's sections hold (src/lib/site/topics/section-html.ts writes them), gathered from the build's
 * dossier and coverage: for src/pages/topics/[slug]/[...page].astro, once per section.
 */
import { coverage, dossier } from './built-dossier';
import { statementFragmentOf, statementPathOf } from './statements';
import { paragraphNumber, sentenceNumber } from '../lib/content/article';
import { formatPartialDate } from '../lib/content/dates';
import { figure } from '../lib/site/format';
import { href, paths } from '../lib/site/links';
import { COPIES_NAMED, type TopicSection, topicSectionHtml } from '../lib/site/topics';

/** One report's evidence for topic `topic`, as HTML for the page at `page`. */
export function topicSection(section: TopicSection, topic: string, page: string): string {
  const source = dossier.sourceBySlug.get(section.slug)!;
  const wire = section.copyOf ? dossier.sourceBySlug.get(section.copyOf)! : undefined;
  const named = section.sameCopies.slice(0, COPIES_NAMED).map((slug) => dossier.sourceBySlug.get(slug)!);
  const unnamed = section.sameCopies.length - named.length;
  const sourcePath = paths.source(source.slug);
  return topicSectionHtml({
    slug: source.slug,
    title: { href: href(page, sourcePath), text: source.title },
    outlet: source.outlet.name,
    citedAs: source.shortName,
    kind: source.kindLabel,
    date: { iso: source.date.iso, text: formatPartialDate(source.date) },
    language: source.language,
    wire: wire ? { href: href(page, paths.source(wire.slug)), text: wire.shortName } : null,
    evidence: coverage.cell(source.slug, topic).evidence.map((e) => {
      const statement = statementPathOf(source.slug, e.sentence);
      return {
        negated: e.negated,
        quote: e.quote,
        paragraph: { href: href(page, sourcePath, e.anchor), text: `Paragraph ${paragraphNumber(e.anchor)}` },
        sentence: { href: href(page, sourcePath, e.sentence), text: `sentence ${sentenceNumber(e.sentence)}` },
        terms: e.terms,
        statementHref: statement && href(page, statement, statementFragmentOf(source.slug, e.sentence)),
      };
    }),
    copies: {
      count: section.sameCopies.length,
      countText: figure(section.sameCopies.length),
      named: named.map((c) => ({ href: href(page, paths.source(c.slug)), text: c.shortName })),
      unnamed,
      unnamedText: figure(unnamed),
    },
  });
}
