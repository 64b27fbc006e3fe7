/**
 * The hand-labelled rewrites of tests/fixtures/alignment/: each rewrite aligned with the readout(s) it restates,
 * and the pairs found compared with the pairs labelled, as precision and recall. Only pairs between the rewrite and
 * its readouts count (pairs between the two readouts are not labelled here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Alignment, alignStatements } from '../../src/lib/analysis/alignment/index.ts';

const FOLDER = join(import.meta.dirname, '..', 'fixtures', 'alignment');

interface FixtureSentence {
  id: string;
  text: string;
}
interface RewriteSentence extends FixtureSentence {
  how: string;
  restates: string[];
}
interface Rewrite {
  about: string;
  bases: ('dhs' | 'ians')[];
  sentences: RewriteSentence[];
}

export const REWRITES = ['split-synonyms', 'reorder-condense', 'merge-both', 'paraphrase'] as const;

const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(FOLDER, `${name}.json`), 'utf8')) as T;

export const readouts = () => readJson<Record<'dhs' | 'ians', FixtureSentence[]>>('readouts');
export const rewrite = (name: string) => readJson<Rewrite>(name);

export interface Evaluation {
  name: string;
  alignment: Alignment;
  /** "base sentence>rewrite sentence" keys. */
  labelled: Set<string>;
  found: Set<string>;
  truePositives: number;
}

/** Aligns one rewrite with its readouts (readouts first, as a dossier orders them by date) and scores it. */
export function evaluate(name: string): Evaluation {
  const base = readouts();
  const fixture = rewrite(name);
  const alignment = alignStatements([
    ...fixture.bases.map((b) => ({ id: b, sentences: base[b] })),
    { id: 'rewrite', sentences: fixture.sentences },
  ]);
  const labelled = new Set(fixture.sentences.flatMap((s) => s.restates.map((r) => `${r}>${s.id}`)));
  const found = new Set(
    alignment.pairs.filter((p) => p.b.source === 'rewrite').map((p) => `${p.a.sentence}>${p.b.sentence}`),
  );
  const truePositives = [...found].filter((k) => labelled.has(k)).length;
  return { name, alignment, labelled, found, truePositives };
}

/** Precision and recall over several evaluations together (micro-averaged: every labelled pair counts once). */
export function precisionRecall(evaluations: readonly Evaluation[]): { precision: number; recall: number } {
  let tp = 0;
  let found = 0;
  let labelled = 0;
  for (const e of evaluations) {
    tp += e.truePositives;
    found += e.found.size;
    labelled += e.labelled.size;
  }
  return { precision: found === 0 ? 1 : tp / found, recall: labelled === 0 ? 1 : tp / labelled };
}

/** A made-up report: one sentence a paragraph, anchors p1-s1, p2-s1, … */
export const doc = (id: string, ...texts: string[]) => ({
  id,
  sentences: texts.map((text, i) => ({ id: `p${i + 1}-s1`, text })),
});

/** Sentences on another matter, set beside made-up reports so that term weights behave as in a real dossier. */
export const OTHER = [
  'The city council approved a new budget for public libraries on Monday.',
  'Opening hours will be extended on weekends across all branches.',
  'Critics said the plan does not fund new books.',
  'The mayor will present the plan to residents next month.',
];
