/**
 * Text reuse between every pair of reports, computed once per build from the article paragraphs the dossier
 * holds (artifacts excluded) and read by the /reuse/ pages and dist/data/reuse.json.
 */
import { reuseOf } from '../lib/analysis';
import { dossier } from './built-dossier';

export const reuse = reuseOf(dossier);
