// The app's view of a loaded map: the graph file's types bound to graphology, and the view state
// that every panel reads. Nothing here touches the DOM.
import type Graph from 'graphology';
import type {
  ColorBy,
  GraphAttributes,
  SizeBy,
  LinkEdgeAttributes,
  PaperNodeAttributes,
} from '../../core/graph-file.ts';

export type PaperGraph = Graph<PaperNodeAttributes, LinkEdgeAttributes, GraphAttributes>;

/** Sigma's camera in framed-graph coordinates (the whole map fits in ratio 1 around 0.5, 0.5). */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export type ViewMode = 'map' | 'list';

/** Publication years from `from` to `to`, both included. */
export interface YearRange {
  from: number;
  to: number;
}

/** Everything the reader chose; the URL holds all of it but `hovered`. */
export interface ViewState {
  /** The paper whose details are open. */
  selected: string | null;
  /** The paper under the pointer (or a keyboard focus in the list); never in the URL. */
  hovered: string | null;
  hiddenClusters: ReadonlySet<number>;
  /** Hidden sub-topics (topic ids): their papers are hidden even where their cluster shows. */
  hiddenTopics: ReadonlySet<number>;
  /** Normalised keyphrases (see `normaliseKeyphrase`); a paper must mention all of them. */
  keywords: readonly string[];
  query: string;
  /** Null until the reader moves the camera: the map is then fitted to the screen. */
  camera: CameraView | null;
  view: ViewMode;
  /** What the papers are coloured by; 'cluster' unless the reader chose otherwise. */
  color: ColorBy;
  /** What sets a paper's dot size; 'degree' (the file's sizes) unless chosen otherwise. */
  size: SizeBy;
  /** Only papers published in these years are shown; null shows every paper. */
  years: YearRange | null;
}
