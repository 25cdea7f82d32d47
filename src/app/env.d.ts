// Constants Vite writes into the bundle at build time (vite.config.ts `define`).

/** The versions of papermap and its models, as `papermap build` records them in a graph file. */
declare const __PAPERMAP_VERSIONS__: Record<string, string>;
/** False in the one-file map, which has no builder (see vite.config.ts). */
declare const __PAPERMAP_CAN_MAKE_MAPS__: boolean;
