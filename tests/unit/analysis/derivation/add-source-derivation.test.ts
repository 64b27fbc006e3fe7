/**
 * End to end short of an Astro build: the reports of a hand-labelled dossier (tests/fixtures/dossiers/readout.yaml)
 * added one by one with add-source's own planner (scripts/lib/add-source.ts), read back through the real MDX
 * compiler and the dossier, and derived as the site derives them (src/lib/analysis/index.ts). They take their place in
 * the derivation as labelled, in the picture, and a second report of one outlet gets its own citation name.
 */
import { load } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  type AddSourceOptions,
  type ContentIndex,
  isRefusal,
  parseAddSourceArgs,
  parseFrontmatter,
  planAddSource,
} from '../../../../scripts/lib/add-source.ts';
import { alignmentOf, derivationOf, reuseOf } from '../../../../src/lib/analysis/index.ts';
import type { Derivation } from '../../../../src/lib/analysis/derivation/index.ts';
import { formatPartialDate } from '../../../../src/lib/content/dates.ts';
import { derivationGraphInput } from '../../../../src/lib/site/derivation-graph.ts';
import { type Dossier, type OutletInput, type SourceInput, buildDossier } from '../../../../src/lib/content/dossier.ts';
import { articleOf } from '../../../helpers/articles.ts';
import { followsOf, loadFixtureDossier } from '../../../helpers/dossier-fixtures.ts';

const fixture = loadFixtureDossier('readout');
// A second ANI story, a day later, restating the readout's last statements: added without --short-name.
const SECOND_ANI = {
  id: 'ani-second',
  outlet: 'ani',
  date: '2024-02-29',
  kind: 'wire',
  paragraphs: [
    'Halvik [Norland], February 29 (ANI) A memorandum on the training of customs officers was signed at the end of the talks, the Home Ministry said.',
    'The two sides reviewed cooperation on counter-terrorism, organised crime, drug trafficking and cyber security.',
    'The next round of the dialogue will be held in Sudmark at a mutually convenient date.',
  ],
};

describe('reports added with add-source', () => {
  let dossier: Dossier;
  let derivation: Derivation;
  beforeAll(async () => {
    const outlets: OutletInput[] = [];
    const sources: SourceInput[] = [];
    const citationNames = new Map<string, string>();
    for (const report of [...fixture.reports, SECOND_ANI]) {
      const outlet = fixture.outlets.find((o) => o.id === report.outlet)!;
      const argv = ['report.txt', '--title', report.id, '--slug', report.id, '--outlet', outlet.name];
      const options = parseAddSourceArgs([...argv, '--date', report.date, '--kind', report.kind, '--officials', '']);
      if (isRefusal(options) || 'help' in options) throw new Error(JSON.stringify(options));
      const content: ContentIndex = {
        sourceSlugs: new Set(sources.map((s) => s.id)),
        citationNames,
        outlets: outlets.map((o) => ({ slug: o.id, name: o.data.name })),
        officials: [],
      };
      const bytes = new TextEncoder().encode(report.paragraphs.join('\n\n'));
      const plan = planAddSource(options as AddSourceOptions, 'report.txt', bytes, content);
      if (isRefusal(plan)) throw new Error(plan.refusal);
      if (plan.outlet.created) {
        // The editor then writes the outlet's aliases by hand, as content/outlets/*.yaml documents.
        const data = load(plan.outlet.created.contents) as OutletInput['data'];
        const aliases = outlet.aliases ? { aliases: outlet.aliases } : {};
        outlets.push({ id: plan.outlet.slug, filePath: plan.outlet.created.path, data: { ...data, ...aliases } });
      }
      const { data, body } = parseFrontmatter(plan.source.contents);
      citationNames.set(String(data['shortName'] ?? plan.outlet.name), plan.source.slug);
      const article = await articleOf(body, plan.source.path);
      sources.push({
        id: plan.source.slug,
        filePath: plan.source.path,
        body,
        article,
        data: { ...(data as unknown as SourceInput['data']), outlet: { id: plan.outlet.slug }, officials: [] },
      });
    }
    dossier = buildDossier({ sources, outlets, officials: [] });
    derivation = derivationOf(dossier, alignmentOf(dossier), reuseOf(dossier));
  });

  test.each(Object.entries(fixture.labels.reports))('%s follows what the labels say', (id, label) => {
    expect(followsOf(derivation, id)).toBe(label.follows);
    expect(derivation.reports.find((r) => r.id === id)!.copyOf).toBe(label.copyOf);
  });

  test('no absent source: the readout added with add-source is the source', () => {
    expect(derivation.commonSources).toEqual([]);
  });

  test('a second report of an outlet is cited by a name of its own, "ANI 2", and follows the readout', () => {
    expect(dossier.sourceBySlug.get('ani-second')!.shortName).toBe('ANI 2');
    expect(dossier.sourceBySlug.get('ani-wire')!.shortName).toBe('ANI');
    expect(followsOf(derivation, 'ani-second')).toBe('mha-readout');
  });

  test('each report is a node of the picture, and each edge of the derivation is drawn', () => {
    const reports = dossier.sources.map((s) => ({
      slug: s.slug,
      shortName: s.shortName,
      date: formatPartialDate(s.date),
    }));
    const input = derivationGraphInput(derivation, reports);
    for (const s of dossier.sources) expect(input.nodes.map((n) => n.id)).toContain(s.slug);
    expect(input.edges).toHaveLength(derivation.edges.length);
  });
});
