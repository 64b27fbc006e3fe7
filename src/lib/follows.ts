/**
 * What a report's page says, in its short header, of the text the report most likely follows (the derivation's
 * `follows` edge): whom, for how many statements, and why in a few plain words. The derivation may carry a plain
 * `why` of its own (a later field); where it does not, the words of its basis are used.
 *
 * Pure TypeScript; no astro:* import.
 */
import { plural } from './format.ts';

export interface FollowsEdge {
  from: string;
  fromCommon: boolean;
  statements: number;
  basis: string;
  credited: boolean;
  /** A plain sentence saying why, where the derivation gives one. */
  why?: string | undefined;
}

export interface FollowsLine {
  /** The followed text's id: a report's slug or a common source's id. */
  id: string;
  fromCommon: boolean;
  /** "7 statements". */
  statements: string;
  /** Why, in plain words, ending without a full stop. */
  why: string;
  credited: boolean;
}

/** The header's line from a report's `follows` edge; null for a report that follows no text found here. */
export function followsLine(
  edge: FollowsEdge | null,
  basisWords: Readonly<Record<string, string>>,
): FollowsLine | null {
  if (edge === null) return null;
  const plain = typeof edge.why === 'string' && edge.why.trim() !== '' ? edge.why.trim() : basisWords[edge.basis];
  return {
    id: edge.from,
    fromCommon: edge.fromCommon,
    statements: plural(edge.statements, 'statement'),
    why: (plain ?? '').replace(/\.\s*$/u, ''),
    credited: edge.credited,
  };
}
