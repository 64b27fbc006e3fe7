/**
 * A whole text reconstructed from its witnesses: weigh them (witnesses.ts), choose the statements it holds
 * (coverage.ts), take each reading's own sentences out of them (own-sentences.ts), and collate each (collate.ts) with
 * the witnesses' ranking, their copies counted once, and only the close copies' omissions counted; last, a statement
 * every witness rewords loses a closing clause that another statement says (folded.ts).
 */
import { collate } from './collate.ts';
import { withoutFoldedClause } from './folded.ts';
import { CLOSE_COPY, cover, onlyIn } from './coverage.ts';
import { withoutOwnSentences } from './own-sentences.ts';
import type {
  ReconstructedStatement,
  Reconstruction,
  ReconstructionInput,
  StatementReading,
} from './reconstruct-types.ts';
import type { Reading } from './types.ts';
import { rankWitnesses } from './witnesses.ts';

/** The most readings of one statement that vote, the best-ranked first: a statement copied by hundreds costs no more. */
export const VOTERS = 8;

/** See the module comment. */
export function reconstruct(input: ReconstructionInput): Reconstruction {
  const texts = new Map(input.witnesses.map((w) => [w.id, new Map(w.sentences.map((s) => [s.id, s.text]))]));
  const readingOf = (r: StatementReading): Reading & StatementReading & { text: string } => {
    const sentences = texts.get(r.witness);
    if (!sentences) throw new Error(`reconstruct: "${r.witness}" reads a statement but is not a witness`);
    const text = r.sentences
      .map((s) => {
        const t = sentences.get(s);
        if (t === undefined) throw new Error(`reconstruct: no sentence "${s}" in witness "${r.witness}"`);
        return t;
      })
      .join(' ');
    return { ...r, text, parts: r.sentences.length };
  };
  const ranking = rankWitnesses(
    input.statements.map((st) => st.map(readingOf)),
    input.copyOf,
  );
  const rank = ranking.map((r) => r.witness);
  const positions = new Map(rank.map((w, i) => [w, i]));
  const position = (w: string) => positions.get(w) ?? rank.length;
  const covered = withoutOwnSentences(cover(input, ranking), (w, s) => texts.get(w)?.get(s) ?? '', input.copyOf);
  // Only the close copies' omissions count: a paraphrase drops words as a matter of course.
  const omitting = new Set(
    ranking.filter((r) => r.statements > 0 && r.score / r.statements >= CLOSE_COPY).map((r) => r.witness),
  );
  const statements: ReconstructedStatement[] = covered.map((c) => {
    const readings = c.readings.map(readingOf);
    // The best-ranked VOTERS readings that copy or edit the statement vote; the others are only listed.
    const voting = new Set(
      readings
        .filter((r) => !r.reworded)
        .sort((a, b) => position(a.witness) - position(b.witness))
        .slice(0, VOTERS),
    );
    const collation = collate(
      readings.map((r) => (voting.has(r) || r.reworded ? r : { ...r, reworded: true })),
      { rank, copyOf: input.copyOf, omitting },
    );
    return {
      ...collation,
      text: collation.text ?? readings[0]!.text,
      base: collation.base ?? readings[0]!.witness,
      readings: readings.map(({ witness, sentences, reworded, text }) => ({ witness, sentences, reworded, text })),
      single: c.single,
      given: c.given,
    };
  });
  // A statement every witness rewords is one witness's sentence as it stands: a clause of it that another statement
  // of the text says is left out (folded.ts).
  for (const s of statements) {
    if (s.agreement !== null) continue;
    const others = statements.filter((o) => o !== s).map((o) => o.text);
    const { text, entry } = withoutFoldedClause(s.text, s.base, others);
    if (entry) {
      s.text = text;
      s.apparatus = [entry, ...s.apparatus];
    }
  }
  return { statements, ranking, onlyIn: onlyIn(input, covered) };
}
