/**
 * The analysed dossier as plain data: built once per build by src/data/built-dossier.ts from the content collections,
 * read by every page. Pure (no astro:* import), so it is tested on plain objects.
 *
 * Building also enforces what a schema cannot: references that point nowhere (Astro only logs those), officials
 * listed for a report whose text never names them, titles that a report does not contain. Every problem is
 * collected, and the build fails once with all of them, each naming the file and the field.
 */
import type { Article } from './article.ts';
import { type PartialDate, toPartialDate } from './dates.ts';
import { ContentError } from './content-error.ts';
import { type CaptureFixity, articleDigest } from './fixity.ts';
import { type TitleMention, titleMention } from './officials.ts';
import { SOURCE_KIND_LABELS, type SourceKind } from './vocabularies.ts';

export interface OutletInput {
  id: string;
  filePath: string;
  data: {
    name: string;
    /** Other names credits give it ("MHA", "Home Ministry"); content/outlets/*.yaml, `aliases`. */
    aliases?: string[] | undefined;
    country: string | null;
    kind: string;
    homepage: string | null;
    note?: string | undefined;
  };
}

export interface OfficialInput {
  id: string;
  filePath: string;
  data: {
    name: string;
    country: string;
    organisation: string;
    position: string;
    names: string[];
    titles: { source: { id: string }; title: string }[];
  };
}

export interface SourceInput {
  id: string;
  filePath: string;
  body: string;
  article: Article | undefined;
  data: {
    title: string;
    titleSource: 'capture' | 'page-address';
    shortName?: string | undefined;
    date: string;
    dateSource: string;
    outlet: { id: string };
    capturedFrom?: { id: string } | undefined;
    carries?: { id: string } | undefined;
    kind: SourceKind;
    author: string | null;
    url: string | null;
    language: string;
    officials: { id: string }[];
    provenance: string[];
    capture?: CaptureFixity | undefined;
  };
}

export interface Outlet extends Omit<OutletInput['data'], 'note'> {
  slug: string;
  note: string | null;
}

/**
 * Where a report gives an official a title: the sentence where title and name stand together, else the first that
 * holds the title (src/lib/content/officials.ts, titleMention), with its paragraph anchor.
 */
export type OfficialTitle = TitleMention;

export interface Official {
  slug: string;
  name: string;
  country: string;
  organisation: string;
  position: string;
  names: string[];
  titles: OfficialTitle[];
}

export interface Source {
  slug: string;
  title: string;
  titleSource: 'capture' | 'page-address';
  /** A short name for citations ("DHS"): the frontmatter's shortName, else the outlet's name. */
  shortName: string;
  date: PartialDate;
  dateSource: string;
  outlet: Outlet;
  capturedFrom: Outlet | null;
  carries: Outlet | null;
  kind: SourceKind;
  kindLabel: string;
  author: string | null;
  url: string | null;
  language: string;
  officials: { official: Official; title: string | null }[];
  provenance: string[];
  article: Article;
  /** SHA-256 digests (src/lib/content/fixity.ts): of the article text, and of the raw capture where the repository keeps it. */
  fixity: { text: string; capture: CaptureFixity | null };
}

export interface Dossier {
  /** Sorted by date (a month sorts before the days of that month), then title. */
  sources: Source[];
  outlets: Outlet[];
  officials: Official[];
  sourceBySlug: ReadonlyMap<string, Source>;
}

/** The text a reader sees in a report's article paragraphs, for finding names and quotes. */
export function articleText(article: Article): string {
  return article.paragraphs.map((p) => p.text).join('\n');
}

/** The outlets, by name. */
function buildOutlets(input: readonly OutletInput[]): Outlet[] {
  return input
    .map((o): Outlet => ({ slug: o.id, ...o.data, note: o.data.note ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The officials, by name, each title found in the report it is credited to (a problem where it is not). */
function buildOfficials(
  input: readonly OfficialInput[],
  sourceInputs: ReadonlyMap<string, SourceInput>,
  problems: string[],
): Official[] {
  return input
    .map((o) => {
      const titles: OfficialTitle[] = [];
      o.data.titles.forEach((t, i) => {
        const field = `titles[${i}]`;
        const source = sourceInputs.get(t.source.id);
        if (!source) {
          problems.push(`${o.filePath}: ${field}.source: no report "${t.source.id}" in content/sources/`);
          return;
        }
        if (!source.article) return;
        const mention = titleMention(o.data, t.source.id, t.title, source.article);
        if (!mention) {
          problems.push(
            `${o.filePath}: ${field}.title: "${t.title}" does not appear in the text of ${source.filePath}`,
          );
          return;
        }
        titles.push(mention);
      });
      return { slug: o.id, ...o.data, titles };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The officials a report lists, each checked to be named in its text. */
function namedOfficials(
  s: SourceInput,
  text: string,
  officialBySlug: ReadonlyMap<string, Official>,
  problems: string[],
): Source['officials'] {
  const file = s.filePath;
  const named: Source['officials'] = [];
  s.data.officials.forEach((ref, i) => {
    const official = officialBySlug.get(ref.id);
    if (!official) {
      problems.push(`${file}: officials[${i}]: no official "${ref.id}" in content/officials/`);
      return;
    }
    if (!official.names.some((n) => text.includes(n))) {
      problems.push(
        `${file}: officials[${i}]: "${ref.id}" is listed, but the article never names ${official.name} ` +
          `(looked for: ${official.names.join(', ')})`,
      );
      return;
    }
    named.push({ official, title: official.titles.find((t) => t.source === s.id)?.title ?? null });
  });
  return named;
}

/** A citation ("[IANS ¶2]") must name one report: a problem for each short name two reports share. */
function checkShortNames(sources: readonly Source[], sourceInputs: ReadonlyMap<string, SourceInput>): string[] {
  const citedAs = new Map<string, string[]>();
  for (const source of sources) {
    const files = citedAs.get(source.shortName) ?? [];
    files.push(sourceInputs.get(source.slug)!.filePath);
    citedAs.set(source.shortName, files);
  }
  return [...citedAs]
    .filter(([, files]) => files.length > 1)
    .map(
      ([name, files]) =>
        `${files.sort().join(', ')}: shortName: each would be cited as "[${name} ¶1]"; give each report a ` +
        `shortName of its own`,
    );
}

export function buildDossier(input: {
  sources: SourceInput[];
  outlets: OutletInput[];
  officials: OfficialInput[];
}): Dossier {
  const problems: string[] = [];
  const outlets = buildOutlets(input.outlets);
  const outletBySlug = new Map(outlets.map((o) => [o.slug, o]));
  const sourceInputs = new Map(input.sources.map((s) => [s.id, s]));

  const outletRef = (file: string, field: string, ref: { id: string } | undefined): Outlet | null => {
    if (!ref) return null;
    const outlet = outletBySlug.get(ref.id);
    if (!outlet) problems.push(`${file}: ${field}: no outlet "${ref.id}" in content/outlets/`);
    return outlet ?? null;
  };

  const officials = buildOfficials(input.officials, sourceInputs, problems);
  const officialBySlug = new Map(officials.map((o) => [o.slug, o]));

  const sources: Source[] = [];
  for (const s of input.sources) {
    const file = s.filePath;
    if (s.body.trim() === '') problems.push(`${file}: body: the article text is empty`);
    if (!s.article) {
      if (s.body.trim() !== '') problems.push(`${file}: body: the article could not be read`);
      continue;
    }
    const outlet = outletRef(file, 'outlet', s.data.outlet);
    const capturedFrom = outletRef(file, 'capturedFrom', s.data.capturedFrom);
    const carries = outletRef(file, 'carries', s.data.carries);
    const named = namedOfficials(s, articleText(s.article), officialBySlug, problems);
    if (!outlet) continue;
    sources.push({
      slug: s.id,
      title: s.data.title,
      titleSource: s.data.titleSource,
      shortName: s.data.shortName ?? outlet.name,
      date: toPartialDate(s.data.date),
      dateSource: s.data.dateSource,
      outlet,
      capturedFrom,
      carries,
      kind: s.data.kind,
      kindLabel: SOURCE_KIND_LABELS[s.data.kind],
      author: s.data.author,
      url: s.data.url,
      language: s.data.language,
      officials: named,
      provenance: s.data.provenance,
      article: s.article,
      fixity: { text: articleDigest(s.article), capture: s.data.capture ?? null },
    });
  }
  problems.push(...checkShortNames(sources, sourceInputs));
  if (problems.length > 0) throw new ContentError(problems);
  sources.sort((a, b) => a.date.iso.localeCompare(b.date.iso) || a.title.localeCompare(b.title, 'en'));
  return { sources, outlets, officials, sourceBySlug: new Map(sources.map((s) => [s.slug, s])) };
}
