import { describe, expect, test } from 'vitest';
import { statementOf } from '../../../src/lib/analysis/alignment/index.ts';
import { MATRIX_LIMIT } from '../../../src/lib/analysis/reuse/reuse.ts';
import {
  COUNTERPARTS_SHOWN,
  groupByWording,
  hasStatementPage,
  statementListing,
  statementPages,
  statementPath,
  wordsClose,
} from '../../../src/lib/site/statement-links.ts';

describe('statement pages', () => {
  test('the path names the report and the sentence anchor', () => {
    expect(statementPath('tfipost', 'p3-s2')).toBe('/statements/tfipost/p3-s2/');
  });

  test('a page where the source page’s list stops short, and in a small dossier where two other reports say it', () => {
    const large = MATRIX_LIMIT + 1;
    expect(hasStatementPage({ sentences: COUNTERPARTS_SHOWN, otherReports: 5 }, large)).toBe(false);
    expect(hasStatementPage({ sentences: COUNTERPARTS_SHOWN + 1, otherReports: 1 }, large)).toBe(true);
    expect(hasStatementPage({ sentences: 2, otherReports: 2 }, 5)).toBe(true);
    expect(hasStatementPage({ sentences: 2, otherReports: 1 }, 5)).toBe(false);
    expect(hasStatementPage({ sentences: 0, otherReports: 0 }, 5)).toBe(false);
  });

  test('counterparts with the same words are one group, groups in the order of their best', () => {
    const c = (source: string, score: number) => ({ source, sentence: 'p1-s1', kind: 'verbatim', score });
    const text: Record<string, string> = { a: 'Same.', b: 'Other.', c: 'Same.' };
    const groups = groupByWording([c('a', 0.9), c('b', 0.8), c('c', 0.7)], (x) => text[x.source]!);
    expect(groups.map((g) => [g.text, g.counterparts.map((x) => x.source)])).toEqual([
      ['Same.', ['a', 'c']],
      ['Other.', ['b']],
    ]);
  });
});

describe('statementPages: a wire sentence’s copies share one page, in a large dossier', () => {
  const s = (source: string, sentence = 'p1-s1') => ({ source, sentence });
  // Hand-made: in a dossier of 20 reports (large), w#p1-s1 is copied by c1…c6 (each the others' counterpart: six
  // counterparts each, over the five a source page shows); x#p1-s1 has one counterpart, in y. o#p1-s1, the first
  // sentence of the dossier, is edited by c1 and c2 only (two counterparts: no page of its own by the rule).
  const copies = ['w', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
  const sentences = [s('o'), s('x'), ...copies.map((c) => s(c)), s('y')];
  const counterparts = (t: { source: string }) =>
    t.source === 'o'
      ? [s('c1'), s('c2')].map((c) => ({ ...c, kind: 'edited' as const }))
      : copies.includes(t.source)
        ? [
            ...copies.filter((c) => c !== t.source).map((c) => ({ ...s(c), kind: 'verbatim' as const })),
            ...(['c1', 'c2'].includes(t.source) ? [{ ...s('o'), kind: 'edited' as const }] : []),
          ]
        : t.source === 'x'
          ? [{ ...s('y'), kind: 'verbatim' as const }]
          : t.source === 'y'
            ? [{ ...s('x'), kind: 'verbatim' as const }]
            : [];
  const all = () => true;

  test('the seven copies share one page; a sentence with few counterparts has none', () => {
    const pages = statementPages(sentences.slice(1), counterparts, 20, all);
    expect(copies.map((c) => pages.pageOf.get(`${c}#p1-s1`))).toEqual(Array(7).fill('w#p1-s1'));
    expect(pages.pageOf.has('x#p1-s1')).toBe(false);
    expect([...pages.members.keys()]).toEqual(['w#p1-s1']);
    expect(pages.members.get('w#p1-s1')!.map((m) => m.source)).toEqual(copies);
  });

  test('the page is named after the statement’s first sentence, which links to it though it has no page by the rule', () => {
    const pages = statementPages(sentences, counterparts, 20, all);
    expect([...pages.members.keys()]).toEqual(['o#p1-s1']);
    expect(pages.members.get('o#p1-s1')!.map((m) => m.source)).toEqual(['o', ...copies]);
    expect(pages.pageOf.get('o#p1-s1')).toBe('o#p1-s1');
    expect(pages.pageOf.get('c6#p1-s1')).toBe('o#p1-s1');
  });

  test('where the first sentence’s words are not close, the copies make their own page', () => {
    const notO = (first: { source: string }, t: { source: string }) =>
      first.source === t.source || (first.source !== 'o' && t.source !== 'o');
    const pages = statementPages(sentences, counterparts, 20, notO);
    expect([...pages.members.keys()]).toEqual(['w#p1-s1']);
    expect(pages.pageOf.has('o#p1-s1')).toBe(false);
  });

  test('in a small dossier, x and y (one other report each) still have none', () => {
    expect(statementPages(sentences, counterparts, 9, all).pageOf.has('y#p1-s1')).toBe(false);
  });
});

describe('wordsClose: the words of an edit, against the statement’s first sentence', () => {
  const first = statementOf('The two sides agreed to work together against terrorism and drug trafficking.');
  test('a copy in other capitals and an edit of one word are close; another statement is not', () => {
    expect(
      wordsClose(first, statementOf('THE TWO SIDES AGREED TO WORK TOGETHER AGAINST TERRORISM AND DRUG TRAFFICKING')),
    ).toBe(true);
    expect(
      wordsClose(
        first,
        statementOf('The two sides agreed to work closely together against terrorism and drug trafficking.'),
      ),
    ).toBe(true);
    expect(wordsClose(first, statementOf('A memorandum on police training was signed in New Delhi on Thursday.'))).toBe(
      false,
    );
  });
  test('the same words in another order are not an edit', () => {
    expect(
      wordsClose(first, statementOf('Trafficking drug and terrorism against together work to agreed sides two the.')),
    ).toBe(false);
  });
});

describe('statementPages: one page per statement, joined through copies and edits only', () => {
  // Hand-made, labelled before the code ran: a small dossier of twelve reports, a … l, in the dossier's order.
  // - W, a wire sentence (a p1-s1), copied word for word by b, c and d (p1-s1), and edited by e; f is an edit of
  //   e's edit that the alignment pairs with e and g only (as when a sentence keeps only its best few), yet whose
  //   words are still close to W's; g is an edit of f whose words have drifted away from W's (not close to a).
  // - X, another statement (h p1-s1), copied word for word by i and j.
  // - R (b p1-s2): the same as W in other words, and the same as X in other words (reworded with both).
  // - k p1-s2: an edit of g, in one other report only (no page).
  // Expected: W's page (a) for a, b, c, d, e, f; g's own page; X's page (h) for h, i, j; R's own page; k none.
  // Joining through R's reworded pairs would make W and X one page; joining along the chain of edits without the
  // closeness to the page's sentence would put g on W's page.
  type Kind = 'verbatim' | 'edited' | 'reworded';
  const s = (source: string, sentence = 'p1-s1') => ({ source, sentence });
  const a = s('a'),
    b = s('b'),
    c = s('c'),
    d = s('d'),
    e = s('e'),
    f = s('f'),
    g = s('g');
  const h = s('h'),
    i = s('i'),
    j = s('j'),
    r = s('b', 'p1-s2'),
    k = s('k', 'p1-s2');
  const order = [a, b, r, c, d, e, f, g, h, i, j, k];
  const pairs: [typeof a, typeof a, Kind][] = [
    [a, b, 'verbatim'],
    [a, c, 'verbatim'],
    [a, d, 'verbatim'],
    [b, c, 'verbatim'],
    [b, d, 'verbatim'],
    [c, d, 'verbatim'],
    [a, e, 'edited'],
    [b, e, 'edited'],
    [c, e, 'edited'],
    [d, e, 'edited'],
    [e, f, 'edited'],
    [f, g, 'edited'],
    [g, k, 'edited'],
    [h, i, 'verbatim'],
    [h, j, 'verbatim'],
    [i, j, 'verbatim'],
    [a, r, 'reworded'],
    [h, r, 'reworded'],
  ];
  const key = (x: { source: string; sentence: string }) => `${x.source}#${x.sentence}`;
  const counterparts = (x: { source: string; sentence: string }) =>
    pairs.flatMap(([p, q, kind]) => (key(p) === key(x) ? [{ ...q, kind }] : key(q) === key(x) ? [{ ...p, kind }] : []));
  // Whose words are close (the same words, most of them in the same order): every pair among a … f, every pair
  // among h, i, j (copies), and g with f and k; nothing else (g, k are far from a … e; R from everyone).
  const wire = new Set([a, b, c, d, e, f].map(key));
  const xCopies = new Set([h, i, j].map(key));
  const close = (x: { source: string; sentence: string }, y: { source: string; sentence: string }) =>
    key(x) === key(y) ||
    (wire.has(key(x)) && wire.has(key(y))) ||
    (xCopies.has(key(x)) && xCopies.has(key(y))) ||
    [
      [f, g],
      [g, k],
    ].some(([p, q]) => (key(p!) === key(x) && key(q!) === key(y)) || (key(p!) === key(y) && key(q!) === key(x)));

  const pages = statementPages(order, counterparts, 12, close);

  test('the copies and edits of W share its page; X’s copies share X’s; the two statements are two pages', () => {
    for (const x of [a, b, c, d, e, f]) expect(pages.pageOf.get(key(x)), key(x)).toBe('a#p1-s1');
    for (const x of [h, i, j]) expect(pages.pageOf.get(key(x)), key(x)).toBe('h#p1-s1');
    expect(pages.members.get('a#p1-s1')!.map(key)).toEqual([
      'a#p1-s1',
      'b#p1-s1',
      'c#p1-s1',
      'd#p1-s1',
      'e#p1-s1',
      'f#p1-s1',
    ]);
    expect(pages.members.get('h#p1-s1')!.map(key)).toEqual(['h#p1-s1', 'i#p1-s1', 'j#p1-s1']);
  });

  test('a sentence reworded with both statements joins neither: its own page', () => {
    expect(pages.pageOf.get('b#p1-s2')).toBe('b#p1-s2');
    expect(pages.members.get('b#p1-s2')!.map(key)).toEqual(['b#p1-s2']);
  });

  test('an edit whose words drifted from the page’s sentence starts a page of its own; one other report, none', () => {
    expect(pages.pageOf.get('g#p1-s1')).toBe('g#p1-s1');
    expect(pages.pageOf.has('k#p1-s2')).toBe(false);
    expect([...pages.members.keys()].sort()).toEqual(['a#p1-s1', 'b#p1-s2', 'g#p1-s1', 'h#p1-s1']);
  });
});

describe('statementListing: what a statement page lists, and how each restates the page’s sentence', () => {
  // Hand-made: the page of w p1-s1 ("The two sides met in Delhi."), shared with a (the same words in capitals) and
  // b (an edit) that the alignment pairs with each other but not with w. The alignment pairs w with d (edited,
  // 0.9) and c (reworded, 0.7); a with b and e; b with a, d and f. Reports in the dossier's order: w, f, e, b, a, c, d.
  // Expected: d, c (paired with w, as the alignment orders them); then b (edited by its words), a (copied by its
  // words), in the dossier's order; then f, e (paired only with a or b), in the dossier's order.
  const s = (source: string, sentence = 'p1-s1') => ({ source, sentence });
  const text: Record<string, string> = {
    w: 'The two sides met in Delhi.',
    a: 'THE TWO SIDES MET IN DELHI',
    b: 'The two sides met in New Delhi on Tuesday.',
  };
  const pair = (source: string, kind: 'verbatim' | 'edited' | 'reworded', score: number) => ({
    ...s(source),
    kind,
    score,
  });
  const counterparts: Record<string, ReturnType<typeof pair>[]> = {
    w: [pair('d', 'edited', 0.9), pair('c', 'reworded', 0.7)],
    a: [pair('b', 'edited', 0.95), pair('e', 'reworded', 0.66)],
    b: [pair('a', 'edited', 0.95), pair('d', 'edited', 0.85), pair('f', 'reworded', 0.7)],
  };
  const order = ['w', 'f', 'e', 'b', 'a', 'c', 'd'];
  const listing = statementListing(
    s('w'),
    [s('w'), s('a'), s('b')],
    (x) => counterparts[x.source] ?? [],
    (x) => statementOf(text[x.source] ?? ''),
    (source) => order.indexOf(source),
  );

  test('paired with the page’s sentence first, then its copies and edits, then the rest; itself not listed', () => {
    expect(listing.map((l) => l.source)).toEqual(['d', 'c', 'b', 'a', 'f', 'e']);
  });

  test('each says how: the alignment’s kind and score, or for a copy or edit whose page it is, by the words', () => {
    const how = Object.fromEntries(
      listing.map((l) => [l.source, [l.direct?.kind ?? null, l.direct?.score ?? null, l.byWords]]),
    );
    expect(how).toEqual({
      d: ['edited', 0.9, null],
      c: ['reworded', 0.7, null],
      b: [null, null, 'edited'],
      a: [null, null, 'verbatim'],
      f: [null, null, null],
      e: [null, null, null],
    });
  });
});
