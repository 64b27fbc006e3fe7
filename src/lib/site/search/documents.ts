/**
 * The search's documents (docs/architecture.md, "Search"): what the search page finds, made at build time from plain data. They are
 * cut into shards with an inverted index of their words (./shards.ts), written as classic scripts that the page loads
 * on demand, so that search works from file:// with no server (Chromium blocks a module script or a fetch() from a
 * file:// page).
 *
 * What is indexed: every article paragraph of every report (linking to its `#pN` anchor), each report itself, each
 * title under which a report names an official (linking to the paragraph), each official's page where it exists,
 * and each topic. A page kind left out of `SearchLinks` adds no results.
 */
export type SearchKind = 'report' | 'paragraph' | 'official' | 'topic';

export interface SearchDocument {
  /** Unique and stable: "paragraph:tfipost#p3". */
  id: string;
  kind: SearchKind;
  /** Indexed with a boost: a report's title, an official's name, a topic's title; empty for paragraphs. */
  title: string;
  /** Indexed: a paragraph's exact text, a topic's definition, what is known of a report or an official. */
  text: string;
  /** Shown with the result, not indexed: where it is ("TFIPost · Blog post · paragraph 3"). */
  label: string;
  /** The link from the search page, relative to it: "../sources/tfipost/index.html#p3". */
  href: string;
}

/** What a report must provide; the dossier's `Source` fits. */
export interface SearchSourceInput {
  slug: string;
  title: string;
  outlet: { name: string };
  kindLabel?: string;
  author?: string | null;
  date?: { iso: string };
  article: { paragraphs: readonly { anchor: string; index?: number; text: string }[] };
}

/** What an official may provide; the dossier's `Official` fits. */
export interface SearchOfficialInput {
  slug: string;
  name: string;
  position?: string;
  organisation?: string;
  country?: string;
  names?: readonly string[];
  titles?: readonly { source: string; title: string; anchor: string }[];
}

/** A topic as the search indexes it: its title and its definition. */
export interface SearchTopicInput {
  slug: string;
  title: string;
  text: string;
}

export interface SearchInput {
  sources: readonly SearchSourceInput[];
  officials?: readonly SearchOfficialInput[] | undefined;
  topics?: readonly SearchTopicInput[] | undefined;
}

/** Site paths of the pages results link to; a page kind that does not exist is left out. */
export interface SearchLinks {
  /** A relative href from the search page to a site path: `(to, fragment) => href(paths.search, to, fragment)`. */
  href: (sitePath: string, fragment?: string) => string;
  source: (slug: string) => string;
  official?: ((slug: string) => string) | undefined;
  topic?: ((slug: string) => string) | undefined;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every document: the officials and topics first, then each report and its paragraphs, report by report. */
export function searchDocuments(input: SearchInput, links: SearchLinks): SearchDocument[] {
  const documents: SearchDocument[] = [];
  const reports: SearchDocument[] = [];
  const sourceBySlug = new Map(input.sources.map((s) => [s.slug, s]));

  for (const source of input.sources) {
    const where = [source.outlet.name, source.kindLabel].filter(Boolean).join(' · ');
    reports.push({
      id: `report:${source.slug}`,
      kind: 'report',
      title: source.title,
      text: clean([source.outlet.name, source.kindLabel, source.author].filter(Boolean).join(' ')),
      label: `Report · ${where}${source.date ? ` · ${source.date.iso}` : ''}`,
      href: links.href(links.source(source.slug)),
    });
    source.article.paragraphs.forEach((paragraph, i) => {
      reports.push({
        id: `paragraph:${source.slug}#${paragraph.anchor}`,
        kind: 'paragraph',
        title: '',
        text: paragraph.text,
        label: `${source.title} · ${where} · paragraph ${paragraph.index ?? i + 1}`,
        href: links.href(links.source(source.slug), paragraph.anchor),
      });
    });
  }

  for (const official of input.officials ?? []) {
    const facts = [official.position, official.organisation, official.country].filter(Boolean).join(', ');
    if (links.official) {
      documents.push({
        id: `official:${official.slug}`,
        kind: 'official',
        title: official.name,
        text: clean([facts, ...(official.names ?? []), ...(official.titles ?? []).map((t) => t.title)].join(' ')),
        label: `Official${facts ? ` · ${facts}` : ''}`,
        href: links.href(links.official(official.slug)),
      });
    }
    for (const named of official.titles ?? []) {
      const source = sourceBySlug.get(named.source);
      if (!source) continue;
      documents.push({
        id: `official:${official.slug}@${named.source}`,
        kind: 'official',
        title: official.name,
        text: named.title,
        label: `How ${source.title} (${source.outlet.name}) names ${official.name}: “${named.title}”`,
        href: links.href(links.source(named.source), named.anchor),
      });
    }
  }

  if (links.topic) {
    for (const topic of input.topics ?? []) {
      documents.push({
        id: `topic:${topic.slug}`,
        kind: 'topic',
        title: topic.title,
        text: clean(topic.text),
        label: 'Topic',
        href: links.href(links.topic(topic.slug)),
      });
    }
  }
  // The reports last, in their order, so that a report's paragraphs sit together in one document shard or two.
  return [...documents, ...reports];
}
