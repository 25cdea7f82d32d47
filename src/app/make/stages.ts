// The build's stages as the page that makes a map shows them: in words, with what each counts.
import { STAGES, type Stage } from '../../core/stages.ts';

export const STAGE_NAMES: Record<Stage, string> = {
  read: 'Reading the files',
  keyphrases: 'Finding keyphrases',
  vectors: 'Vectors',
  embedding: 'Embedding',
  neighbours: 'Linking neighbours',
  clusters: 'Clusters',
  topics: 'Sub-topics',
  layout: 'Layout',
  output: 'Writing the map',
};

/** What a stage's `done`/`total` count: files while reading, papers while finding keyphrases. */
const UNITS: Partial<Record<Stage, [string, string]>> = {
  read: ['file', 'files'],
  keyphrases: ['paper', 'papers'],
};

export interface StageProgress {
  stage: Stage;
  done: number;
  total: number;
}

export type StageStatus = 'done' | 'running' | 'waiting';

export function stageStatus(stage: Stage, current: Stage | null, finished: boolean): StageStatus {
  if (finished) return 'done';
  if (current === null) return 'waiting';
  const at = STAGES.indexOf(current);
  const i = STAGES.indexOf(stage);
  return i < at ? 'done' : i === at ? 'running' : 'waiting';
}

/** "1,200 of 5,000 papers", or null for a stage that counts nothing worth saying. */
export function describeCount({ stage, done, total }: StageProgress): string | null {
  const unit = UNITS[stage];
  if (!unit || total <= 1) return null;
  const n = (x: number) => x.toLocaleString('en');
  return `${n(done)} of ${n(total)} ${total === 1 ? unit[0] : unit[1]}`;
}

/** "1.2 s", "340 ms". */
export function describeDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
