// The map's keyboard focus: which paper the arrow keys go to, where the focus starts, and what
// a screen reader hears. Positions are viewport pixels (y grows downwards), as the reader sees
// the map, so "up" is up on the screen whatever the camera.

export interface PlacedPaper {
  key: string;
  x: number;
  y: number;
}

/** The arrow keys and where each goes on the screen. */
export const ARROWS = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
} as const satisfies Record<string, readonly [number, number]>;

export type Direction = keyof typeof ARROWS;

export const isArrow = (key: string): key is Direction => key in ARROWS;

/** A neighbour is preferred over a nearer paper unless it is this many times as far, or more. */
export const NEIGHBOUR_REACH = 3;

/**
 * How far `to` is from `from` going in `direction`: the distance along it plus twice the distance
 * across it (a paper straight ahead beats one as near but off to the side). Infinity when `to`
 * is not within 45° of the direction.
 */
export function directionalCost(
  from: Pick<PlacedPaper, 'x' | 'y'>,
  to: Pick<PlacedPaper, 'x' | 'y'>,
  direction: Direction,
): number {
  const [dx, dy] = ARROWS[direction];
  const vx = to.x - from.x;
  const vy = to.y - from.y;
  const along = vx * dx + vy * dy;
  const across = Math.abs(vx * dy - vy * dx);
  return along > 0 && across <= along ? along + 2 * across : Infinity;
}

/** The key of the paper of least finite cost (the first of equals), or null. */
function cheapest(papers: readonly PlacedPaper[], cost: (p: PlacedPaper) => number): string | null {
  let best: string | null = null;
  let least = Infinity;
  for (const p of papers) {
    const c = cost(p);
    if (c < least) [best, least] = [p.key, c];
  }
  return best;
}

/**
 * The paper the focus moves to from `from` when the reader presses an arrow: the nearest paper
 * in that direction (`directionalCost`), or one of `neighbours` (the focused paper's related
 * papers) if one lies in that direction and is less than NEIGHBOUR_REACH times as far. Null when
 * no paper lies that way; of equals, the first in `papers` (the graph's order, so it is stable).
 */
export const nextPaperInDirection = (
  from: PlacedPaper,
  papers: readonly PlacedPaper[],
  direction: Direction,
  neighbours: ReadonlySet<string> = new Set(),
): string | null =>
  cheapest(
    papers,
    (p) => directionalCost(from, p, direction) / (neighbours.has(p.key) ? NEIGHBOUR_REACH : 1),
  );

/** The paper nearest a point (the middle of the view), or null when there is none. */
export const nearestPaper = (point: { x: number; y: number }, papers: readonly PlacedPaper[]) =>
  cheapest(papers, (p) => Math.hypot(p.x - point.x, p.y - point.y));

/** What a screen reader hears when the map's focus lands on a paper. */
export const focusAnnouncement = (title: string, cluster: string, related: number): string =>
  `${title}, cluster ${cluster}, ${related} related paper${related === 1 ? '' : 's'}`;
