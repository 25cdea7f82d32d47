// Which optional fields (year, venue, citations) a loaded map has, and the year filter's set:
// the viewer offers only colourings, sizes and a year range that mean something on this map.
import type { PaperField } from '../../core/graph-file.ts';
import type { PaperGraph, YearRange } from './types.ts';

export interface MapFields {
  has: ReadonlySet<PaperField>;
  /** The first and last years of the papers; null when no paper has a year. */
  years: YearRange | null;
}

/**
 * The fields of `attributes.fields`, or, in a file made before it existed, those some paper
 * has. The year extent always comes from the papers (a file could list a field none has).
 */
export function mapFields(graph: PaperGraph): MapFields {
  const listed = graph.getAttribute('fields');
  const seen = new Set<PaperField>();
  let from = Infinity;
  let to = -Infinity;
  graph.forEachNode((_k, a) => {
    if (a.year !== null) {
      seen.add('year');
      from = Math.min(from, a.year);
      to = Math.max(to, a.year);
    }
    if (a.venue !== null && a.venue.trim() !== '') seen.add('venue');
    if (a.citations !== undefined) seen.add('citations');
  });
  const has = listed ? new Set(listed.filter((f) => seen.has(f))) : seen;
  return { has, years: has.has('year') && from <= to ? { from, to } : null };
}

/** The papers published within the range; null when there is no range (every paper is in). */
export function papersInYears(
  graph: PaperGraph,
  range: YearRange | null,
): ReadonlySet<string> | null {
  if (range === null) return null;
  const keys = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.year !== null && a.year >= range.from && a.year <= range.to) keys.add(key);
  });
  return keys;
}
