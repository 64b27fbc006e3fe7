/**
 * The issue 21 checks on the hand-labelled dossiers of tests/fixtures/dossiers/ (labels written before the code ran):
 * an official readout in the dossier is the source of the stories that restate it, and no absent source is named;
 * without it, an absent source is named from the credits; a preview before the talks follows nothing and is a
 * witness of nothing; a near-identical copy gets a copy edge and is no witness.
 */
import { describe, expect, test } from 'vitest';
import { deriveFixture, followsOf, loadFixtureDossier } from '../../../helpers/dossier-fixtures.ts';

describe.each(['readout', 'no-readout', 'outlet-names', 'previews'])('the %s dossier', (name) => {
  const dossier = loadFixtureDossier(name);
  const { derivation } = deriveFixture(dossier);
  const labelled = Object.entries(dossier.labels.reports);

  test.each(labelled)('%s follows what a careful reader says', (id, label) => {
    expect(followsOf(derivation, id)).toBe(label.follows);
  });

  test.each(labelled)('%s is a copy only where a careful reader says', (id, label) => {
    expect(derivation.reports.find((r) => r.id === id)!.copyOf).toBe(label.copyOf);
  });

  test('an absent source only where the dossier lacks the source, named from the credits', () => {
    const absent = dossier.labels.absent;
    if (absent === null) expect(derivation.commonSources).toEqual([]);
    else {
      expect(derivation.commonSources).toHaveLength(1);
      expect(derivation.commonSources[0]!.label).toContain(absent);
    }
  });

  test('no report follows one dated after it, and a copy is a witness of nothing', () => {
    const date = new Map(dossier.reports.map((r) => [r.id, r.date]));
    for (const e of derivation.edges) if (!e.fromCommon) expect(date.get(e.from)! <= date.get(e.to)!).toBe(true);
    const copies = labelled.filter(([, l]) => l.copyOf !== null).map(([id]) => id);
    for (const c of derivation.commonSources) for (const copy of copies) expect(c.witnesses).not.toContain(copy);
  });

  test('the preview published before the talks follows nothing and is a witness or source of nothing', () => {
    expect(followsOf(derivation, 'preview-courier')).toBeNull();
    expect(derivation.edges.filter((e) => e.from === 'preview-courier' || e.to === 'preview-courier')).toEqual([]);
    for (const c of derivation.commonSources) expect(c.witnesses).not.toContain('preview-courier');
  });

  test('every edge says why in plain words', () => {
    for (const e of derivation.edges) expect(e.why).toMatch(/^(?:follows|is a copy of) /u);
    for (const [id, label] of labelled.filter(([, l]) => l.copyOf !== null)) {
      const copy = derivation.edges.find((e) => e.to === id)!;
      expect([copy.from, copy.basis]).toEqual([label.copyOf, 'copy']);
      expect(copy.why).toMatch(/^is a copy of .+ \(in this dossier\): \d+% of its five-word runs are in it/u);
    }
  });
});
