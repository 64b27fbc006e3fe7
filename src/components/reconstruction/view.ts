/**
 * What the reconstruction page shows of a reconstruction (src/lib/analysis/collation/): each statement's number and
 * anchor, and of its readings and apparatus the ten closest to the text, the rest counted (all stay in
 * derivation.json).
 */
import { type ApparatusEntry, type ReconstructedStatement, likeness } from '../../lib/analysis/collation/index.ts';

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

/**
 * The page's statements. `anchors` are the derivation's anchors of the statements given to the reconstruction (by
 * their index); a statement one witness keeps takes the number of the one before it and a letter.
 */
export function statementViews(
  statements: readonly ReconstructedStatement[],
  anchors: readonly string[],
): StatementView[] {
  let number = 0;
  let letter = 0;
  return statements.map((statement) => {
    let anchor: string;
    let label: string;
    if (statement.given !== null) {
      anchor = anchors[statement.given]!;
      number = Number(anchor.replace(/^s/u, ''));
      label = String(number);
      letter = 0;
    } else {
      letter++;
      anchor = `s${number}-${letter}`;
      label = `${number}${String.fromCharCode(96 + letter)}`;
    }
    const ranked = [...statement.readings].sort(
      (a, b) => likeness(b.text, statement.text) - likeness(a.text, statement.text),
    );
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
