/**
 * The overview's list of the reports (its section "The reports", and the schema.org list in its head), bounded at any
 * dossier size: a dossier of up to OVERVIEW_REPORTS reports (or one more) is listed whole; a larger one by its first
 * OVERVIEW_REPORTS in the dossier's order (by date), the others counted and linked to the list of all reports
 * (/sources/), which has every one. At a thousand reports the whole list made the overview the heaviest page.
 *
 * Pure TypeScript; no astro:* import.
 */
import { namedFirst } from './format.ts';

/** Reports the overview lists by name. */
export const OVERVIEW_REPORTS = 25;

/** The reports the overview names, in order, and how many more there are. */
export function overviewReports<T>(sources: readonly T[]): { named: T[]; more: number } {
  return namedFirst(sources, OVERVIEW_REPORTS);
}
