/**
 * The derivation as a picture: reports and common sources as boxes, who follows whom as arrows labelled with the
 * statements they carry, laid out at build time by dagre (`@dagrejs/dagre`, a layered Sugiyama layout) and drawn
 * as SVG by src/components/DerivationGraph.astro, with no script. This module only computes the geometry, so that
 * it is tested without a page. The same facts go beside the picture as a table (the text twin).
 *
 * Pure TypeScript over plain data; no astro:* import.
 */
import dagre from '@dagrejs/dagre';
import { plural } from './format.ts';

export interface GraphNodeInput {
  id: string;
  /** The lines of its label: a name, then a date or "not in this dossier". */
  lines: string[];
  /** A common source the dossier lacks: drawn dashed. */
  absent: boolean;
  /** How many of the last lines say that the text is not in the dossier (set in italics); 0 for a report. */
  noteLines?: number;
}

export interface GraphEdgeInput {
  from: string;
  to: string;
  label: string;
  /** An arrow from a text to its copy (basis `copy`: the report is almost wholly in it): drawn dotted, said in words. */
  copy?: boolean;
}

export interface GraphNode extends GraphNodeInput {
  /** Top-left corner and size, in SVG units. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge extends GraphEdgeInput {
  /** SVG path data from the source's box to the target's. */
  path: string;
  labelX: number;
  labelY: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * With more boxes than this the picture would be too small to read at page width, and the overview and /reuse/
 * too heavy: they then give a sentence and a link, and the derivation page the table alone.
 */
export const PICTURE_LIMIT = 30;

/** Approximate advance of a character of the picture's font at FONT_SIZE, for sizing boxes without measuring text. */
const CHAR_WIDTH = 7.4;
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
const PADDING = 10;
const MARGIN = 12;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The picture's two shapes: `wide`, top to bottom (sources above the reports that follow them); `narrow`, for a phone,
 * left to right (sources to the left of their followers), with shorter labels (derivationGraphInput), so that a
 * dossier of one generation of followers fits a screen 390 px wide.
 */
export type PictureShape = 'wide' | 'narrow';

/** Lays the graph out in the given shape (see PictureShape). Deterministic for the same input. */
export function layoutGraph(
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  shape: PictureShape = 'wide',
): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph(
    shape === 'wide'
      ? { rankdir: 'TB', nodesep: 24, ranksep: 56, edgesep: 12, marginx: MARGIN, marginy: MARGIN }
      : { rankdir: 'LR', nodesep: 16, ranksep: 36, edgesep: 12, marginx: MARGIN, marginy: MARGIN },
  );
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    const width = Math.max(...node.lines.map((l) => l.length)) * CHAR_WIDTH + 2 * PADDING;
    const height = node.lines.length * LINE_HEIGHT + 2 * PADDING - 4;
    g.setNode(node.id, { width: round(width), height });
  }
  for (const edge of edges) {
    g.setEdge(edge.from, edge.to, {
      label: edge.label,
      width: edge.label.length * CHAR_WIDTH,
      height: LINE_HEIGHT,
      labelpos: 'c',
    });
  }
  dagre.layout(g);
  const graph = g.graph();
  const placed: GraphNode[] = nodes.map((node) => {
    const n = g.node(node.id);
    return { ...node, x: round(n.x - n.width / 2), y: round(n.y - n.height / 2), width: n.width, height: n.height };
  });
  const at = new Map(placed.map((n) => [n.id, n]));
  const drawn: GraphEdge[] = edges.map((edge) => {
    const e = g.edge(edge.from, edge.to) as { points: Point[]; x: number; y: number };
    const points = sideToSide(e.points, at.get(edge.from)!, at.get(edge.to)!, placed, shape);
    const [first, ...rest] = points;
    const path = `M${round(first!.x)},${round(first!.y)}` + rest.map((p) => ` L${round(p.x)},${round(p.y)}`).join('');
    return { ...edge, path, labelX: round(e.x), labelY: round(e.y) };
  });
  return { width: round(graph.width ?? 0), height: round(graph.height ?? 0), nodes: placed, edges: drawn };
}

interface Point {
  x: number;
  y: number;
}

/**
 * An arrow from the middle of its source's side that faces its followers (the bottom in the wide shape, the right in
 * the narrow one) to the middle of its target's facing side, running straight out of the source's row (or column)
 * and into the target's: dagre aims it at the boxes' centres, so that an arrow to a report far along left its source
 * through a corner, across the boxes beside it. Between the rows it keeps dagre's route (through its label).
 */
function sideToSide(
  route: readonly Point[],
  from: GraphNode,
  to: GraphNode,
  nodes: readonly GraphNode[],
  shape: PictureShape,
): Point[] {
  // Along: the axis from sources to followers (y when wide, x when narrow); across: the other.
  const [along, across, length, breadth] =
    shape === 'wide' ? (['y', 'x', 'height', 'width'] as const) : (['x', 'y', 'width', 'height'] as const);
  const centre = (n: GraphNode) => n[along] + n[length] / 2;
  const rank = (n: GraphNode) => nodes.filter((m) => Math.abs(centre(m) - centre(n)) < 1);
  const out = Math.max(...rank(from).map((n) => n[along] + n[length]));
  const into = Math.min(...rank(to).map((n) => n[along]));
  const point = (a: number, n: GraphNode): Point => {
    const c = n[across] + n[breadth] / 2;
    return shape === 'wide' ? { x: c, y: a } : { x: a, y: c };
  };
  const points = [
    point(from[along] + from[length], from),
    point(out, from),
    ...route.slice(1, -1),
    point(into, to),
    point(to[along], to),
  ];
  // A box as deep as its row adds no step out of it: a segment of no length would leave the arrowhead no direction.
  return points.filter((p, i) => i === 0 || Math.hypot(p.x - points[i - 1]!.x, p.y - points[i - 1]!.y) >= 0.5);
}

/** Breaks a label into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** "1 statement", "7 statements". */
export const statementsLabel = (n: number) => plural(n, 'statement');

/** How many characters a line of a box may hold: a text the dossier lacks is named in lines of this length. */
const LINE_CHARS: Record<PictureShape, number> = { wide: 28, narrow: 14 };

/**
 * The picture's boxes and arrows from a derivation: every report (by its short name and date, in the dossier's
 * order), every common source (by its label, said to be absent), every edge with the statements it carries: "7
 * statements" (", a copy" where it is one) in the wide shape; in the narrow one "7" (a copy's arrow is dotted, and every
 * arrow's name says it in words), reports' names in lines of 14 characters and their dates short ("28 Feb 2024").
 */
export function derivationGraphInput(
  derivation: {
    commonSources: readonly { id: string; label: string }[];
    edges: readonly { from: string; to: string; statements: number; basis?: string }[];
  },
  reports: readonly { slug: string; shortName: string; date: string; shortDate?: string }[],
  shape: PictureShape = 'wide',
): { nodes: GraphNodeInput[]; edges: GraphEdgeInput[] } {
  return {
    nodes: [
      ...derivation.commonSources.map((c) => {
        const note = wrap('(not in this dossier)', LINE_CHARS[shape]);
        return {
          id: c.id,
          lines: [...wrap(c.label, LINE_CHARS[shape]), ...note],
          absent: true,
          noteLines: note.length,
        };
      }),
      ...reports.map((r) => ({
        id: r.slug,
        lines:
          shape === 'wide' ? [r.shortName, r.date] : [...wrap(r.shortName, LINE_CHARS.narrow), r.shortDate ?? r.date],
        absent: false,
      })),
    ],
    edges: derivation.edges.map((e) => ({
      from: e.from,
      to: e.to,
      label: shape === 'wide' ? statementsLabel(e.statements) : String(e.statements),
      copy: e.basis === 'copy',
    })),
  };
}
