/**
 * The hand-labelled reconstruction fixture (tests/fixtures/reconstruction/fisheries.json): its witnesses, copies,
 * and its counterparts as the alignment would give them, from the statements labelled by hand.
 */
import { readFileSync } from 'node:fs';
import type { WitnessText } from '../../src/lib/analysis/collation/index.ts';
import type { CounterpartsOf } from './statements-from.ts';

interface Fixture {
  readout: WitnessText;
  witnesses: WitnessText[];
  copyOf: Record<string, string>;
  statements: { close: string[]; reworded: string[] }[];
  expected: {
    bestWitness: string;
    statements: { text: string; base: string; single: boolean }[];
    onlyIn: Record<string, string[]>;
    selfCheck: {
      readoutSequences: number;
      reconstructionSequences: number;
      shared: number;
      recall: number;
      precision: number;
      missed: string[];
    };
  };
}

export const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/reconstruction/fisheries.json', import.meta.url), 'utf8'),
) as Fixture;

/** Each labelled pair in both directions: copied or edited between two `close` members, reworded otherwise. */
export const fixtureCounterparts: CounterpartsOf = (witness, sentence) => {
  const me = `${witness}#${sentence}`;
  const out: { source: string; sentence: string; kind: string }[] = [];
  for (const st of fixture.statements) {
    const members = [...st.close, ...st.reworded];
    if (!members.includes(me)) continue;
    for (const m of members) {
      if (m === me) continue;
      const [source, id] = m.split('#') as [string, string];
      const kind = st.close.includes(me) && st.close.includes(m) ? 'edited' : 'reworded';
      out.push({ source, sentence: id, kind });
    }
  }
  return out;
};

export const fixtureCopies = new Map(Object.entries(fixture.copyOf));
