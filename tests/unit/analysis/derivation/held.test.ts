/**
 * Who holds what a report shares (src/lib/analysis/derivation/held.ts): counted by sentence, copies left out, and
 * counted again when the context's copies change. A made-up dossier whose counterparts are word-for-word copies.
 */
import { describe, expect, test } from 'vitest';
import { alignStatements } from '../../../../src/lib/analysis/alignment/index.ts';
import { buildContext } from '../../../../src/lib/analysis/derivation/context.ts';
import { heldIn } from '../../../../src/lib/analysis/derivation/held.ts';
import type { DerivationDocument } from '../../../../src/lib/analysis/derivation/index.ts';
import { toPartialDate } from '../../../../src/lib/content/dates.ts';

const FIRST = 'The coast guards of both countries agreed to expand their joint fisheries patrols in the northern sea.';
const SECOND = 'Officials also signed a memorandum on training customs inspectors to detect counterfeit medicines.';
const doc = (id: string, texts: string[]): DerivationDocument => ({
  id,
  date: toPartialDate('2024-02-29'),
  kind: 'news',
  names: [id],
  sentences: texts.map((text, i) => ({ id: `p1-s${i + 1}`, text })),
});
// b has the first sentence and a remark of its own; c has both.
const documents = [
  doc('a', [FIRST, SECOND]),
  doc('b', [FIRST, 'Heavy rain fell across the capital on the evening of the opening ceremony.']),
  doc('c', [FIRST, SECOND]),
];

describe('heldIn', () => {
  test('each other report’s count of the sentences it holds, and the sentences held by any', () => {
    const ctx = buildContext(documents, alignStatements(documents));
    const a = heldIn(ctx, ctx.byId.get('a')!);
    expect(Object.fromEntries(a.held)).toEqual({ b: 1, c: 2 });
    expect(a.shared).toBe(2);
    // Asked again: the same answer.
    expect(heldIn(ctx, ctx.byId.get('a')!)).toEqual(a);
  });

  test('a report found to be a copy holds nothing, even after the report was asked about', () => {
    const ctx = buildContext(documents, alignStatements(documents));
    heldIn(ctx, ctx.byId.get('a')!);
    ctx.copyOf.set('c', 'a');
    const a = heldIn(ctx, ctx.byId.get('a')!);
    expect(Object.fromEntries(a.held)).toEqual({ b: 1 });
    expect(a.shared).toBe(1);
  });
});
