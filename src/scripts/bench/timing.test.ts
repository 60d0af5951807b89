// The bench's timing helpers: percentiles of frame times, several runs' percentiles as one, and CPU steal.
import { describe, expect, it } from 'vitest';
import { median, medianPercentiles, parseCpuTicks, percentiles, stealPercent } from './timing.ts';

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

describe('parseCpuTicks', () => {
  it('sums the first eight counters of the cpu line and reads steal as the eighth', () => {
    const stat = 'cpu  100 5 50 800 10 0 5 30 0 0\ncpu0 50 2 25 400 5 0 2 15 0 0\nintr 1 2 3\n';
    expect(parseCpuTicks(stat)).toEqual({ total: 1000, steal: 30 });
  });

  it('is null without a whole cpu line', () => {
    expect(parseCpuTicks('intr 1 2 3\n')).toBeNull();
    expect(parseCpuTicks('cpu  100 5 50 800\n')).toBeNull();
  });
});

describe('stealPercent', () => {
  it('is the share of the ticks between two readings that went to steal', () => {
    expect(stealPercent({ total: 1000, steal: 30 }, { total: 3000, steal: 530 })).toBe(25);
    expect(stealPercent({ total: 1000, steal: 30 }, { total: 4000, steal: 31 })).toBe(0);
  });

  it('is null when a reading is missing or no time passed', () => {
    expect(stealPercent(null, { total: 10, steal: 0 })).toBeNull();
    expect(stealPercent({ total: 10, steal: 0 }, { total: 10, steal: 0 })).toBeNull();
  });
});
