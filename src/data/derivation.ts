/**
 * Who follows whom (src/lib/derivation.ts): each report's likely source, the common sources the dossier lacks and
 * their reconstruction, computed once per build from the alignment and read by the derivation pages, the picture
 * on the overview and /reuse/, and dist/data/derivation.json.
 */
import { derivationOf } from '../lib/analysis';
import { alignment } from './alignment';
import { dossier } from './dossier';

export const derivation = derivationOf(dossier, alignment);
