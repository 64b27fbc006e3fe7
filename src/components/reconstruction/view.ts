/**
 * What the reconstruction page shows of a reconstruction (src/lib/analysis/collation/): each statement's number and
 * anchor, and of its readings and apparatus the ten closest to the text, the rest counted (all stay in
 * derivation.json).
 */
import { type ApparatusEntry, type ReconstructedStatement, likeness } from '../../lib/analysis/collation/index.ts';
import { listPageOf, listPagePath, paths } from '../../lib/site/links.ts';

/** The self-check's page (src/pages/derivation/self-check.astro), a path as src/lib/site/links.ts's `paths` give them. */
export const SELF_CHECK_PATH = '/derivation/self-check/';

/** The most readings of one statement the page shows; the others are counted. */
export const SHOWN_READINGS = 10;

export interface StatementView {
  /** Its anchor: the derivation's ("s3") for a statement two or more witnesses share, "s3-1" for one kept after it. */
  anchor: string;
  /** Its number as the page gives it: "3", or "3a" for the first statement one witness keeps after statement 3. */
  label: string;
  statement: ReconstructedStatement;
  /** The readings shown, closest to the text first. */
  readings: ReconstructedStatement['readings'];
  hiddenReadings: number;
  /** The apparatus entries of the readings shown, in the text's order. */
  apparatus: ApparatusEntry[];
  hiddenEntries: number;
}

/** Each statement's anchor and label (see statementViews). */
function numbering(
  statements: readonly ReconstructedStatement[],
  anchors: readonly string[],
): { anchor: string; label: string }[] {
  let number = 0;
  let letter = 0;
  return statements.map((statement) => {
    if (statement.given !== null) {
      const anchor = anchors[statement.given]!;
      number = Number(anchor.replace(/^s/u, ''));
      letter = 0;
      return { anchor, label: String(number) };
    }
    letter++;
    return { anchor: `s${number}-${letter}`, label: `${number}${String.fromCharCode(96 + letter)}` };
  });
}

type CommonSources = readonly { id: string; statements: readonly { id: string }[] }[];
const anchorsOf = new WeakMap<CommonSources, Map<string, string[]>>();

/** A common source's statement anchors (the derivation's), in its order; worked out once for all of them. */
export function commonAnchors(commonSources: CommonSources, id: string): string[] {
  let byId = anchorsOf.get(commonSources);
  if (!byId) {
    byId = new Map(commonSources.map((c) => [c.id, c.statements.map((s) => s.id)]));
    anchorsOf.set(commonSources, byId);
  }
  return byId.get(id) ?? [];
}

const pageOfAnchor = new WeakMap<readonly ReconstructedStatement[], Map<string, number>>();

/**
 * Where a link to a statement of a reconstruction leads, as a path and a fragment: on the reconstruction's page for a
 * short one, or the page of its apparatus for a long one (its anchor on the reconstruction's page holds only the
 * statements of its first page).
 */
export function statementTarget(
  id: string,
  statements: readonly ReconstructedStatement[],
  anchors: readonly string[],
  anchor: string,
): { path: string; fragment: string } {
  if (!apparatusPaged(statements.length)) return { path: `/derivation/${id}/`, fragment: anchor };
  let pages = pageOfAnchor.get(statements);
  if (!pages) {
    pages = new Map(numbering(statements, anchors).map((n, i) => [n.anchor, statementsPageOf(i)]));
    pageOfAnchor.set(statements, pages);
  }
  return { path: statementsPagePath(id, pages.get(anchor) ?? 1), fragment: anchor };
}

/**
 * The page's statements. `anchors` are the derivation's anchors of the statements given to the reconstruction (by
 * their index); a statement one witness keeps takes the number of the one before it and a letter.
 */
export function statementViews(
  statements: readonly ReconstructedStatement[],
  anchors: readonly string[],
): StatementView[] {
  // A reconstruction's page and the pages of its statements ask for the same views: worked out once.
  const known = viewsOf.get(statements);
  if (known && known.anchors === anchors.join(' ')) return known.views;
  const views = makeViews(statements, anchors);
  viewsOf.set(statements, { anchors: anchors.join(' '), views });
  return views;
}

const viewsOf = new WeakMap<readonly ReconstructedStatement[], { anchors: string; views: StatementView[] }>();

function makeViews(statements: readonly ReconstructedStatement[], anchors: readonly string[]): StatementView[] {
  const numbers = numbering(statements, anchors);
  return statements.map((statement, i) => {
    const { anchor, label } = numbers[i]!;
    // Each distinct reading's likeness worked out once (a diff each; copies read alike), then a stable sort.
    const scores = new Map<string, number>();
    const scoreOf = (text: string) => {
      let score = scores.get(text);
      if (score === undefined) scores.set(text, (score = likeness(text, statement.text)));
      return score;
    };
    const ranked = statement.readings
      .map((reading, order) => ({ reading, order, score: scoreOf(reading.text) }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map((r) => r.reading);
    const readings = ranked.slice(0, SHOWN_READINGS);
    const shown = new Set(readings.map((r) => r.witness));
    const apparatus = statement.apparatus.filter((e) => e.witnesses.some((w) => shown.has(w)));
    return {
      anchor,
      label,
      statement,
      readings,
      hiddenReadings: ranked.length - readings.length,
      apparatus,
      hiddenEntries: statement.apparatus.length - apparatus.length,
    };
  });
}

/**
 * The most statements a page of the apparatus holds. A reconstruction with more keeps its whole text on its own page,
 * each number leading to the statement's page of the apparatus (/derivation/<id>/statements/, then …/2/ and on);
 * one with fewer has its apparatus on its own page, below the text, as before.
 */
export const STATEMENTS_PAGE_SIZE = 20;

/** Whether a reconstruction of `statements` statements has its apparatus in pages of its own. */
export const apparatusPaged = (statements: number): boolean => statements > STATEMENTS_PAGE_SIZE;

/** The path of page `n` (from 1) of a reconstruction's apparatus, as src/lib/site/links.ts's `paths` give them. */
export const statementsPagePath = (id: string, n: number): string =>
  listPagePath(`${paths.commonSource(id)}statements/`, n);

/** The page (from 1) of the apparatus that holds the statement at `index` of the page's statements. */
export const statementsPageOf = (index: number): number => listPageOf(index, STATEMENTS_PAGE_SIZE);
