/**
 * What a report's page says, in its short header, of the text the report most likely follows (the derivation's
 * `follows` edge): whom, for how many statements, and why in a few plain words where the derivation gives them (a
 * plain `why` on the edge). Where it does not, the header says nothing more and links to the evidence: the words of
 * the edge's basis are written for the derivation page, too long for a header.
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
  /** Why, in plain words, ending without a full stop; null where the derivation gives no plain why. */
  why: string | null;
  credited: boolean;
}

/**
 * The reasons of the derivation's why, which opens by naming what the report follows ("follows X (in this dossier)
 * for 7 statements: …"): the header names it already, with its link, so only what follows the first colon is kept.
 */
function reasonsOf(why: string): string {
  const colon = why.indexOf(': ');
  return colon === -1 ? why : why.slice(colon + 2);
}

/** The header's line from a report's `follows` edge; null for a report that follows no text found here. */
export function followsLine(edge: FollowsEdge | null): FollowsLine | null {
  if (edge === null) return null;
  const plain = typeof edge.why === 'string' && edge.why.trim() !== '' ? edge.why.trim() : null;
  return {
    id: edge.from,
    fromCommon: edge.fromCommon,
    statements: plural(edge.statements, 'statement'),
    why: plain === null ? null : reasonsOf(plain).replace(/\.\s*$/u, ''),
    credited: edge.credited,
  };
}
