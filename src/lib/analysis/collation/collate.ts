/**
 * Collation of one statement's readings, word by word, to reconstruct the wording of a lost common source (README,
 * "Who follows whom"). The method is the textual scholars' as CollateX applies it with a base text:
 *
 * 1. Tokenise each reading into words (punctuation stays with its word for display); compare words by their
 *    folded, British/American-unified Porter stems, so that "organised"/"organized" and "Centre"/"Centers" agree.
 * 2. Choose as base the reading that agrees most with the others (the words of four letters or more they share),
 *    among those of fewest sentences.
 * 3. Align every other reading to the base (jsdiff's `diffArrays`): each base word is either found in that reading
 *    or not, and the reading's words between two base words are its additions at that point. A repeated word is
 *    matched where that joins the two readings' differences into one point (`compact`). The words of a credit
 *    (attributions.ts: "The Indian readout said") are the witness's own and match no other reading's; the base's
 *    words divided otherwise ("set-up" for "set up") are the same words.
 * 4. Vote: a base word stays in the reconstruction when at least one other witness has it too; an addition goes in
 *    when two or more witnesses add the same words, or end what they add with the same words, at the same point
 *    (what one adds beyond them is its own). What one witness alone has (its own credit, "the Ministry of Home
 *    Affairs stated"; a connective, "Going further,") is left out of the reading and listed in the apparatus under
 *    that witness; but the base's joining words and articles stay (JOINING_WORDS).
 * 5. The apparatus, as a critical edition prints it: each variant once, with the witnesses that have it, in the
 *    text's order, with its place (the words of the text it stands against, its lemma, or the words it follows); what
 *    a witness adds, reads otherwise, and lacks of the text (its omissions).
 *
 * Reworded readings (a rewording, not a copy) do not vote: a word they share with the others may be chance, and what
 * they add is their own prose. The page shows them whole. A statement with fewer than two readings that copy or edit
 * each other has no reconstructed wording (`text: null`): the witnesses allow none.
 *
 * Pure TypeScript over plain data; no astro:* import.
 */
import { diffArrays } from 'diff';
import { creditSpans } from './attributions.ts';
import { BoundedCache, WORD_CACHE_LIMIT } from './bounded-cache.ts';
import { canonicalWords } from './normalise-text.ts';
import { sameSequence } from './numbering.ts';
import { stemOf } from './stems.ts';

export interface Reading {
  /** The witness (a report's slug). */
  witness: string;
  text: string;
  /** Whether the reading is reworded against the others rather than copied or edited (see module comment). */
  reworded: boolean;
  /** How many sentences it spans: a reading of one sentence is preferred as base (step 2). */
  parts?: number;
}

/**
 * One variant of the apparatus: a reading of one place, with the witnesses that have it, as a critical apparatus
 * gives a variant and its sigla (TEI's <rdg wit="…">): the same words at the same place, of the same type, are one
 * entry however many witnesses have them.
 */
export interface ApparatusEntry {
  /** The witnesses that have this variant, in the order of the readings. */
  witnesses: string[];
  /** The words, as those witnesses write them; for `lacks`, the words of the text they do not have. */
  words: string;
  /**
   * `only`: words of the base that no other witness has, left out; `adds`: words one witness alone adds, left out;
   * `reads`: a witness's own words at a point where the readings differ, and the reconstruction takes another's;
   * `kept`: joining words or articles of the base that no other witness has, kept (see JOINING_WORDS); `lacks`: words
   * of the text that a witness does not have and has nothing in place of (an omission). So the apparatus lists, for
   * every voting witness, what it adds to the text, reads otherwise and lacks.
   */
  type: 'only' | 'adds' | 'reads' | 'kept' | 'lacks';
  /**
   * Where the entry stands in the reconstructed text, as a critical apparatus gives its lemma: the text's words it
   * stands against (those a `reads` entry differs from, the words a `kept` entry keeps, those a witness `lacks`), as
   * they stand in `text` but for the punctuation that ends them; null where it stands between two of the text's words
   * (an addition, words left out, or a reading where the text has nothing), and then `after` gives the words of the
   * text it follows, as few as name one place (null at the start).
   */
  lemma: string | null;
  after: string | null;
}

export interface Collation {
  /** The reconstructed wording; null where fewer than two readings are copies or edits of each other. */
  text: string | null;
  /** The witness whose reading served as base. */
  base: string | null;
  /** Share of the base's words that at least one other witness has (0–1, two decimals). */
  agreement: number | null;
  apparatus: ApparatusEntry[];
}

interface Token {
  /** As written, with the punctuation around it. */
  display: string;
  /** Folded stems of its words; '' for a token without letters or digits. */
  key: string;
  /** Whether it is part of a credit the reading makes ("the Ministry of Home Affairs stated": attributions.ts). */
  credit: boolean;
}

/**
 * Joining words and articles. Copies differ in these as they do in punctuation ("drug trafficking and organised
 * crime", "drug trafficking, organised crime"): a matter of each copy's style, as textual editors treat spelling and
 * punctuation, which they take from the base. So where only the base has them they stay: left out, they would leave
 * a reading no witness has ("drug trafficking organised crime"). Compared by token key (folded stem).
 */
const JOINING_WORDS = new Set(['and', 'or', 'a', 'an', 'the']);

const tokenCache = new BoundedCache<string, readonly Token[]>(WORD_CACHE_LIMIT);

/**
 * The words of a reading, each with the punctuation written next to it; a lone mark joins the word before it.
 * Cached: the same sentence is collated in every statement it reads, and each costs stems.
 */
export function tokens(text: string): readonly Token[] {
  return tokenCache.get(text, tokenise);
}

function tokenise(text: string): Token[] {
  const credits = creditSpans(text);
  const inCredit = (start: number, end: number) => credits.some(([a, b]) => start < b && end > a);
  const out: Token[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const display = match[0];
    const key = canonicalWords(display).map(stemOf).join(' ');
    const credit = inCredit(match.index, match.index + display.length);
    if (key === '' && out.length > 0) {
      const last = out[out.length - 1]!;
      last.display += ` ${display}`;
      last.credit ||= credit;
    } else out.push({ display, key, credit });
  }
  return out;
}

/** Words two readings have in common, in any order: enough to choose a base, and far cheaper than a diff. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return common;
}

/**
 * One word of a diff between the base and a reading: a base word the reading has too (`same`), a base word it lacks
 * (`removed`), or a word of the reading's own (`added`). `base` is the base word's index, or for an added word the
 * index of the base word it comes before; `reading` the same in the reading.
 */
interface Step {
  op: 'same' | 'removed' | 'added';
  base: number;
  reading: number;
}

/** jsdiff's changes between the base's words and a reading's, word by word. */
function steps(base: readonly string[], reading: readonly string[]): Step[] {
  const out: Step[] = [];
  let b = 0;
  let r = 0;
  for (const change of diffArrays(base as string[], reading as string[])) {
    for (let i = 0; i < change.count; i++) {
      if (change.added) out.push({ op: 'added', base: b, reading: r++ });
      else if (change.removed) out.push({ op: 'removed', base: b++, reading: r });
      else out.push({ op: 'same', base: b++, reading: r++ });
    }
  }
  return out;
}

/**
 * Moves a run of words that a reading lacks, or adds, to an equally valid place next to the reading's other change at
 * that point, as diff tools compact their output (git's "sliders"). A diff matches a repeated word where it first
 * can: in "which a readout … described as a key pillar" against "which has been a key pillar", it pairs the first
 * "a", so that "has been" is added before it and "readout … described as a" lacking after it. Moved, the reading has
 * "has been" in place of "a readout … described as": the two differ at one point. A run moves only over words equal
 * to its own (the text stays the same), and only where that joins it to another change.
 */
function compact(list: readonly Step[], base: readonly string[], reading: readonly string[]): Step[] {
  const out = list.slice();
  const word = (s: Step) => (s.op === 'added' ? reading[s.reading]! : base[s.base]!);
  const isChange = (at: number) => at >= 0 && out[at]!.op !== 'same';
  for (let start = 0; start < out.length; start++) {
    const op = out[start]!.op;
    if (op === 'same' || (start > 0 && out[start - 1]!.op === op)) continue;
    let end = start;
    while (end < out.length && out[end]!.op === op) end++;
    const n = end - start;
    // While the same word before the run equals the run's last word, the run can move left by one. (jsdiff places
    // a change as late as it can, so no run ever needs to move right.)
    let k = 0;
    while (
      start - k - 1 >= 0 &&
      out[start - k - 1]!.op === 'same' &&
      word(out[start - k - 1]!) === word(out[end - k - 1]!)
    )
      k++;
    if (k > 0 && isChange(start - k - 1)) {
      const { base: b0, reading: r0 } = out[start - k]!;
      const moved: Step[] = [];
      for (let i = 0; i < n; i++)
        moved.push(op === 'removed' ? { op, base: b0 + i, reading: r0 } : { op, base: b0, reading: r0 + i });
      for (let i = 0; i < k; i++)
        moved.push(
          op === 'removed'
            ? { op: 'same', base: b0 + n + i, reading: r0 + i }
            : { op: 'same', base: b0 + i, reading: r0 + n + i },
        );
      out.splice(start - k, n + k, ...moved);
    }
  }
  return out;
}

/** See the module comment. Readings come in the witnesses' order; the first of equals is the base. */
export function collate(readings: readonly Reading[]): Collation {
  if (readings.length === 0) throw new Error('collate: no reading');
  const voters = readings.filter((r) => !r.reworded);
  if (voters.length < 2) return { text: null, base: null, agreement: null, apparatus: [] };
  const tokenised = voters.map((r) => tokens(r.text));
  // A credit's words are the witness's own, about its source: they match no other reading's words (the "The" of "The
  // Indian readout said" is not the "the" of "between the two countries"), and are never taken as the text.
  const keys = tokenised.map((t, w) => t.map((x, i) => (x.credit ? `credit ${w} ${i}` : x.key)));
  // Step 2: the base agrees most with the others, among the readings of fewest sentences (a witness that spreads a
  // statement over two sentences, or puts it beside another in one, carries more than the statement).
  const fewest = Math.min(...voters.map((r) => r.parts ?? 1));
  let baseIndex = 0;
  let best = -1;
  // Agreement is counted on words of four letters or more: short words ("of", "the", "one") agree by chance.
  const long = keys.map((k) => k.filter((x) => x.length > 3));
  long.forEach((k, i) => {
    if ((voters[i]!.parts ?? 1) !== fewest) return;
    const total = long.reduce((sum, other, j) => (i === j ? sum : sum + commonWords(k, other)), 0);
    if (total > best) {
      best = total;
      baseIndex = i;
    }
  });
  const base = tokenised[baseIndex]!;
  const baseWitness = voters[baseIndex]!.witness;
  const support = new Array<number>(base.length).fill(1);
  // Each other reading's differences from the base: base words [start, end) replaced by `added` (either may be empty).
  const ops: { witness: number; start: number; end: number; added: Token[] }[] = [];
  keys.forEach((k, w) => {
    if (w === baseIndex) return;
    // A reading word for word the base's (a copy) supports every word and changes none: no diff needed.
    if (sameSequence(k, keys[baseIndex]!)) {
      for (let i = 0; i < support.length; i++) support[i]! += 1;
      return;
    }
    let open: { witness: number; start: number; end: number; added: Token[] } | null = null;
    let addedKeys: string[] = [];
    // A change whose words are the base's, divided otherwise ("set-up" for "set up"), is no change: it supports them.
    const close = () => {
      if (!open) return;
      const same =
        open.start < open.end && addedKeys.join(' ') === keys[baseIndex]!.slice(open.start, open.end).join(' ');
      if (same) for (let i = open.start; i < open.end; i++) support[i]! += 1;
      else ops.push(open);
      open = null;
      addedKeys = [];
    };
    for (const step of compact(steps(keys[baseIndex]!, k), keys[baseIndex]!, k)) {
      if (step.op !== 'same') {
        open ??= { witness: w, start: step.base, end: step.base, added: [] };
        if (step.op === 'added') {
          open.added.push(tokenised[w]![step.reading]!);
          addedKeys.push(k[step.reading]!);
        } else open.end = step.base + 1;
        continue;
      }
      close();
      support[step.base]! += 1;
    }
    close();
  });
  type Op = (typeof ops)[number];
  // Additions two or more readings make alike at the same point go into the text: the same words, or the same last
  // words before the point (one reading's "the" before "signing" and another's "was the" in place of "concluded
  // with" agree on "the"). At each point the longest such run is taken, of runs as long the one most readings share;
  // never a credit.
  const keyOf = (list: readonly Token[]) => list.map((t) => t.key).join(' ');
  const endingAt = new Map<number, Op[]>();
  for (const op of ops) if (op.added.length > 0) endingAt.set(op.end, [...(endingAt.get(op.end) ?? []), op]);
  const majority: { at: number; added: Token[]; witnesses: Set<number> }[] = [];
  for (const [at, list] of endingAt) {
    let best: { added: Token[]; witnesses: Set<number> } | null = null;
    for (const op of list) {
      for (let n = op.added.length; n >= 1; n--) {
        const last = op.added.slice(-n);
        if (last.some((t) => t.credit)) continue;
        const key = keyOf(last);
        const sharing = list.filter((o) => o.added.length >= n && keyOf(o.added.slice(-n)) === key);
        if (sharing.length < 2) continue;
        if (!best || n > best.added.length || (n === best.added.length && sharing.length > best.witnesses.size))
          best = { added: last, witnesses: new Set(sharing.map((o) => o.witness)) };
        break;
      }
    }
    if (best) majority.push({ at, ...best });
  }
  const inMajority = (op: Op) => majority.some((m) => m.at === op.end && m.witnesses.has(op.witness));
  /** A reading's own words of a change: what it adds there, less the last words it agrees on with others. */
  const ownWords = (op: Op) => {
    const agreed = majority.find((m) => m.at === op.end && m.witnesses.has(op.witness));
    return agreed ? op.added.slice(0, op.added.length - agreed.added.length) : op.added;
  };

  const words: string[] = [];
  const shown = (list: readonly Token[]) => list.map((t) => t.display).join(' ');
  const listed = new Set<Op>();
  // Where each entry stands, found once the text is complete (see ApparatusEntry.lemma): base words it stands
  // against, words of the text, or a point between base words. For that, the text's word of each base word taken, the
  // text's words taken in place of a run of base words (by the run's first), and how many words the text had when the
  // walk below reached each point.
  type Site = { base: [number, number] } | { text: [number, number] } | { point: number };
  const entries: { witness: number; words: string; type: ApparatusEntry['type']; site: Site }[] = [];
  const textOfBase = new Array<number>(base.length).fill(-1);
  const textOfRun = new Map<number, [number, number]>();
  const textAtPoint = new Array<number>(base.length + 1).fill(0);
  // Omissions, placed once the text is complete: a witness's words of the text it lacks, as a range of the text.
  const lacking: { witness: number; text: [number, number] }[] = [];
  const push = (witness: number, list: readonly Token[], type: ApparatusEntry['type'], site: Site) =>
    entries.push({ witness, words: shown(list), type, site });
  /** A reading's own words at a point, in the apparatus: `type` unless it has none beyond what others agree on. */
  const note = (op: Op, type: ApparatusEntry['type']) => {
    listed.add(op);
    const own = ownWords(op);
    const site: Site = op.start === op.end ? { point: op.start } : { base: [op.start, op.end] };
    if (own.length > 0) push(op.witness, own, type, site);
  };
  // The agreed additions, the pure additions (words added between two base words) and the changes in place of base
  // words, at each point, in order.
  const atPoint = <T>(list: readonly T[], at: (x: T) => number | null) => {
    const byPoint = new Map<number, T[]>();
    for (const x of list) {
      const p = at(x);
      if (p !== null) byPoint.set(p, [...(byPoint.get(p) ?? []), x]);
    }
    return (p: number) => byPoint.get(p) ?? [];
  };
  const majorityAt = atPoint(majority, (m) => m.at);
  const additionsAt = atPoint(ops, (op) => (op.start === op.end && op.added.length > 0 ? op.start : null));
  const changesAt = atPoint(ops, (op) => (op.start < op.end && op.added.length > 0 ? op.start : null));
  for (let p = 0; p <= base.length;) {
    textAtPoint[p] = words.length;
    for (const a of majorityAt(p)) {
      // The witnesses that do not add these words lack them (the base among them).
      for (let w = 0; w < voters.length; w++)
        if (!a.witnesses.has(w)) lacking.push({ witness: w, text: [words.length, words.length + 1] });
      words.push(shown(a.added));
    }
    // What a reading adds at this point, other than in place of base words, beyond what others add alike.
    for (const op of additionsAt(p)) note(op, 'adds');
    if (p === base.length) break;
    if (support[p]! >= 2) {
      textOfBase[p] = words.length;
      words.push(base[p]!.display);
      // A reading's own words in place of base words the text keeps.
      for (const op of changesAt(p)) if (!listed.has(op)) note(op, 'reads');
      p++;
      continue;
    }
    // A run of base words no other reading has: left out, unless every other reading puts words of its own in its
    // place; then the shortest reading of that point is taken (copies add more often than they drop), never a credit.
    let end = p;
    while (end < base.length && support[end]! < 2) end++;
    // A change that starts inside the run stands where the run does.
    for (let q = p + 1; q < end; q++) textAtPoint[q] = words.length;
    const replacements = voters.map((_, w) =>
      w === baseIndex
        ? null
        : ops.find((op) => op.witness === w && op.start === p && op.end === end && op.added.length > 0),
    );
    const run = base.slice(p, end);
    const everyOther = replacements.every((r, w) => w === baseIndex || r !== undefined);
    if (everyOther && !replacements.some((r) => r && inMajority(r))) {
      // The shortest reading of the point is taken, but never a credit: what a witness says of its source ("The
      // Indian readout said") is not the source's text. Where every reading of the point is one, none is taken.
      const isCredit = (list: readonly Token[]) => list.some((t) => t.credit);
      const runTaken = !isCredit(run);
      const shortest = replacements.reduce<Op | null>(
        (s, r) =>
          r && !isCredit(r.added) && r.added.length < (s ? s.added.length : runTaken ? run.length : Infinity) ? r : s,
        null,
      );
      if (shortest) {
        textOfRun.set(p, [words.length, words.length + 1]);
        words.push(shown(shortest.added));
        listed.add(shortest);
        push(baseIndex, run, 'reads', { text: [words.length - 1, words.length] });
      } else if (runTaken) {
        textOfRun.set(p, [words.length, words.length + 1]);
        words.push(shown(run));
      } else push(baseIndex, run, 'only', { point: p });
      for (const r of replacements) if (r && r !== shortest) note(r, shortest || runTaken ? 'reads' : 'adds');
    } else {
      // Joining words and articles stay, unless two or more readings agree on other words in their place; any other
      // run is left out.
      const kept = !replacements.some((r) => r && inMajority(r)) && run.every((t) => JOINING_WORDS.has(t.key));
      if (kept) {
        textOfRun.set(p, [words.length, words.length + 1]);
        words.push(shown(run));
      }
      push(baseIndex, run, kept ? 'kept' : 'only', kept ? { text: [words.length - 1, words.length] } : { point: p });
      for (const r of replacements) if (r) note(r, 'reads');
    }
    for (let q = p; q < end; q++) for (const op of changesAt(q)) if (!listed.has(op)) note(op, 'reads');
    p = end;
  }
  // A reading that lacks base words and puts nothing in their place lacks those of them the text keeps.
  for (const op of ops) {
    if (op.added.length > 0) continue;
    let from = Infinity;
    let to = -1;
    for (let i = op.start; i < op.end; i++) {
      if (textOfBase[i]! < 0) continue;
      from = Math.min(from, textOfBase[i]!);
      to = Math.max(to, textOfBase[i]! + 1);
    }
    if (from < to) lacking.push({ witness: op.witness, text: [from, to] });
  }
  const supported = support.filter((s) => s >= 2).length;
  const text = tidy(words.join(' '));
  // The text's words as places (see wordsBefore), split once for every entry.
  const places = text.split(/\s+/u).map(placeKey);
  /**
   * The entry's lemma, or the words of the text it follows (see ApparatusEntry.lemma), and where that is in the text,
   * for the apparatus's order: an entry between two words before one that stands against the second.
   */
  const placeOf = (site: Site): { lemma: string | null; after: string | null; order: number } => {
    let from = Infinity;
    let to = -1;
    const take = (a: number, b: number) => {
      from = Math.min(from, a);
      to = Math.max(to, b);
    };
    if ('text' in site) take(...site.text);
    else if ('base' in site) {
      for (let i = site.base[0]; i < site.base[1]; i++) {
        if (textOfBase[i]! >= 0) take(textOfBase[i]!, textOfBase[i]! + 1);
        const run = textOfRun.get(i);
        if (run) take(...run);
      }
    }
    // Without the punctuation that ends it, as a place is given (bare): the words, not the comma after them.
    const lemma = from < to ? bare(lemmaOf(words, from, to)) : '';
    // (A lemma of punctuation alone, which tidy trims from the start, has no words: the entry stands before the text.)
    if (lemma !== '') return { lemma, after: null, order: 2 * from + 1 };
    const at =
      from < to ? from : 'point' in site ? textAtPoint[site.point]! : 'base' in site ? textAtPoint[site.base[0]]! : 0;
    if (at === 0) return { lemma: null, after: null, order: 0 };
    // The last words before the point, enough for wordsBefore (the whole text up to it only where it is short).
    let start = at - 1;
    for (let tokens = words[start]!.split(' ').length; start > 0 && tokens < PLACE_WORDS; start--)
      tokens += words[start - 1]!.split(' ').length;
    return { lemma: null, after: wordsBefore(places, lemmaOf(words, start, at)), order: 2 * at };
  };
  const placed = [
    ...entries.map(({ witness, words, type, site }) => ({ witness, words, type, place: placeOf(site) })),
    ...lacking.map(({ witness, text: range }) => {
      const place = placeOf({ text: range });
      return { witness, words: place.lemma ?? '', type: 'lacks' as const, place };
    }),
  ]
    .filter((e) => e.words !== '')
    // In the text's order; at one place, as the walk met them (Array.prototype.sort is stable).
    .sort((x, y) => x.place.order - y.place.order);
  // One entry per variant: the same words of the same type at the same place, with every witness that has them.
  const variants = new Map<string, { entry: ApparatusEntry; witnesses: Set<number> }>();
  for (const e of placed) {
    const key = JSON.stringify([e.place.order, e.type, e.words, e.place.lemma, e.place.after]);
    let variant = variants.get(key);
    if (!variant) {
      const entry = { witnesses: [], words: e.words, type: e.type, lemma: e.place.lemma, after: e.place.after };
      variants.set(key, (variant = { entry, witnesses: new Set() }));
    }
    variant.witnesses.add(e.witness);
  }
  return {
    text,
    base: baseWitness,
    agreement: base.length === 0 ? 0 : Math.round((supported / base.length) * 100) / 100,
    apparatus: [...variants.values()].map(({ entry, witnesses }) => ({
      ...entry,
      witnesses: [...witnesses].sort((a, b) => a - b).map((w) => voters[w]!.witness),
    })),
  };
}

/** A word as a place: without the punctuation that ends it ("migration" for "migration,"). */
const bare = (word: string) => word.replace(/[.,;:!?]+$/u, '');

/** The most words an apparatus entry's place gives (wordsBefore). */
const PLACE_WORDS = 4;

/** A word as a place, compared whatever its case. */
const placeKey = (word: string) => bare(word).toLowerCase();

/**
 * The last words of `prefix` (the text up to a point), as few as name one place in the text (`all`, its words as
 * placeKey gives them), whatever their case:
 * "migration" where the text has it once, "illegal migration" where it also has "legal migration,". At most
 * PLACE_WORDS.
 */
function wordsBefore(all: readonly string[], prefix: string): string {
  const words = prefix.split(/\s+/u).map(bare);
  const before = words.map((w) => w.toLowerCase());
  const occurs = (n: number) => {
    let seen = 0;
    for (let i = n - 1; i < all.length && seen < 2; i++) {
      let k = 0;
      while (k < n && all[i - k] === before[before.length - 1 - k]) k++;
      if (k === n) seen++;
    }
    return seen;
  };
  let n = 1;
  while (n < Math.min(PLACE_WORDS, before.length) && occurs(n) !== 1) n++;
  return words.slice(-n).join(' ');
}

/**
 * Words [from, to) of the text as they stand in the finished text (`tidy`): the first without the punctuation tidy
 * trims from the start and with its capital, the last without the punctuation it trims from the end.
 */
function lemmaOf(words: readonly string[], from: number, to: number): string {
  let out = words.slice(from, to).join(' ');
  if (from === 0) {
    out = out.replace(/^[,;:\s]+/u, '');
    out = out.charAt(0).toUpperCase() + out.slice(1);
  }
  if (to === words.length) out = out.replace(/[,;:\s]+$/u, '');
  return out;
}

/**
 * A reading made of kept words may start in the middle of a sentence or end on a comma where a dropped credit
 * followed: it starts with a capital and ends with a full stop (the page says so).
 */
function tidy(text: string): string {
  let out = text
    .trim()
    .replace(/^[,;:\s]+/u, '')
    .replace(/[,;:\s]+$/u, '');
  if (out === '') return out;
  out = out[0]!.toUpperCase() + out.slice(1);
  if (!/[.!?]["”’]?$/u.test(out)) out += '.';
  return out;
}
