/**
 * Text reuse between every pair of reports, computed once per build from the article paragraphs the dossier
 * holds (artifacts excluded) and read by the /reuse/ pages and dist/data/reuse.json.
 */
import { analyseReuse } from '../lib/reuse';
import { dossier } from './dossier';

export const reuse = analyseReuse(
  dossier.sources.map((source) => ({ id: source.slug, paragraphs: source.article.paragraphs })),
);
