/**
 * A whole text reconstructed from its witnesses (src/lib/analysis/collation/reconstruct.ts, statements.ts,
 * coverage.ts), on the hand-labelled fixture (tests/fixtures/reconstruction/fisheries.json) without its readout.
 */
import { describe, expect, test } from 'vitest';
import { CLOSE_COPY, reconstruct } from '../../../../src/lib/analysis/collation/index.ts';
import { statementsFrom } from '../../../helpers/statements-from.ts';
import { fixture, fixtureCopies, fixtureCounterparts } from '../../../helpers/reconstruction-fixture.ts';

const statements = statementsFrom(fixture.witnesses, fixtureCounterparts);
const result = reconstruct({ witnesses: fixture.witnesses, statements, copyOf: fixtureCopies });

describe('reconstruct', () => {
  test('statements are the sentences that two or more witnesses share, in the witnesses’ order', () => {
    // Statements 1, 2 and 4 of the readout; the third is kept by the close copy alone.
    expect(statements.map((st) => st.map((r) => r.witness).sort())).toEqual([
      ['close', 'edited', 'edited-copy', 'other', 'paraphrase'],
      ['close', 'edited', 'edited-copy', 'other', 'paraphrase'],
      ['close', 'edited', 'edited-copy', 'other', 'paraphrase'],
    ]);
    expect(statements[0]!.find((r) => r.witness === 'paraphrase')!.reworded).toBe(true);
    expect(statements[0]!.find((r) => r.witness === 'close')!.reworded).toBe(false);
  });

  test('the close copy is the best witness', () => {
    expect(result.ranking[0]!.witness).toBe(fixture.expected.bestWitness);
  });

  test('the text, statement by statement, as counted by hand; a statement one close witness keeps is marked', () => {
    expect(result.statements.map((s) => ({ text: s.text, base: s.base, single: s.single }))).toEqual(
      fixture.expected.statements,
    );
    expect(result.statements.every((s) => s.text.length > 0)).toBe(true);
  });

  test('a witness’s own sentences, outside what it copies or from a paraphrase, stay out and are listed', () => {
    expect(Object.fromEntries(result.onlyIn.map((o) => [o.witness, o.sentences]))).toEqual(fixture.expected.onlyIn);
  });

  test('a paraphrase’s sentence between shared statements is not kept: only a close witness’s is', () => {
    expect(result.statements.some((s) => s.readings.some((r) => r.sentences.includes('p3')))).toBe(false);
  });

  test('a statement that only a witness and its copy share is kept only inside a close witness’s stretch', () => {
    const lone = (id: string, sentences: string[]) => ({
      id,
      sentences: sentences.map((text, i) => ({ id: `${id}${i}`, text })),
    });
    const a = lone('a', [
      'Alpha one two three.',
      'Wire only sentence here.',
      'Gamma one two three.',
      'Wire tail here.',
    ]);
    const b = lone('b', [
      'Alpha one two three.',
      'Wire only sentence here.',
      'Gamma one two three.',
      'Wire tail here.',
    ]);
    const c = lone('c', ['Alpha one two three.', 'Gamma one two three.']);
    const pairs: Record<string, [string, string][]> = {
      a0: [
        ['b', 'b0'],
        ['c', 'c0'],
      ],
      a1: [['b', 'b1']],
      a2: [
        ['b', 'b2'],
        ['c', 'c1'],
      ],
      a3: [['b', 'b3']],
    };
    const counterparts = (w: string, s: string) => {
      const out: { source: string; sentence: string; kind: string }[] = [];
      for (const [key, list] of Object.entries(pairs)) {
        const all: [string, string][] = [['a', key], ...list];
        if (!all.some(([x, y]) => x === w && y === s)) continue;
        for (const [x, y] of all) if (!(x === w && y === s)) out.push({ source: x, sentence: y, kind: 'verbatim' });
      }
      return out;
    };
    const witnesses = [a, b, c];
    const copyOf = new Map([['b', 'a']]);
    const out = reconstruct({ witnesses, statements: statementsFrom(witnesses, counterparts), copyOf });
    // "Wire only sentence here." stands between two shared statements: kept, as one witness's; the tail is not.
    expect(out.statements.map((s) => [s.text, s.single])).toEqual([
      ['Alpha one two three.', false],
      ['Wire only sentence here.', true],
      ['Gamma one two three.', false],
    ]);
  });

  test('rewordings join a statement but never make one, and do not chain two statements into one', () => {
    const doc = (id: string, texts: string[]) => ({
      id,
      sentences: texts.map((text, i) => ({ id: `${id}${i}`, text })),
    });
    const a = doc('a', ['A lede of its own.', 'First statement.', 'Second statement.']);
    const b = doc('b', ['Another lede of its own.', 'First statement.', 'Second statement.']);
    const c = doc('c', ['A loose retelling of both statements.']);
    // Labelled by hand: a1-b1 and a2-b2 are copies; the ledes a0-b0 only reword each other; c0 rewords a1 (best) and
    // a2.
    const pairs: [string, string, string, string, string][] = [
      ['a', 'a1', 'b', 'b1', 'verbatim'],
      ['a', 'a2', 'b', 'b2', 'verbatim'],
      ['a', 'a0', 'b', 'b0', 'reworded'],
      ['c', 'c0', 'a', 'a1', 'reworded'],
      ['c', 'c0', 'a', 'a2', 'reworded'],
    ];
    const counterparts = (w: string, s: string) =>
      pairs.flatMap(([x, xs, y, ys, kind]) =>
        x === w && xs === s
          ? [{ source: y, sentence: ys, kind }]
          : y === w && ys === s
            ? [{ source: x, sentence: xs, kind }]
            : [],
      );
    const found = statementsFrom([a, b, c], counterparts);
    expect(
      found.map((st) => st.map((r) => `${r.witness}:${r.sentences.join('+')}${r.reworded ? ' (reworded)' : ''}`)),
    ).toEqual([
      ['a:a1', 'b:b1', 'c:c0 (reworded)'],
      ['a:a2', 'b:b2'],
    ]);
  });
});

test('only a close copy’s omissions count: two looser witnesses that lack a word do not take it out', () => {
  // "a" keeps the statement closely; "b" and "c" each edit it more loosely (another subject, a credit, a word cut),
  // and both lack "keen" with nothing in its place. Two agreeing omissions would outvote "a" in a single collation;
  // in a reconstruction only the close copies' omissions count, so "keen" stays.
  const one = (id: string, text: string) => ({ id, sentences: [{ id: 's1', text }] });
  const close = 'The two sides reiterated their keen interest in the joint patrol of the northern sea.';
  const witnesses = [
    one('a', close),
    one(
      'b',
      'Both governments reiterated their interest in the joint patrol of the northern sea, officials in Bergen said.',
    ),
    one('c', 'Ministers from the two sides later reiterated their interest in the joint patrol of the sea.'),
  ];
  const rebuilt = reconstruct({
    witnesses,
    statements: [witnesses.map((w) => ({ witness: w.id, sentences: ['s1'], reworded: false }))],
  });
  const mean = (w: string) => {
    const r = rebuilt.ranking.find((x) => x.witness === w)!;
    return r.score / r.statements;
  };
  expect(mean('a')).toBeGreaterThanOrEqual(CLOSE_COPY);
  expect(Math.max(mean('b'), mean('c'))).toBeLessThan(CLOSE_COPY);
  expect(rebuilt.statements.map((s) => s.text)).toEqual([close]);
});

test('a statement every witness rewords does not say again what another statement says', () => {
  const doc = (id: string, texts: string[]) => ({ id, sentences: texts.map((text, i) => ({ id: `s${i + 1}`, text })) });
  const witnesses = [
    doc('a', [
      'The fisheries ministers led their delegations in Bergen to agree on expanding the joint northern sea patrol.',
      'The two sides agreed to expand the joint patrol of the northern sea.',
    ]),
    doc('b', [
      'Delegations were headed by the two fisheries ministers.',
      'Both sides agreed to expand the joint patrol of the northern sea.',
    ]),
  ];
  const rebuilt = reconstruct({
    witnesses,
    statements: [
      witnesses.map((w) => ({ witness: w.id, sentences: ['s1'], reworded: true })),
      witnesses.map((w) => ({ witness: w.id, sentences: ['s2'], reworded: false })),
    ],
  });
  expect(rebuilt.statements[0]!.text).toBe('The fisheries ministers led their delegations in Bergen.');
  expect(rebuilt.statements[0]!.apparatus[0]).toMatchObject({ witnesses: ['a'], type: 'only' });
});
