/**
 * The reader's words for the statement alignment (src/lib/analysis/alignment/): what each kind of counterpart is
 * called on every page that names one.
 */
import type { CounterpartKind } from '../../analysis/alignment/index.ts';

/** The words of the reader's language for each kind, used by every page that names one. */
export const KIND_WORDS: Readonly<Record<CounterpartKind, string>> = {
  verbatim: 'copied',
  edited: 'edited',
  reworded: 'reworded',
};
