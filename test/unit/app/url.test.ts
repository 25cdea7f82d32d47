import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLOR_BY, SIZE_BY } from '../../../src/core/graph-file.ts';
import {
  dataUrlParam,
  parseYears,
  searchToView,
  viewToSearch,
} from '../../../src/app/state/url.ts';
import { normaliseKeyphrase } from '../../../src/app/state/keyphrases.ts';
import { INITIAL_VIEW } from '../../../src/app/state/view-state.ts';
import type { ViewState } from '../../../src/app/state/types.ts';

const urlPart = (s: ViewState) => ({
  selected: s.selected,
  hiddenClusters: [...s.hiddenClusters].sort((a, b) => a - b),
  hiddenTopics: [...s.hiddenTopics].sort((a, b) => a - b),
  keywords: s.keywords,
  color: s.color,
  size: s.size,
  years: s.years,
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
      color: 'cluster',
      size: 'degree',
      years: null,
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
      color: 'year',
      size: 'citations',
      years: { from: 2018, to: 2024 },
    };
    const search = viewToSearch(view, { data: 'https://example.org/map.json?x=1&y=2' });
    expect(search).toContain('hide=1%2C3');
    expect(search).toContain('hidet=0%2C7%2C12');
    expect(search).toContain('color=year&size=citations&years=2018-2024');
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
      color: fc.constantFrom(...COLOR_BY),
      size: fc.constantFrom(...SIZE_BY),
      years: fc.option(
        fc
          .tuple(fc.integer({ min: 1600, max: 2100 }), fc.integer({ min: 1600, max: 2100 }))
          .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
        { nil: null },
      ),
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
        expect(back.color).toBe(state.color);
        expect(back.size).toBe(state.size);
        expect(back.years).toEqual(state.years);
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

describe('colour, size and years in the URL (issue 9)', () => {
  const known = {
    hasPaper: () => true,
    hasCluster: () => true,
    hasTopic: () => true,
    hasField: (f: string) => f !== 'citations',
    yearExtent: { from: 2015, to: 2024 },
  };

  it('reads a year range, one year, and nothing else', () => {
    expect(parseYears('2018-2024')).toEqual({ from: 2018, to: 2024 });
    expect(parseYears('2024-2018')).toEqual({ from: 2018, to: 2024 });
    expect(parseYears('2020')).toEqual({ from: 2020, to: 2020 });
    expect(parseYears('2018-')).toBeNull();
    expect(parseYears('recent')).toBeNull();
    expect(parseYears(null)).toBeNull();
  });

  it('drops unknown values and fields the map lacks, and keeps years inside the map', () => {
    const v = searchToView('?color=rainbow&size=citations&years=2010-2019', known);
    expect(v.color).toBe('cluster');
    expect(v.size).toBe('degree'); // no paper has a citation count
    expect(v.years).toEqual({ from: 2015, to: 2019 });
    // A range covering every year is no filter: one state, one URL.
    expect(searchToView('?years=1990-2030', known).years).toBeNull();
    const noYears = { ...known, hasField: () => false, yearExtent: null };
    const w = searchToView('?color=year&years=2018-2020', noYears);
    expect([w.color, w.years]).toEqual(['cluster', null]);
  });

  it('writes only what differs from the defaults', () => {
    expect(viewToSearch({ ...INITIAL_VIEW, color: 'venue' })).toBe('?color=venue');
    expect(viewToSearch({ ...INITIAL_VIEW, size: 'none' })).toBe('?size=none');
    expect(viewToSearch({ ...INITIAL_VIEW, years: { from: 2020, to: 2020 } })).toBe(
      '?years=2020-2020',
    );
  });
});
