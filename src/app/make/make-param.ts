// `?make=1` opens the page that makes a map from the reader's files. The one-file map has no
// builder (vite.config.ts), so there the parameter means nothing and its links are not shown.

export const CAN_MAKE_MAPS: boolean = __PAPERMAP_CAN_MAKE_MAPS__;

/** The address of the page that makes a map, relative to the app. */
export const MAKE_MAP_HREF = './?make=1';

export function makeParam(search: string): boolean {
  return CAN_MAKE_MAPS && new URLSearchParams(search).has('make');
}
