import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../../src/core/stages.ts';
import {
  STAGE_NAMES,
  describeCount,
  describeDuration,
  stageStatus,
} from '../../../../src/app/make/stages.ts';

describe('the build stages as the maker shows them', () => {
  it('names every stage of the pipeline', () => {
    for (const stage of STAGES) expect(STAGE_NAMES[stage]).toBeTruthy();
  });

  it('marks the stages before the current one done, the current running, the rest waiting', () => {
    expect(STAGES.map((s) => stageStatus(s, 'vectors', false))).toEqual([
      'done',
      'done',
      'running',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
    ]);
    expect(stageStatus('read', null, false)).toBe('waiting');
    expect(stageStatus('output', 'read', true)).toBe('done');
  });

  it('counts papers while finding keyphrases and files while reading, and nothing else', () => {
    expect(describeCount({ stage: 'keyphrases', done: 1200, total: 5000 })).toBe(
      '1,200 of 5,000 papers',
    );
    expect(describeCount({ stage: 'read', done: 1, total: 2 })).toBe('1 of 2 files');
    expect(describeCount({ stage: 'read', done: 0, total: 1 })).toBeNull();
    expect(describeCount({ stage: 'clusters', done: 0, total: 1 })).toBeNull();
  });

  it('says durations in ms under a second, else in seconds', () => {
    expect(describeDuration(340.4)).toBe('340 ms');
    expect(describeDuration(1234)).toBe('1.2 s');
  });
});
