// What the map's text shares within a render: the boxes over the map that labels keep out of
// (the controls, the embed's card, the phone's details sheet: `data-map-chrome`, measured before
// each render), and the boxes of the labels drawn, for the tests' overlap checks.
import type { Rect } from './label-layout.ts';

export interface LabelScene {
  chrome: Rect[];
  /** Paper labels and focus title boxes drawn at the last render, by paper. */
  drawn: Map<string, Rect>;
  /**
   * The only papers that can have labels now, or null for any: on a large map dimmed around a
   * selection, its neighbourhood (sigma's display data still gives the rest their labels, under
   * the focus layer's veil).
   */
  labelled: ReadonlySet<string> | null;
  /** The papers the map singles out now (`focusPapers`): the only ones with forced labels. */
  focus: ReadonlySet<string>;
}
