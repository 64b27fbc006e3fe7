/**
 * The reconstructions of the derivation (src/lib/analysis/collation/): each common source rebuilt with its witnesses
 * ranked and the statements one close witness keeps, and the dossier's self-check against an official readout it
 * holds. Computed once per build; read by the reconstruction pages and dist/data/derivation.json.
 */
import { rebuildOf } from '../lib/analysis';
import { type CheckDocument, commonReconstruction, dossierSelfCheck } from '../lib/analysis/collation/index.ts';
import { isPrimary } from '../lib/analysis/derivation';
import { alignment } from './built-alignment';
import { copyOf, derivation } from './built-derivation';
import { dossier } from './built-dossier';
import { reuse } from './built-reuse';

const docs: CheckDocument[] = dossier.sources.map((s) => ({
  id: s.slug,
  primary: isPrimary(s.kind),
  sentences: s.article.paragraphs.flatMap((p) => p.sentences).map((x) => ({ id: x.id, text: x.text })),
}));
const byId = new Map(docs.map((d) => [d.id, d]));

/** Each common source's reconstruction, by its id. */
export const reconstructions = new Map(
  derivation.commonSources.map((c) => [c.id, commonReconstruction(c.witnesses, c.statements, byId, copyOf)]),
);

/** The dossier's self-check, or why there is none. */
export const selfCheck = dossierSelfCheck(docs, derivation.edges, rebuildOf(dossier, alignment, reuse), copyOf);
