// Which records a reader hands on: those with a title or an abstract. A record with no title is
// titled from its abstract later (papers.ts); one with neither has nothing to show or to map.
import type { RawRecord, RejectedRecord } from '../types.ts';

export const NO_TEXT = 'no title and no abstract';

export function withText(record: RawRecord): RawRecord | RejectedRecord {
  return record.title?.trim() || record.abstract?.trim()
    ? record
    : { location: record.location, reason: NO_TEXT };
}
