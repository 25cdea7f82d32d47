import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataUrlParam, searchToView, viewToSearch } from '../../../src/app/state/url.ts';
import { normaliseKeyphrase } from '../../../src/app/state/keyphrases.ts';
import { INITIAL_VIEW } from '../../../src/app/state/view-state.ts';
import type { ViewState } from '../../../src/app/state/types.ts';

const urlPart = (s: ViewState) => ({
  selected: s.selected,
  hiddenClusters: [...s.hiddenClusters].sort((a, b) => a - b),
  hiddenTopics: [...s.hiddenTopics].sort((a, b) => a - b),
  keywords: s.keywords,
  query: s.query,
  camera: s.camera,
  view: s.view,
});

describe('view state in the URL', () => {
  it('writes nothing for the initial view', () => {
    expect(viewToSearch(INITIAL_VIEW)).toBe('');
    expect(searchToView('')).toEqual({
      selected: null,
      hiddenClusters: new Set(),
      hiddenTopics: new Set(),
      keywords: [],
      query: '',
      camera: null,
      view: 'map',
    });
  });

  it('round-trips a full view, unicode keyphrases included', () => {
    const view: ViewState = {
      selected: 'arXiv:2401.00001/v2',
      hovered: null,
      hiddenClusters: new Set([3, 1]),
      hiddenTopics: new Set([12, 0, 7]),
      keywords: ['ökonomie', '経済', 'n:m sparsity', 'a, b & c', 'ℓ1 regularisation'],
      query: 'sparse 自動 "quoted" #hash',
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      view: 'list',
    };
    const search = viewToSearch(view, { data: 'https://example.org/map.json?x=1&y=2' });
    expect(search).toContain('hide=1%2C3');
    expect(search).toContain('hidet=0%2C7%2C12');
    const back = searchToView(search);
    expect(urlPart({ ...back, hovered: null })).toEqual(urlPart(view));
    expect(dataUrlParam(search)).toBe('https://example.org/map.json?x=1&y=2');
  });

  it('round-trips any view (property)', () => {
    const keyphrase = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .map(normaliseKeyphrase)
      .filter((k) => k !== '');
    const view = fc.record({
      selected: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null }),
      hiddenClusters: fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 6 }),
      hiddenTopics: fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 8 }),
      keywords: fc.uniqueArray(keyphrase, { maxLength: 5 }),
      query: fc.string({ unit: 'grapheme', maxLength: 30 }),
      camera: fc.option(
        fc.record({
          x: fc.double({ min: -2, max: 3, noNaN: true }),
          y: fc.double({ min: -2, max: 3, noNaN: true }),
          ratio: fc.double({ min: 0.01, max: 5, noNaN: true }),
        }),
        { nil: null },
      ),
      view: fc.constantFrom('map' as const, 'list' as const),
    });
    fc.assert(
      fc.property(view, (v) => {
        const state: ViewState = {
          ...v,
          hovered: null,
          hiddenClusters: new Set(v.hiddenClusters),
          hiddenTopics: new Set(v.hiddenTopics),
        };
        const back = searchToView(viewToSearch(state));
        expect(back.selected).toBe(state.selected === '' ? null : state.selected);
        expect([...back.hiddenClusters].sort((a, b) => a - b)).toEqual(
          [...state.hiddenClusters].sort((a, b) => a - b),
        );
        expect([...back.hiddenTopics].sort((a, b) => a - b)).toEqual(
          [...state.hiddenTopics].sort((a, b) => a - b),
        );
        expect(back.keywords).toEqual(state.keywords);
        expect(back.query).toBe(state.query);
        expect(back.view).toBe(state.view);
        if (state.camera === null) expect(back.camera).toBeNull();
        else {
          expect(back.camera!.x).toBeCloseTo(state.camera.x, 3);
          expect(back.camera!.y).toBeCloseTo(state.camera.y, 3);
        }
        // Writing what was read gives the same URL: links are stable.
        expect(viewToSearch(back)).toBe(viewToSearch(searchToView(viewToSearch(back))));
      }),
    );
  });

  it('drops what a map does not have and what is malformed', () => {
    const known = {
      hasPaper: (k: string) => k === 'a',
      hasCluster: (id: number) => id < 3,
      hasTopic: (id: number) => id === 4 || id === 8,
    };
    const v = searchToView(
      '?paper=zzz&hide=1,7,x,-&hidet=8,,5,4.5,4&cam=1,2&kw=&kw=%20&view=grid',
      known,
    );
    expect(v.selected).toBeNull();
    expect([...v.hiddenClusters]).toEqual([1]);
    expect([...v.hiddenTopics]).toEqual([8, 4]);
    expect(v.camera).toBeNull();
    expect(v.keywords).toEqual([]);
    expect(v.view).toBe('map');
    expect(searchToView('?cam=0.5,0.5,-1').camera).toBeNull();
    expect(searchToView('?cam=0.5,0.5,0.25').camera).toEqual({ x: 0.5, y: 0.5, ratio: 0.25 });
  });

  it('reads keyphrases in their normal form and without duplicates', () => {
    expect(
      searchToView('?kw=Sparse+Networks&kw=sparse%20networks&kw=%C3%96KONOMIE').keywords,
    ).toEqual(['sparse networks', 'ökonomie']);
  });
});
