// The bench's timing helpers: percentiles of frame times, and several runs' percentiles as one.
import { describe, expect, it } from 'vitest';
import { median, medianPercentiles, percentiles } from './timing.ts';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('percentiles', () => {
  it('reads p50 and p95 from the sorted samples, to 0.1 ms', () => {
    const frames = [...Array.from({ length: 95 }, () => 16.66), ...Array.from({ length: 5 }, () => 33.33)];
    expect(percentiles(frames)).toEqual({ p50: 16.7, p95: 33.3, frames: 100 });
  });
});

describe('medianPercentiles', () => {
  it('takes the median p50 and p95 of the runs and counts all their samples', () => {
    const runs = [
      { p50: 16.7, p95: 16.8, frames: 150 },
      { p50: 16.7, p95: 33.3, frames: 140 },
      { p50: 33.3, p95: 50, frames: 100 },
    ];
    expect(medianPercentiles(runs)).toEqual({ p50: 16.7, p95: 33.3, frames: 390 });
  });

  it('does not let one slow run decide', () => {
    const runs = [
      { p50: 16.7, p95: 16.8, frames: 150 },
      { p50: 16.7, p95: 16.8, frames: 150 },
      { p50: 50, p95: 83, frames: 60 },
    ];
    expect(medianPercentiles(runs).p95).toBe(16.8);
  });
});
