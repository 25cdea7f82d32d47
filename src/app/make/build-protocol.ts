// The messages between the page that makes a map and its build worker.
import type { BuildOptions } from '../../core/options.ts';
import type { Stage } from '../../core/stages.ts';
import type { BuildReport } from '../../core/report.ts';
import type { AnalysedDoc } from '../../core/types.ts';

export interface BuildRequest {
  type: 'build';
  /** The files' bytes, transferred (not copied) to the worker. */
  files: { name: string; bytes: ArrayBuffer }[];
  options: Partial<Pick<BuildOptions, 'title' | 'clusters' | 'neighbours'>>;
}

export type BuildMessage =
  | { type: 'notice'; text: string }
  | { type: 'progress'; stage: Stage; done: number; total: number }
  | {
      type: 'done';
      /** The graph file's text, exactly as `papermap build` writes it. */
      graphText: string;
      report: BuildReport;
      timings: Record<Stage, number>;
    }
  /** `user`: the reader's files or options are at fault (the CLI's exit code 2). */
  | { type: 'error'; message: string; user: boolean };

/** To a nested worker (the build worker's own script): analyse these papers' texts. */
export interface AnalyseRequest {
  type: 'analyse';
  texts: { title: string; abstract: string }[];
}

export type AnalyseMessage =
  | { type: 'analyse-progress'; done: number }
  | { type: 'analysed'; result: AnalysedDoc[] }
  | { type: 'analyse-error'; message: string };
