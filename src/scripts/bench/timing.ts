// Timing helpers for the benchmark: wall and CPU time of a call, medians after warm-up, and the machine it ran on.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export function timed<T>(fn: () => T): { result: T; timing: Timing } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, timing: { wallMs, cpuMs: (used.user + used.system) / 1000 } };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The 50th and 95th percentiles of some samples in ms (to 0.1 ms); `frames` says how many samples there were. */
export interface Percentiles {
  p50: number;
  p95: number;
  frames: number;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), frames: sorted.length };
}

/** Several runs' percentiles as one: the median of their p50s and of their p95s, and all their samples counted. */
export function medianPercentiles(runs: readonly Percentiles[]): Percentiles {
  return { p50: median(runs.map((r) => r.p50)), p95: median(runs.map((r) => r.p95)), frames: runs.reduce((sum, r) => sum + r.frames, 0) };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the median wall and CPU times and the last result. */
export function medianOf<T>(fn: () => T, runs: number, warmup: number): { result: T; timing: Timing } {
  for (let i = 0; i < warmup; i++) fn();
  const timings: Timing[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const measured = timed(fn);
    timings.push(measured.timing);
    result = measured.result;
  }
  return { result: result as T, timing: { wallMs: median(timings.map((t) => t.wallMs)), cpuMs: median(timings.map((t) => t.cpuMs)) } };
}

/** The whole machine's CPU time counters (in ticks) from the first line of `/proc/stat`: all of them, and steal. */
export interface CpuTicks {
  total: number;
  steal: number;
}

/** Reads `/proc/stat`'s `cpu` line (user nice system idle iowait irq softirq steal …); null where there is none. */
export function parseCpuTicks(procStat: string): CpuTicks | null {
  const line = procStat.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  return { total: fields.reduce((sum, n) => sum + n, 0), steal: fields[7] as number };
}

export function readCpuTicks(): CpuTicks | null {
  try {
    return parseCpuTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The share of the machine's CPU time (%) that its host gave to other guests between two readings. On a virtual
 * machine the load average counts only this machine's own runnable threads, so a host busy with others slows
 * every figure without showing there: the same code's seed layout took 1.4 ms in one bench and 4.5 ms in another.
 */
export function stealPercent(before: CpuTicks | null, after: CpuTicks | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return Math.round((1000 * (after.steal - before.steal)) / (after.total - before.total)) / 10;
}

/** What the numbers were measured on; a busy machine (high load) inflates wall times more than CPU times. */
export function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)),
  };
}
