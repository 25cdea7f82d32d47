// The build's stages, in order: apart from the pipeline, so that a page can name them without
// loading it.
export const STAGES = [
  'read',
  'keyphrases',
  'vectors',
  'embedding',
  'neighbours',
  'clusters',
  'topics',
  'layout',
  'output',
] as const;
export type Stage = (typeof STAGES)[number];
