/**
 * Statement alignment of every report's sentences with the other reports' (src/lib/alignment.ts), computed once
 * per build and read by the source pages, the side-by-side pages and dist/data/alignment.json.
 */
import { alignmentOf } from '../lib/analysis';
import { dossier } from './dossier';

export const alignment = alignmentOf(dossier);
