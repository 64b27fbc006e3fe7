/**
 * Collation of one statement's readings, word by word, to reconstruct the wording of the text they follow. The
 * method is the textual critics': weigh the witnesses, take the best one's reading as base where agreement cannot
 * decide (Bédier), and change a word of it only where the independent witnesses agree against it, so that the text
 * is always a reading some witness has, or the base's with the others' agreed corrections:
 *
 * 1. Tokenise each reading (tokens.ts).
 * 2. Choose as base the reading of the best-ranked witness that copies or edits the statement (witnesses.ts).
 * 3. Align every other voting reading to the base (diff.ts) into changes (changes.ts).
 * 4. Take a change only where two or more independent witnesses make it and outnumber those that keep the base
 *    there; copies of one another count once (changes.ts).
 * 5. Leave out the base's own additions: words every other independent witness lacks, with nothing in their place,
 *    and none has anywhere; kept where they may hold the sentence's verb (additions.ts).
 * 6. Lay out the text, less the base's own credit and additions (text.ts).
 * 7. The apparatus: every other reading of each place, with its witnesses, lemma and place (apparatus.ts).
 *
 * Reworded readings do not vote: a word they share with the others may be chance. Where every reading is a
 * rewording, the best-ranked one is the text as it stands, so that no statement is without text.
 *
 * Pure TypeScript over plain data; no astro:* import.
 */
import { apparatusOf, tidy } from './apparatus.ts';
import { findChanges } from './changes.ts';
import { layText, shown } from './text.ts';
import { tokens } from './tokens.ts';
import type { CollateOptions, Collation, Reading } from './types.ts';
import { chooseBase, groupOf } from './witnesses.ts';

/** See the module comment. Readings come in the witnesses' (the dossier's) order. */
export function collate(readings: readonly Reading[], options: CollateOptions = {}): Collation {
  if (readings.length === 0) throw new Error('collate: no reading');
  const chosen = readings[chooseBase(readings, options.rank)]!;
  if (chosen.reworded) {
    // Every reading rewords the statement: the best one's words, less its credit, are the text; nothing votes.
    const text = tidy(shown(tokens(chosen.text).filter((t) => !t.credit)));
    return { text: text === '' ? tidy(chosen.text) : text, base: chosen.witness, agreement: null, apparatus: [] };
  }
  const voters = readings.filter((r) => !r.reworded);
  const baseIndex = voters.indexOf(chosen);
  const tokenised = voters.map((r) => tokens(r.text));
  const groups = voters.map((r) => groupOf(r.witness, options.copyOf));
  // Every word another witness has anywhere in the statement, a rewording's included: none of them is the base's own.
  const baseGroup = groups[baseIndex]!;
  const elsewhere = new Set(
    readings
      .filter((r) => groupOf(r.witness, options.copyOf) !== baseGroup)
      .flatMap((r) => tokens(r.text).flatMap((t) => t.key.split(' ')))
      .filter((k) => k !== ''),
  );
  const omitting = options.omitting;
  const omittingGroups = new Set(
    voters.filter((r) => omitting?.has(r.witness)).map((r) => groupOf(r.witness, options.copyOf)),
  );
  const ctx = findChanges(tokenised, groups, baseIndex, elsewhere, (g) => !omitting || omittingGroups.has(g));
  const layout = layText(ctx);
  let text = tidy(layout.words.join(' '));
  // A reading made wholly of a credit ("the ministry said.") leaves nothing: then the base as it stands.
  if (text === '') text = tidy(chosen.text);
  const base = tokenised[baseIndex]!;
  const counted = base.filter((t) => !t.credit).length;
  const supported = base.filter((t, i) => !t.credit && ctx.support[i]!.size > 0).length;
  return {
    text,
    base: chosen.witness,
    agreement: counted === 0 ? 0 : Math.round((supported / counted) * 100) / 100,
    apparatus: apparatusOf(
      layout,
      text,
      voters.map((r) => r.witness),
    ),
  };
}
