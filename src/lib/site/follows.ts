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
 * The derivation's why as the clause after "… follows X, for 7 statements: ". The why opens by naming what the report
 * follows ("follows X (in this dossier) for 7 statements: …"), which the sentence has said already: only what follows
 * the first colon is kept. A copy's why ("is a copy of X (in this dossier): 97% of its five-word runs are in it, …")
 * says what the sentence has not, and is kept whole, as "it is a copy of X …". Without its full stop.
 */
export function whyClause(why: string): string {
  const plain = why.trim().replace(/\.\s*$/u, '');
  if (plain.startsWith('is ')) return `it ${plain}`;
  const colon = plain.indexOf(': ');
  return plain.startsWith('follows ') && colon !== -1 ? plain.slice(colon + 2) : plain;
}

/** The header's line from a report's `follows` edge; null for a report that follows no text found here. */
export function followsLine(edge: FollowsEdge | null): FollowsLine | null {
  if (edge === null) return null;
  const plain = typeof edge.why === 'string' && edge.why.trim() !== '' ? edge.why.trim() : null;
  return {
    id: edge.from,
    fromCommon: edge.fromCommon,
    statements: plural(edge.statements, 'statement'),
    why: plain === null ? null : whyClause(plain),
    credited: edge.credited,
  };
}
