/**
 * The names and ids of the common sources, from their witnesses' credits ("the readout credited to the Ministry of
 * Home Affairs", id "readout-ministry-of-home-affairs"), or "an unknown common source" without any.
 */
import { sentenceKey as key } from '../alignment/index.ts';
import { type Attribution, DOCUMENT_NOUNS, nameWords } from '../../text/attributions.ts';
import { slugify } from '../../content/slugs.ts';
import type { Commons } from './common.ts';
import type { Context } from './context.ts';
import type { Credits } from './credits.ts';

/**
 * The name of a common source from its witnesses' credits: the organisation named with most capitals ("the
 * Ministry of Home Affairs" rather than "the Union home ministry"), and the document most credits call it
 * ("readout"). Null when no credit names an organisation or a document.
 */
export function labelOf(credits: readonly { credited: string }[]): string | null {
  if (credits.length === 0) return null;
  const documents = new Map<string, number>();
  let organisation: { name: string; capitals: number } | null = null;
  for (const { credited } of credits) {
    const words = nameWords(credited);
    for (const w of words) if (DOCUMENT_NOUNS.has(w)) documents.set(w, (documents.get(w) ?? 0) + 1);
    // The organisation: what follows "from"/"of"/"by" after a document noun, else the whole phrase without it.
    const stripped = credited
      .replace(/^(?:the|a|an)\s+/iu, '')
      .replace(/^.*?\b(?:readout|statement|release|communiqu[eé]|bulletin)s?\b\s*(?:from|of|by|issued by)?\s*/iu, '')
      .replace(/^(?:the|a|an)\s+/iu, '')
      .replace(/\s*\([^)]*\)\s*$/u, '')
      .trim();
    if (stripped === '' || !/\p{L}{3}/u.test(stripped)) continue;
    const capitals = stripped.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitals > 0 && (!organisation || capitals > organisation.capitals))
      organisation = { name: stripped, capitals };
  }
  const document = [...documents].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (organisation && document) return `the ${document} credited to the ${organisation.name}`;
  if (organisation) return `a text credited to the ${organisation.name}`;
  if (document) return `the ${document} the reports credit`;
  return null;
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
    const label = labelOf(found);
    names.labels.push(label ?? 'an unknown common source');
    // "the readout credited to the Ministry of Home Affairs" -> "readout-ministry-of-home-affairs".
    let id = label
      ? slugify(label.replace(/^(?:the|a|an) /u, '').replace(/ credited to the | the reports credit$/u, ' '))
      : 'unknown-common-source';
    if (names.ids.includes(id)) id = `${id}-${c + 1}`;
    names.ids.push(id);
  });
  return names;
}
