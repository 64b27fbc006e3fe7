/**
 * The names and ids of the common sources, from their witnesses' credits ("the readout credited to the Ministry of
 * Home Affairs", id "readout-ministry-of-home-affairs"), or "an unknown common source" without any; a label that
 * two common sources would share is told apart ("a second unknown common source").
 */
import { sentenceKey as key } from '../alignment/index.ts';
import { type Attribution, DOCUMENT_NOUNS, nameWords } from '../../text/attributions.ts';
import { slugify } from '../../content/slugs.ts';
import type { Commons } from './common.ts';
import type { Context } from './context.ts';
import type { Credits } from './credits.ts';

/** A document noun, then what names its organisation: "readout from", "statement of", "release issued by". */
const DOCUMENT_HEAD = new RegExp(
  `^.*?\\b(?:${[...DOCUMENT_NOUNS].join('|')})s?\\b\\s*(?:from|of|by|issued by)?\\s*`,
  'iu',
);

/** What the credits of one common source name: its kind of document and its organisation, each null where none does. */
export interface CreditedName {
  document: string | null;
  organisation: string | null;
}

/**
 * The document and organisation the credits name: the document noun most credits use ("readout"), and the
 * organisation with the most capitalised words, read as what follows "from"/"of"/"by" after a document noun, else
 * the whole phrase without it.
 */
export function creditedName(credits: readonly { credited: string }[]): CreditedName {
  const documents = new Map<string, number>();
  let organisation: { name: string; capitals: number } | null = null;
  for (const { credited } of credits) {
    for (const w of nameWords(credited)) if (DOCUMENT_NOUNS.has(w)) documents.set(w, (documents.get(w) ?? 0) + 1);
    const stripped = credited
      .replace(/^(?:the|a|an)\s+/iu, '')
      .replace(DOCUMENT_HEAD, '')
      .replace(/^(?:the|a|an)\s+/iu, '')
      .replace(/\s*\([^)]*\)\s*$/u, '')
      .trim();
    if (stripped === '' || !/\p{L}{3}/u.test(stripped)) continue;
    const capitals = stripped.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitals > 0 && (!organisation || capitals > organisation.capitals))
      organisation = { name: stripped, capitals };
  }
  const document = [...documents].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return { document, organisation: organisation?.name ?? null };
}

/** A common source's id, from what its credits name (never from its English label): "readout-ministry-of-home-affairs". */
export function commonSourceId(name: CreditedName): string {
  if (name.organisation) return slugify(`${name.document ?? 'text'} ${name.organisation}`);
  if (name.document) return slugify(name.document);
  return 'unknown-common-source';
}

/** A reader's name for a common source, from what its credits name; null where they name nothing. */
export function labelFrom(name: CreditedName): string | null {
  if (name.organisation && name.document) return `the ${name.document} credited to the ${name.organisation}`;
  if (name.organisation) return `a text credited to the ${name.organisation}`;
  if (name.document) return `the ${name.document} the reports credit`;
  return null;
}

/**
 * A reader's name for a common source from its witnesses' credits ("the readout credited to the Ministry of Home
 * Affairs"); null when no credit names an organisation or a document.
 */
export function labelOf(credits: readonly { credited: string }[]): string | null {
  return labelFrom(creditedName(credits));
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "second", "third", … "tenth", then "11th", "21st", "22nd", "23rd", "111th". */
export function ordinal(n: number): string {
  if (n < ORDINALS.length) return ORDINALS[n]!;
  const teens = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teens ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Labels a reader can tell apart: where several common sources would have the same label, the first keeps it and each
 * later one is "a second …", "a third …" (its article replaced): "an unknown common source", "a second unknown common
 * source"; "the readout the reports credit", "a second readout the reports credit".
 */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `a ${ordinal(n)} ${label.replace(/^(?:the|an?)\s+/iu, '')}`;
  });
}

export interface CommonNames {
  ids: string[];
  labels: string[];
  /** Each common source's credits by its witnesses, in the witnesses' order. */
  credits: (Attribution & { source: string })[][];
  /** Each common source's witnesses (reports that follow it directly), in the dossier's order. */
  witnesses: string[][];
}

export function nameCommonSources(ctx: Context, credits: Credits, commons: Commons): CommonNames {
  const names: CommonNames = { ids: [], labels: [], credits: [], witnesses: [] };
  commons.groups.forEach((_group, c) => {
    const witnesses = ctx.docs.filter((d) => commons.followsCommon.get(d.id)?.has(c));
    names.witnesses.push(witnesses.map((d) => d.id));
    const found = witnesses.flatMap((d) =>
      d.attributions
        .filter((a) => credits.isExternal(a) && commons.sentenceStatement.get(key(d.id, a.sentence))?.source === c)
        .map((a) => ({ ...a, source: d.id })),
    );
    names.credits.push(found);
    const name = creditedName(found);
    names.labels.push(labelFrom(name) ?? 'an unknown common source');
    let id = commonSourceId(name);
    if (names.ids.includes(id)) id = `${id}-${c + 1}`;
    names.ids.push(id);
  });
  names.labels = distinctLabels(names.labels);
  return names;
}
