// Gathers a document's candidate occurrences into one entry per phrase key.
import type { PhraseOccurrence } from '../types.ts';

interface SurfaceStats {
  count: number;
  usesAcronym: boolean;
  /** Order of first appearance, for ties. */
  order: number;
}

interface Entry {
  firstPosition: number;
  count: number;
  inTitle: boolean;
  /** The first written form; most phrases keep to it within a paper. */
  surface: string;
  stats: SurfaceStats;
  /** All written forms, once there is a second one. */
  surfaces: Map<string, SurfaceStats> | null;
}

export class PhraseCollector {
  private readonly entries = new Map<string, Entry>();

  /** Occurrences must be added in text order: the first one gives the first position. */
  add(key: string, surface: string, position: number, inTitle: boolean, usesAcronym: boolean) {
    let e = this.entries.get(key);
    if (!e) {
      const stats = { count: 0, usesAcronym, order: 0 };
      e = { firstPosition: position, count: 0, inTitle: false, surface, stats, surfaces: null };
      this.entries.set(key, e);
    }
    e.count++;
    e.inTitle ||= inTitle;
    if (e.surfaces === null) {
      if (surface === e.surface) {
        e.stats.count++;
        return;
      }
      e.surfaces = new Map([[e.surface, e.stats]]);
    }
    const s = e.surfaces.get(surface);
    if (s) s.count++;
    else e.surfaces.set(surface, { count: 1, usesAcronym, order: e.surfaces.size });
  }

  result(): PhraseOccurrence[] {
    const out: PhraseOccurrence[] = [];
    for (const [key, e] of this.entries) {
      const [surface, stats] = e.surfaces ? pickSurface(e.surfaces) : [e.surface, e.stats];
      out.push({
        key,
        surface,
        firstPosition: e.firstPosition,
        count: e.count,
        inTitle: e.inTitle,
        ...(stats.usesAcronym ? { acronym: true as const } : {}),
      });
    }
    return out;
  }
}

/**
 * The written form that explains itself: the expansion over the acronym ("sparse autoencoders"
 * over "SAEs"), then the form used most often, then the first one.
 */
function pickSurface(surfaces: Map<string, SurfaceStats>): [string, SurfaceStats] {
  let best: [string, SurfaceStats] | null = null;
  for (const entry of surfaces) if (best === null || better(entry[1], best[1])) best = entry;
  return best!;
}

function better(a: SurfaceStats, b: SurfaceStats): boolean {
  if (a.usesAcronym !== b.usesAcronym) return !a.usesAcronym;
  if (a.count !== b.count) return a.count > b.count;
  return a.order < b.order;
}
