// Readers build records with every field written out, some undefined; tests compare records and
// the report serialises them, so the absent fields are removed rather than left as undefined.

/** The record without its undefined fields (mutated in place and returned). */
export function dropUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}
