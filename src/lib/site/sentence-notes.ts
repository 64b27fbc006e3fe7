/**
 * What the notes beside a report's paragraph show (./paragraph-notes.ts): each sentence's closest
 * counterparts, at most MAX_SHOWN, and the one-line summary a reader sees before opening them.
 *
 * Pure TypeScript; no astro:* import.
 */
import { plural } from './format.ts';

/** How many counterparts a sentence lists beside its paragraph; its statement page lists them all. */
export const MAX_SHOWN = 5;

/** The `max` counterparts with the highest scores, ties in the order given. */
export function closestCounterparts<T extends { score: number }>(list: readonly T[], max = MAX_SHOWN): T[] {
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.score - a.c.score || a.i - b.i)
    .slice(0, max)
    .map((x) => x.c);
}

/**
 * The summary of a paragraph's notes, from its sentences' counts: "2 topics · 5 counterparts". A topic two sentences
 * are evidence for counts twice: the counts say how much there is to read, not how many distinct topics.
 */
export function notesSummary(rows: readonly { topics: number; counterparts: number }[]): string {
  const topics = rows.reduce((n, r) => n + r.topics, 0);
  const counterparts = rows.reduce((n, r) => n + r.counterparts, 0);
  const parts = [
    topics > 0 ? plural(topics, 'topic') : null,
    counterparts > 0 ? plural(counterparts, 'counterpart') : null,
  ].filter((p) => p !== null);
  return parts.length === 0 ? 'No topics or counterparts' : parts.join(' · ');
}
