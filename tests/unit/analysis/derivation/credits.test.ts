/**
 * Credits resolved to the dossier (src/lib/analysis/derivation/credits.ts), and the date bound on a common source's
 * witnesses (common.ts, boundByCredits): cases labelled by hand.
 */
import { describe, expect, test } from 'vitest';
import { alignStatements } from '../../../../src/lib/analysis/alignment/index.ts';
import { boundByCredits } from '../../../../src/lib/analysis/derivation/common.ts';
import { buildContext } from '../../../../src/lib/analysis/derivation/context.ts';
import { resolveCredits } from '../../../../src/lib/analysis/derivation/credits.ts';
import type { DerivationDocument } from '../../../../src/lib/analysis/derivation/index.ts';
import { attributionsOf } from '../../../../src/lib/text/attributions.ts';
import { toPartialDate } from '../../../../src/lib/content/dates.ts';

const doc = (id: string, date: string, names: string[], text: string): DerivationDocument => ({
  id,
  date: toPartialDate(date),
  kind: 'news',
  names,
  sentences: [{ id: 'p1-s1', text }],
});
const documents = [
  doc('readout', '2024-02-28', ['Ministry of Home Affairs'], 'The talks were held in Halvik.'),
  doc('preview', '2024-02-24', ['Courier'], 'The talks will be held next week, officials said.'),
  doc('story', '2024-02-29', ['Herald'], 'The talks were held, the Ministry of Home Affairs said.'),
  doc('other', '2024-02-29', ['Times'], 'The talks were held, the Fisheries Department said.'),
];
const ctx = buildContext(documents, alignStatements(documents));
const credits = resolveCredits(ctx);
const credit = (text: string) => attributionsOf({ id: 'p1-s1', text })[0]!;
const readout = ctx.byId.get('readout')!;

describe('a credit names a report of the dossier, or a text it lacks, or no text at all', () => {
  test.each([
    // The outlet's name, whatever the document and what describes it; no aliases given.
    ['The talks ended, a Home Ministry statement issued after the talks said.', true, false],
    ['The talks ended, the Ministry of Home Affairs (MHA) said in a statement.', true, false],
    ['The talks ended, according to the Indian Ministry of Home Affairs.', true, false],
    // Without an alias, "Union" and "MHA" are not in the outlet's name: a text the dossier lacks.
    ['The talks ended, the MHA said.', false, true],
    // Another body.
    ['The talks ended, according to a readout from DHS.', false, true],
    // A bare document refers back, and names nothing; a person is credited, never a text.
    ['The talks ended, according to the statement.', false, false],
    ['The talks ended, an official said.', false, false],
  ])('%s → names the readout: %s, absent text: %s', (text, names, external) => {
    const a = credit(text);
    expect(credits.names(a, readout)).toBe(names);
    expect(credits.isExternal(a)).toBe(external);
  });

  test('credits of one body in other words name the same body; of another body, not', () => {
    const ministry = credit('It ended, the Ministry of Home Affairs (MHA) said.');
    expect(credits.sameBody(ministry, credit('It ended, a Home Ministry statement issued after the talks said.'))).toBe(
      true,
    );
    expect(credits.sameBody(ministry, credit('It ended, according to the Indian Ministry of Home Affairs.'))).toBe(
      true,
    );
    expect(credits.sameBody(ministry, credit('It ended, according to a readout from DHS.'))).toBe(false);
  });
});

describe('boundByCredits', () => {
  test('a seed dated before the first seed that credits the absent text is no witness of it', () => {
    const [preview, story, other] = ['preview', 'story', 'other'].map((id) => ctx.byId.get(id)!);
    expect(boundByCredits(credits, [[preview!, story!, other!]]).map((g) => g.map((d) => d.id))).toEqual([
      ['story', 'other'],
    ]);
    // Left with one seed, the group is no common source.
    expect(boundByCredits(credits, [[preview!, other!]])).toEqual([]);
    // Where no seed credits a text the dossier lacks (the story credits the readout), the dates bind nothing here.
    expect(boundByCredits(credits, [[preview!, story!]]).map((g) => g.map((d) => d.id))).toEqual([
      ['preview', 'story'],
    ]);
  });
});
