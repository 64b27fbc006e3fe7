/**
 * The registry of the open data files under dist/data/: what each holds, its fields and its licence situation. The
 * /data/ page is written from it (src/pages/data/index.astro), and tests/unit/data-files.test.ts checks that every
 * endpoint in src/pages/data/ has an entry here and every entry an endpoint. A new data file is one endpoint and one
 * entry below.
 */
import { paths } from '../site/links.ts';

export interface DataField {
  /** The field's name, or a path into the file ("sources[].paragraphs[].sentences[]"). */
  name: string;
  meaning: string;
}

export interface DataFile {
  /** Site path of the file ("/data/sources.json"); its endpoint is src/pages/data/<file name>.ts. */
  path: string;
  title: string;
  /** Media type as served. */
  mediaType: string;
  /** The convention others read it by, where it follows one. */
  convention: string | null;
  /** What it holds, in a sentence or two. */
  holds: string;
  fields: readonly DataField[];
  licence: string;
}

/** For files that hold the reports' own words. */
export const THIRD_PARTY_TEXTS =
  'The article texts and quoted passages are the reports’ publishers’ work, reproduced word for word to document ' +
  'and compare the reports; this project grants no licence to them. Its own data in the file (anchors, offsets, ' +
  'digests, classifications) comes with no stated licence.';

/** For files of the project's own analysis, with no article text beyond anchors. */
export const OWN_ANALYSIS = 'The project’s own analysis of the reports; the project has not stated a licence for it.';

export const DATA_FILES: readonly DataFile[] = [
  {
    path: paths.sourcesJson,
    title: 'The reports and their texts',
    mediaType: 'application/json',
    convention: null,
    holds:
      'Every report: its catalogue entry, the SHA-256 digests of its text and of its raw capture, and its article ' +
      'text as paragraphs and sentences with their anchors on the source page. Enough to rerun any analysis ' +
      'without reading the pages.',
    fields: [
      {
        name: 'sources[].slug, title, citedAs, page',
        meaning:
          'The report’s identifier, its title verbatim, the short name the site cites it by ("DHS" in "[DHS ¶3]"; ' +
          'no two reports share one), and its page on this site.',
      },
      {
        name: 'sources[].outlet, carries, capturedFrom',
        meaning: 'Who published it, whose story it carries, and the site the capture came from ({slug, name} or null).',
      },
      { name: 'sources[].kind', meaning: 'official-readout, wire, news, blog or republication.' },
      {
        name: 'sources[].date, datePrecision, dateSource',
        meaning: 'The date as known ("YYYY-MM-DD", or "YYYY-MM" with precision "month") and where it comes from.',
      },
      {
        name: 'sources[].url, author, language',
        meaning: 'Where the report was found, its byline and its language tag; null where not known.',
      },
      { name: 'sources[].sha256.text', meaning: 'SHA-256 of text (see Fixity below).' },
      {
        name: 'sources[].sha256.capture',
        meaning: '{file, sha256} of the raw capture as received, kept in the repository; null where it is not kept.',
      },
      { name: 'sources[].text', meaning: 'The article text: paragraphs in order, NFC, joined by a blank line.' },
      {
        name: 'sources[].paragraphs[]',
        meaning:
          'anchor (p1, p2, …), start and end (offsets in text, in code points), text, and sentences[] with the same fields (anchors p1-s1, …).',
      },
      {
        name: 'sources[].headings[], artifacts[]',
        meaning: 'Section headings and capture debris, which are not part of text, with where they stand.',
      },
    ],
    licence: THIRD_PARTY_TEXTS,
  },
  {
    path: paths.annotations,
    title: 'The evidence as web annotations',
    mediaType: 'application/ld+json',
    convention:
      'W3C Web Annotation Data Model (JSON-LD context http://www.w3.org/ns/anno.jsonld), readable by annotation tools',
    holds:
      'An AnnotationCollection: every sentence that is evidence for a topic (motivation classifying) and every quote ' +
      'that supports one of the site’s statements (motivation assessing), each targeting the report’s page.',
    fields: [
      {
        name: 'first.items[].body',
        meaning:
          'The topic (a link to its page, and whether the sentence covers it or says it was not discussed), or the statement, the report’s stance to it (agrees, differs, contradicts) and a link to it.',
      },
      { name: 'first.items[].target.source', meaning: 'The report’s page, relative to this file.' },
      {
        name: 'TextQuoteSelector',
        meaning: 'exact: the words; prefix and suffix: up to 32 characters of the article text either side.',
      },
      {
        name: 'TextPositionSelector',
        meaning: 'start and end: offsets in code points into the report’s text in sources.json.',
      },
      {
        name: 'FragmentSelector',
        meaning: 'The anchor on the page: the sentence (p3-s2), or the paragraph where a quote runs across sentences.',
      },
    ],
    licence: THIRD_PARTY_TEXTS,
  },
  {
    path: paths.coverageJson,
    title: 'Topic coverage',
    mediaType: 'application/json',
    convention: null,
    holds: 'For every report and topic, the sentences that are evidence for the topic.',
    fields: [
      { name: 'topics[]', meaning: 'slug and title of each topic.' },
      { name: 'sources[]', meaning: 'slug, title, outlet, date, kind and url of each report.' },
      {
        name: 'coverage[]',
        meaning:
          'source, topic and evidence[]: anchor (paragraph), sentence (anchor), quote (the sentence), negated (says the topic was not discussed).',
      },
    ],
    licence: THIRD_PARTY_TEXTS,
  },
  {
    path: paths.coverageCsv,
    title: 'Topic coverage as a table',
    mediaType: 'text/csv',
    convention: 'CSV as RFC 4180 defines it (quoted fields, CRLF line ends)',
    holds: 'One row per report and topic: how many sentences are evidence, and the status.',
    fields: [
      { name: 'source, topic', meaning: 'The report’s and the topic’s slugs.' },
      {
        name: 'evidence_sentences, negated_sentences',
        meaning: 'Evidence sentences, and how many of them say the topic was not discussed.',
      },
      { name: 'status', meaning: 'covered, negated-only or not-mentioned.' },
    ],
    licence: OWN_ANALYSIS,
  },
  {
    path: paths.reuseData,
    title: 'Text reuse between reports',
    mediaType: 'application/json',
    convention: null,
    holds:
      'For every pair of reports, how much of each is found in the other (runs of five words), and the shared ' +
      'passages for the pairs that share most.',
    fields: [
      {
        name: 'shingleWords, sources[]',
        meaning: 'The run length in words, and each report’s count of distinct runs.',
      },
      {
        name: 'pairs[].a, b, aInB, bInA, sharedShingles',
        meaning: 'The two reports, the share of each found in the other (0 to 1), and the runs they share.',
      },
      {
        name: 'pairs[].passages[]',
        meaning:
          'text (as a writes it), textInB where b writes it otherwise, words, and the anchors in a and b; null where not looked for (passagesFor says for how many pairs they are).',
      },
      { name: 'emptyPairs', meaning: 'Whether pairs that share nothing are listed.' },
    ],
    licence: THIRD_PARTY_TEXTS,
  },
  {
    path: paths.alignmentData,
    title: 'Statement alignment: every sentence’s counterparts',
    mediaType: 'application/json',
    convention: null,
    holds:
      'Every pair of sentences of two reports that make the same statement, copied, edited or reworded, with a ' +
      'score and the words and meanings the two share (an inference of the site; see the side-by-side page).',
    fields: [
      { name: 'method', meaning: 'How the pairs are found and what each kind means, in a sentence.' },
      { name: 'sentences', meaning: 'For each report: its article sentences and how many of them have a counterpart.' },
      {
        name: 'pairs[].a, b',
        meaning:
          '{source, sentence}: a report’s slug and a sentence anchor on its page (p8-s2); a is the report that comes first by date.',
      },
      { name: 'pairs[].kind, score', meaning: 'verbatim, edited or reworded; a score from 0 to 1.' },
      {
        name: 'pairs[].shared, meanings',
        meaning:
          'The words both sentences use (as a writes them), and the pairs of different words matched by meaning (WordNet).',
      },
    ],
    licence: OWN_ANALYSIS,
  },
  {
    path: paths.derivationData,
    title: 'Who follows whom, and the readout the dossier lacks',
    mediaType: 'application/json',
    convention: null,
    holds:
      'The site’s inference of which report follows which, and of the common sources the dossier lacks: each with ' +
      'its witnesses, the sentences that credit it, and its text reconstructed statement by statement as far as ' +
      'the witnesses allow (a reconstruction, not a quotation).',
    fields: [
      {
        name: 'commonSources[].id, label',
        meaning: 'The absent source’s identifier and its name, from the reports’ credits where they give one.',
      },
      { name: 'commonSources[].attributions[]', meaning: '{source, sentence}: the sentences that credit it.' },
      { name: 'commonSources[].witnesses[]', meaning: 'The reports that carry it.' },
      {
        name: 'commonSources[].reconstruction[]',
        meaning:
          'Each statement two or more witnesses share, in the text’s order: kept (whether the reconstruction keeps it), ' +
          'text (the reconstructed wording), base (the witness whose reading it rests on), agreement (0–1: share of ' +
          'the base’s words another independent witness also has; null where every witness rewords it) and witnesses[] ' +
          '({source, sentence}). A statement the reconstruction leaves out (read only by one report and its copies, ' +
          'which count once, before or after every statement others share) has kept false, text, base and agreement ' +
          'null and no apparatus.',
      },
      {
        name: 'commonSources[].reconstruction[].apparatus[]',
        meaning:
          'Where the witnesses differ, one entry a variant: {witnesses, words, type, lemma, after}. type: only (base words no other ' +
          'witness has, left out), adds (words one witness alone adds, left out), reads (a witness’s own words ' +
          'where the text takes another’s), kept (a joining word only the base has, kept), lacks (words of the ' +
          'text a witness does not have, with nothing in their place). lemma: the words of ' +
          'text the entry stands against; where null, after names the words of text it follows (null at the start).',
      },
      {
        name: 'edges[].from, to, statements',
        meaning: 'A report or common source, the report that follows it, and the statements it carries.',
      },
    ],
    licence: THIRD_PARTY_TEXTS,
  },
  {
    path: '/data/by-report.json',
    title: 'The open data split by report',
    mediaType: 'application/json',
    convention: 'W3C Web Annotation paging (AnnotationPage) for the annotations',
    holds:
      'The index of the per-report files, which hold the same data as sources.json, annotations.jsonld and ' +
      'alignment.json, one report at a time, so that a reader of one report need not load the whole dossier. A whole ' +
      'file that would be over 16 MiB is written as the list of its parts (`parts`) instead.',
    fields: [
      { name: 'reports[].slug', meaning: 'The report, in the dossier’s order (by date).' },
      {
        name: 'reports[].sources',
        meaning: 'sources/<slug>.json: {about, sources: [the report’s entry]}, as in sources.json.',
      },
      {
        name: 'reports[].annotations',
        meaning:
          'annotations/<slug>.jsonld: an AnnotationPage of the collection annotations.jsonld (partOf, startIndex, ' +
          'prev, next) with the annotations whose target is the report.',
      },
      {
        name: 'reports[].alignment',
        meaning:
          'alignment/<slug>.json: {method, source, pairs[]}: the pairs of alignment.json with a sentence in the report.',
      },
    ],
    licence: THIRD_PARTY_TEXTS,
  },
];

/** The file name of a data file's endpoint in src/pages/data/: "/data/sources.json" -> "sources.json.ts". */
export function endpointFile(file: Pick<DataFile, 'path'>): string {
  return `${file.path.slice(file.path.lastIndexOf('/') + 1)}.ts`;
}
