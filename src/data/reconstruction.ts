/**
 * The reconstructions of the derivation (src/lib/analysis/collation/): each common source rebuilt with its witnesses
 * ranked and the statements one close witness keeps, and the dossier's self-check against an official readout it
 * holds (src/lib/analysis/index.ts, reconstructionsOf, which the benchmark times). Computed once per build; read by
 * the reconstruction pages and dist/data/derivation.json.
 */
import { reconstructionsOf } from '../lib/analysis';
import { alignment } from './built-alignment';
import { derivation } from './built-derivation';
import { dossier } from './built-dossier';
import { reuse } from './built-reuse';

const built = reconstructionsOf({ dossier, alignment, reuse, derivation });

/** Each common source's reconstruction, by its id. */
export const reconstructions = built.reconstructions;

/** The dossier's self-check, or why there is none. */
export const selfCheck = built.selfCheck;
