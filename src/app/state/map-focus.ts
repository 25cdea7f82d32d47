// The map's keyboard focus: which paper the arrow keys go to, where the focus starts, and what
// a screen reader hears. Positions are viewport pixels (y grows downwards), as the reader sees
// the map, so "up" is up on the screen whatever the camera.

export interface PlacedPaper {
  key: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** A neighbour is preferred over a nearer paper unless it is more than this many times as far. */
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
  const [dx, dy] = VECTORS[direction];
  const vx = to.x - from.x;
  const vy = to.y - from.y;
  const along = vx * dx + vy * dy;
  const across = Math.abs(vx * dy - vy * dx);
  return along > 0 && across <= along ? along + 2 * across : Infinity;
}

/**
 * The paper the focus moves to from `from` when the reader presses an arrow: the nearest paper
 * in that direction (`directionalCost`), or one of `neighbours` (the focused paper's related
 * papers) if one lies in that direction and is no more than NEIGHBOUR_REACH times as far. Null
 * when no paper lies that way. Ties go to the smaller key, so the answer is stable.
 */
export function nextPaperInDirection(
  from: PlacedPaper,
  papers: readonly PlacedPaper[],
  direction: Direction,
  neighbours: ReadonlySet<string> = new Set(),
): string | null {
  let best: { key: string; cost: number } | null = null;
  let bestNeighbour: { key: string; cost: number } | null = null;
  const better = (a: { key: string; cost: number } | null, key: string, cost: number) =>
    !a || cost < a.cost || (cost === a.cost && key < a.key);
  for (const p of papers) {
    if (p.key === from.key) continue;
    const cost = directionalCost(from, p, direction);
    if (cost === Infinity) continue;
    if (better(best, p.key, cost)) best = { key: p.key, cost };
    if (neighbours.has(p.key) && better(bestNeighbour, p.key, cost))
      bestNeighbour = { key: p.key, cost };
  }
  if (bestNeighbour && best && bestNeighbour.cost <= best.cost * NEIGHBOUR_REACH)
    return bestNeighbour.key;
  return best?.key ?? null;
}

/** The paper nearest a point (the middle of the view), or null when there is none. */
export function nearestPaper(
  point: { x: number; y: number },
  papers: readonly PlacedPaper[],
): string | null {
  let best: { key: string; d: number } | null = null;
  for (const p of papers) {
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (!best || d < best.d || (d === best.d && p.key < best.key)) best = { key: p.key, d };
  }
  return best?.key ?? null;
}

/** What a screen reader hears when the map's focus lands on a paper. */
export function focusAnnouncement(
  title: string,
  cluster: string | undefined,
  related: number,
): string {
  const parts = [title];
  if (cluster) parts.push(`cluster ${cluster}`);
  parts.push(related === 1 ? '1 related paper' : `${related} related papers`);
  return parts.join(', ');
}
