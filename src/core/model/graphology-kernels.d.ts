// The numeric kernels of graphology's layouts, which their packages ship without types: one
// iteration over flat Float32Array matrices (see each package's helpers.js for the layout).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): object;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module 'graphology-layout-noverlap/iterate.js' {
  import type { NoverlapSettings } from 'graphology-layout-noverlap';
  export default function iterate(
    settings: Required<NoverlapSettings>,
    nodes: Float32Array,
  ): { converged: boolean };
}
