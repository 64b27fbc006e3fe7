/**
 * The picture's geometry (src/lib/site/derivation-graph.ts): laid out by dagre, sources above the reports that follow
 * them, every box inside the picture, every arrow from its source's box to its target's, the same for the same input.
 */
import { describe, expect, test } from 'vitest';
import { derivationGraphInput, layoutGraph } from '../../../src/lib/site/derivation-graph.ts';

const nodes = [
  { id: 'lost', lines: ['the readout credited to', 'the Ministry of Fisheries', 'not in this dossier'], absent: true },
  { id: 'wire', lines: ['Wire', '2 May 2024'], absent: false },
  { id: 'paper', lines: ['Paper', '2 May 2024'], absent: false },
  { id: 'blog', lines: ['Blog', 'June 2024'], absent: false },
  { id: 'alone', lines: ['Alone', '1 May 2024'], absent: false },
];
const edges = [
  { from: 'lost', to: 'wire', label: '6 statements' },
  { from: 'lost', to: 'paper', label: '5 statements' },
  { from: 'paper', to: 'blog', label: '3 statements' },
];

test('sources sit above the reports that follow them, and everything fits in the picture', () => {
  const layout = layoutGraph(nodes, edges);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const e of edges) expect(at.get(e.from)!.y + at.get(e.from)!.height).toBeLessThan(at.get(e.to)!.y);
  for (const n of layout.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
  }
  // A box is wide enough for its longest line.
  expect(at.get('lost')!.width).toBeGreaterThan(at.get('wire')!.width);
  expect(layout.nodes.find((n) => n.id === 'lost')!.absent).toBe(true);
});

test('each arrow starts at its source’s box and ends at its target’s; its label sits between them', () => {
  const layout = layoutGraph(nodes, edges);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const e of layout.edges) {
    const points = [...e.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/gu)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const [sx, sy] = points[0]!;
    const [tx, ty] = points[points.length - 1]!;
    const from = at.get(e.from)!;
    const to = at.get(e.to)!;
    expect(Math.abs(sy - (from.y + from.height))).toBeLessThan(2);
    expect(sx).toBeGreaterThanOrEqual(from.x - 1);
    expect(sx).toBeLessThanOrEqual(from.x + from.width + 1);
    expect(Math.abs(ty - to.y)).toBeLessThan(2);
    expect(tx).toBeGreaterThanOrEqual(to.x - 1);
    expect(tx).toBeLessThanOrEqual(to.x + to.width + 1);
    expect(e.labelY).toBeGreaterThan(from.y + from.height - 1);
    expect(e.labelY).toBeLessThan(to.y + 1);
  }
});

test('the same input gives the same picture', () => {
  expect(layoutGraph(nodes, edges)).toEqual(layoutGraph(nodes, edges));
});

test('the input marks the arrows from a text to its copy, and only those', () => {
  const input = derivationGraphInput(
    {
      commonSources: [{ id: 'c1', label: 'the ministry’s statement' }],
      edges: [
        { from: 'c1', to: 'wire', statements: 6, basis: 'witness' },
        { from: 'wire', to: 'blog', statements: 1, basis: 'copy' },
      ],
    },
    [
      { slug: 'wire', shortName: 'Wire', date: '2 May 2024' },
      { slug: 'blog', shortName: 'Blog', date: 'June 2024' },
    ],
  );
  expect(input.edges).toEqual([
    { from: 'c1', to: 'wire', label: '6 statements', copy: false },
    { from: 'wire', to: 'blog', label: '1 statement', copy: true },
  ]);
  expect(input.nodes.map((n) => [n.id, n.absent])).toEqual([
    ['c1', true],
    ['wire', false],
    ['blog', false],
  ]);
});

describe('the narrow shape, for a phone', () => {
  // A dossier like the seed: a readout the dossier lacks, followed by four reports, one of which also follows a
  // readout the dossier holds. The column of a page at 390 px is 356 px wide (16 px of margin a side, the scrollbar
  // aside).
  const derivation = {
    commonSources: [{ id: 'lost', label: 'the readout credited to the Ministry of Home Affairs' }],
    edges: [
      { from: 'lost', to: 'wire', statements: 7 },
      { from: 'lost', to: 'paper', statements: 7 },
      { from: 'lost', to: 'daily', statements: 7 },
      { from: 'lost', to: 'blog', statements: 6 },
      { from: 'official', to: 'blog', statements: 8 },
    ],
  };
  const reports = [
    { slug: 'official', shortName: 'Official', date: '29 February 2024' },
    { slug: 'wire', shortName: 'Wire', date: '28 February 2024' },
    { slug: 'paper', shortName: 'Republication', date: '28 February 2024' },
    { slug: 'daily', shortName: 'Daily', date: '29 February 2024' },
    { slug: 'blog', shortName: 'Blog', date: 'March 2024' },
  ];
  const wide = derivationGraphInput(derivation, reports);
  const narrowInput = derivationGraphInput(derivation, reports, 'narrow');
  const narrow = layoutGraph(narrowInput.nodes, narrowInput.edges, 'narrow');

  test('fits a phone’s column, where the wide shape does not', () => {
    expect(layoutGraph(wide.nodes, wide.edges).width).toBeGreaterThan(356);
    expect(narrow.width).toBeLessThanOrEqual(356);
  });

  test('sources stand to the left of the reports that follow them', () => {
    const at = new Map(narrow.nodes.map((n) => [n.id, n]));
    for (const e of derivation.edges) expect(at.get(e.from)!.x + at.get(e.from)!.width).toBeLessThan(at.get(e.to)!.x);
  });

  test('arrows carry the number of statements; the absent text says so in italic lines', () => {
    expect(narrowInput.edges.map((e) => e.label)).toEqual(['7', '7', '7', '6', '8']);
    const lost = narrowInput.nodes.find((n) => n.id === 'lost')!;
    expect(lost.lines.slice(-lost.noteLines!).join(' ')).toBe('(not in this dossier)');
    for (const line of lost.lines) expect(line.length).toBeLessThanOrEqual(15);
    expect(wide.nodes.find((n) => n.id === 'lost')!.lines.at(-1)).toBe('(not in this dossier)');
  });
});

test('the narrow shape fits a phone with long names, a copy and a report that follows nothing', () => {
  // As a grown dossier has them: names of 19 characters, a copy of a report that follows nothing (one generation),
  // a source that no report follows.
  const input = derivationGraphInput(
    {
      commonSources: [{ id: 'lost', label: 'the readout credited to the Ministry of Home Affairs' }],
      edges: [
        { from: 'lost', to: 'courier', statements: 7 },
        { from: 'lost', to: 'gazette', statements: 7 },
        { from: 'wire', to: 'copy', statements: 3, basis: 'copy' },
        { from: 'official', to: 'gazette', statements: 6 },
      ],
    },
    [
      { slug: 'courier', shortName: 'The Evening Courier', date: '28 February 2024', shortDate: '28 Feb 2024' },
      { slug: 'gazette', shortName: 'The Harbour Gazette', date: '29 February 2024', shortDate: '29 Feb 2024' },
      { slug: 'wire', shortName: 'Wire', date: '28 February 2024', shortDate: '28 Feb 2024' },
      { slug: 'copy', shortName: 'The Capital Ledger', date: '1 March 2024', shortDate: '1 Mar 2024' },
      { slug: 'official', shortName: 'DHS fact sheet', date: '29 February 2024', shortDate: '29 Feb 2024' },
      { slug: 'alone', shortName: 'Policy Notes', date: 'March 2024', shortDate: 'Mar 2024' },
    ],
    'narrow',
  );
  expect(input.nodes.find((n) => n.id === 'courier')!.lines).toEqual(['The Evening', 'Courier', '28 Feb 2024']);
  expect(input.edges.find((e) => e.to === 'copy')).toEqual({ from: 'wire', to: 'copy', label: '3', copy: true });
  const layout = layoutGraph(input.nodes, input.edges, 'narrow');
  expect(layout.width).toBeLessThanOrEqual(356);
  expect(crossings(layout)).toEqual([]);
});

test.each(['wide', 'narrow'] as const)(
  '%s: no arrow runs across another box, in a dossier of thirteen reports',
  (shape) => {
    // The grown test dossier's shape: a readout the dossier lacks followed by four reports, the DHS readout by two, a
    // wire story by its copy, and seven reports that follow nothing; in the dossier's order (by date). Aimed at the
    // boxes' centres, arrows to reports far along left their source through a corner, across the boxes beside it.
    const slugs = [
      'notes',
      'preview',
      'library',
      'khatrimaza',
      'ians',
      'inn',
      'courier',
      'ena',
      'dhs',
      'memo',
      'tfipost',
      'record',
      'sheet',
    ];
    const input = derivationGraphInput(
      {
        commonSources: [{ id: 'lost', label: 'the readout credited to the Ministry of Home Affairs' }],
        edges: [
          { from: 'lost', to: 'khatrimaza', statements: 7 },
          { from: 'lost', to: 'ians', statements: 7 },
          { from: 'lost', to: 'inn', statements: 7 },
          { from: 'ena', to: 'courier', statements: 3, basis: 'copy' },
          { from: 'dhs', to: 'tfipost', statements: 6 },
          { from: 'lost', to: 'tfipost', statements: 5 },
          { from: 'dhs', to: 'record', statements: 3 },
        ],
      },
      slugs.map((slug) => ({
        slug,
        shortName: slug === 'courier' ? 'The Evening Courier' : slug,
        date: '29 February 2024',
        shortDate: '29 Feb 2024',
      })),
      shape,
    );
    const layout = layoutGraph(input.nodes, input.edges, shape);
    if (shape === 'narrow') expect(layout.width).toBeLessThanOrEqual(356);
    expect(crossings(layout)).toEqual([]);
  },
);

/** Where an arrow of a layout runs inside a box other than its two (sampled about every pixel of each segment). */
function crossings(layout: ReturnType<typeof layoutGraph>): string[] {
  const found: string[] = [];
  for (const e of layout.edges) {
    const points = [...e.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/gu)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const others = layout.nodes.filter((n) => n.id !== e.from && n.id !== e.to);
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      const steps = Math.ceil(Math.hypot(bx - ax, by - ay));
      for (let k = 0; k <= steps; k++) {
        const x = ax + ((bx - ax) * k) / steps;
        const y = ay + ((by - ay) * k) / steps;
        const inside = others.find(
          (n) => x > n.x + 1 && x < n.x + n.width - 1 && y > n.y + 1 && y < n.y + n.height - 1,
        );
        if (inside && !found.includes(`${e.from} -> ${e.to} across ${inside.id}`))
          found.push(`${e.from} -> ${e.to} across ${inside.id}`);
      }
    }
  }
  return found;
}

test.each(['wide', 'narrow'] as const)(
  '%s: every segment of an arrow has a length, so that its head has a direction',
  (shape) => {
    const layout = layoutGraph(nodes, edges, shape);
    for (const e of layout.edges) {
      const points = [...e.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/gu)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(points.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < points.length; i++)
        expect(Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1])).toBeGreaterThan(0.4);
    }
  },
);
