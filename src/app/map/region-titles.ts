// Which region titles the map can show, and how much of each at a zoom level: cluster titles over
// their regions when zoomed out, sub-topic titles over theirs when zoomed in, crossfading between
// the two. A cluster without sub-topics keeps its title at both levels. Where the titles go, and
// which of them fit, is `layoutLabels`' job. Pure: tested without a browser.
import type { ClusterCount, Counts, Hidden } from '../state/filter.ts';
import type { MapIndex } from '../state/map-index.ts';

export type TitleLevel = 'cluster' | 'topic';

export interface RegionTitle {
  /** Unique among the titles: `c<id>` or `t<id>`. */
  key: string;
  level: TitleLevel;
  /** The cluster's or the topic's id. */
  id: number;
  cluster: number;
  label: string;
  /** The centroid of its papers, in graph coordinates. */
  anchor: { x: number; y: number };
  /** A cluster without sub-topics: its title shows zoomed out and zoomed in. */
  bothLevels: boolean;
  count: ClusterCount;
}

/**
 * The camera ratios between which cluster titles give way to sub-topic titles: at 1 the map
 * fits; "zoom to" a cluster, or two steps of the zoom button, land below 0.55, among sub-topics.
 */
export const CROSSFADE = { from: 0.8, to: 0.5 } as const;

/** How much each level shows at a camera ratio (1 shows the whole map). */
export function levelOpacity(ratio: number): Record<TitleLevel, number> {
  const t = (ratio - CROSSFADE.to) / (CROSSFADE.from - CROSSFADE.to);
  const cluster = Math.min(1, Math.max(0, t));
  return { cluster, topic: 1 - cluster };
}

export function titleOpacity(title: RegionTitle, levels: Record<TitleLevel, number>): number {
  return title.bothLevels ? 1 : levels[title.level];
}

const NO_COUNT: ClusterCount = { matching: 0, total: 0 };

/** Every title that can show: those of shown clusters and shown sub-topics, in the index order. */
export function regionTitles(
  index: Pick<MapIndex, 'clusters' | 'topicsOf' | 'centroids' | 'topicCentroids' | 'topicMembers'>,
  hidden: Hidden,
  counts: Counts,
): RegionTitle[] {
  const titles: RegionTitle[] = [];
  for (const c of index.clusters) {
    if (hidden.hiddenClusters.has(c.id)) continue;
    const anchor = index.centroids.get(c.id);
    const topics = (index.topicsOf.get(c.id) ?? []).filter(
      (t) => (index.topicMembers.get(t.id)?.length ?? 0) > 0,
    );
    if (anchor)
      titles.push({
        key: `c${c.id}`,
        level: 'cluster',
        id: c.id,
        cluster: c.id,
        label: c.label,
        anchor,
        bothLevels: topics.length === 0,
        count: counts.clusters.get(c.id) ?? NO_COUNT,
      });
    for (const t of topics) {
      const at = index.topicCentroids.get(t.id);
      if (hidden.hiddenTopics.has(t.id) || !at) continue;
      titles.push({
        key: `t${t.id}`,
        level: 'topic',
        id: t.id,
        cluster: c.id,
        label: t.label,
        anchor: at,
        bothLevels: false,
        count: counts.topics.get(t.id) ?? NO_COUNT,
      });
    }
  }
  return titles;
}

/**
 * The titles to lay out at this zoom, most important first: those that show at least half, then the
 * titles with more matching papers (then more papers), so that where two would overlap the
 * smaller region's gives way. Titles that would not show at this zoom are left out.
 */
export function titlesToPlace(
  titles: readonly RegionTitle[],
  levels: Record<TitleLevel, number>,
  minOpacity = 0.05,
): RegionTitle[] {
  const shown = titles.filter((t) => titleOpacity(t, levels) >= minOpacity);
  // Two ranks, not the opacity itself: a cluster without topics (always fully shown) competes
  // with the sub-topics on their counts when zoomed in.
  const rank = (t: RegionTitle) => (titleOpacity(t, levels) >= 0.5 ? 1 : 0);
  return shown
    .map((t, i) => ({ t, i }))
    .sort(
      (a, b) =>
        rank(b.t) - rank(a.t) ||
        b.t.count.matching - a.t.count.matching ||
        b.t.count.total - a.t.count.total ||
        a.i - b.i,
    )
    .map(({ t }) => t);
}

/**
 * The shapes a title can take, as lines, best first: its whole label on one line (if it is no
 * wider than `maxWidth`) or on two balanced lines, then shorter — the label's " · " parts dropped
 * from the end — on one or two lines. The shortest, the first part, is always there.
 */
export function titleShapes(
  label: string,
  measure: (text: string) => number,
  maxWidth: number,
): string[][] {
  const parts = label.split(' · ');
  const shapes: string[][] = [];
  for (let k = parts.length; k > 0; k--) {
    const text = parts.slice(0, k).join(' · ');
    if (measure(text) <= maxWidth) shapes.push([text]);
    const two = balancedLines(text, measure);
    if (two && (k === 1 || Math.max(...two.map(measure)) <= maxWidth * 1.25)) shapes.push(two);
    if (k === 1 && shapes.length === 0) shapes.push([text]);
  }
  return shapes;
}

/** The text on two lines of about the same width, a " · " kept at the end of the first. */
function balancedLines(text: string, measure: (text: string) => number): string[] | null {
  const words = text.split(' ').reduce<string[]>((ws, w) => {
    if (w === '·' && ws.length > 0) ws[ws.length - 1] += ' ·';
    else ws.push(w);
    return ws;
  }, []);
  let best: string[] | null = null;
  let widest = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = Math.max(...lines.map(measure));
    if (w < widest) [best, widest] = [lines, w];
  }
  return best;
}
