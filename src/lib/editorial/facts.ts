/**
 * The statements the site makes about the dialogue (content/facts/), each backed by quotes checked word for word
 * against the reports (src/lib/editorial/citations.ts), with the editorial rules a schema cannot enforce: a statement needs
 * at least one report that agrees with it; a statement "only in" one report cites that report alone; a report that
 * words a statement differently or contradicts it must be explained by a discrepancy. Built by
 * src/lib/editorial/editorial.ts, which reports every problem of the editorial layer at once.
 */
import { type Citation, type EntryRef, type QuoteInput, type SourceLookup, cite } from './citations.ts';
import type { Discrepancy } from './discrepancies.ts';
import { FACT_SECTION_KEYS, type FactSection, type Stance } from '../content/vocabularies.ts';

export interface SupportInput extends QuoteInput {
  stance: Stance;
}

export interface FactInput {
  id: string;
  filePath: string;
  data: {
    statement: string;
    section: FactSection;
    order: number;
    exclusiveTo?: EntryRef | undefined;
    support: SupportInput[];
  };
}

export interface FactSupport extends Citation {
  stance: Stance;
}

export interface Fact {
  id: string;
  statement: string;
  section: FactSection;
  order: number;
  exclusiveTo: string | null;
  support: FactSupport[];
  /** Discrepancies that explain how the reports differ on it. */
  discrepancies: string[];
}

/**
 * The statements in overview order (by section as listed in FACT_SECTIONS, then `order`, then id), each quote
 * resolved; every broken rule is recorded in `problems`.
 */
export function buildFacts(
  inputs: readonly FactInput[],
  discrepancies: readonly Pick<Discrepancy, 'id' | 'facts'>[],
  sources: SourceLookup,
  problems: string[],
): Fact[] {
  const facts: Fact[] = inputs.map((f) => {
    const file = f.filePath;
    const support = f.data.support
      .map((s, i) => {
        const citation = cite(problems, `${file}: support[${i}]`, s, sources);
        return citation && { ...citation, stance: s.stance };
      })
      .filter((s): s is FactSupport => s !== null);
    if (!f.data.support.some((s) => s.stance === 'agrees')) {
      problems.push(
        `${file}: support: no report agrees with the statement; cite at least one that does (stance: agrees)`,
      );
    }
    const exclusiveTo = f.data.exclusiveTo?.id ?? null;
    if (exclusiveTo !== null) {
      if (!sources.sourceBySlug.has(exclusiveTo)) {
        problems.push(`${file}: exclusiveTo: no report "${exclusiveTo}" in content/sources/`);
      }
      f.data.support.forEach((s, i) => {
        if (s.source.id !== exclusiveTo) {
          problems.push(
            `${file}: support[${i}].source: the fact is marked as reported only by "${exclusiveTo}" (exclusiveTo), ` +
              `but cites "${s.source.id}"; remove exclusiveTo or the citation`,
          );
        }
      });
    }
    const explainedBy = discrepancies.filter((d) => d.facts.includes(f.id)).map((d) => d.id);
    f.data.support.forEach((s, i) => {
      if (s.stance !== 'agrees' && explainedBy.length === 0) {
        problems.push(
          `${file}: support[${i}].stance: "${s.stance}" needs a discrepancy that explains it: ` +
            `list "${f.id}" under facts in a file of content/discrepancies/`,
        );
      }
    });
    return {
      id: f.id,
      statement: f.data.statement,
      section: f.data.section,
      order: f.data.order,
      exclusiveTo,
      support,
      discrepancies: explainedBy,
    };
  });
  const sectionOrder: readonly string[] = FACT_SECTION_KEYS;
  facts.sort(
    (a, b) =>
      sectionOrder.indexOf(a.section) - sectionOrder.indexOf(b.section) ||
      a.order - b.order ||
      a.id.localeCompare(b.id, 'en'),
  );
  return facts;
}
