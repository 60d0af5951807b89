// The bench's Text panel measure: one keystroke in the seed map's Argdown to the map taking it (parse, gate, store edit).
import { readArgdown } from '../../interchange/argdown/readArgdown.ts';
import { writeArgdown } from '../../interchange/argdown/writeArgdown.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { createMapStore } from '../../state/createMapStore.ts';
import { type Percentiles, percentiles } from './timing.ts';

export interface ArgdownRow {
  claims: number;
  textKb: number;
  /** writeArgdown of the whole map: the text the panel shows after a canvas edit. */
  writeMs: Percentiles;
  /** From the text with one more character to the store holding the new map (the typing pause not counted). */
  keystrokeToMapMs: Percentiles;
}

const WARM_UP = 3;

export async function runArgdownBench(seed: ArgumentMap, runs: number, log: (line: string) => void): Promise<ArgdownRow> {
  const store = createMapStore({ map: seed });
  const text = writeArgdown(seed);
  const claim = seed.nodes[0];
  if (!claim) throw new Error('the seed map has no claims');
  const at = text.indexOf(`[${claim.id}]: `) + claim.id.length + 4;
  const writes: number[] = [];
  const keystrokes: number[] = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    const writeStart = performance.now();
    writeArgdown(store.getState().map ?? seed);
    const written = performance.now() - writeStart;
    // Each run types one more letter at the start of the first claim's label.
    const typed = `${text.slice(0, at)}${'x'.repeat(i + 1)}${text.slice(at)}`;
    const start = performance.now();
    const result = await readArgdown(typed);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    store.getState().applyTextEdit(result.map);
    const took = performance.now() - start;
    if (i >= WARM_UP) {
      writes.push(written);
      keystrokes.push(took);
    }
  }
  const row = { claims: seed.nodes.length, textKb: Math.round(text.length / 102.4) / 10, writeMs: percentiles(writes), keystrokeToMapMs: percentiles(keystrokes) };
  log(`argdown: keystroke → map p50 ${row.keystrokeToMapMs.p50} ms, p95 ${row.keystrokeToMapMs.p95} ms on the seed (${row.textKb} KB of text)`);
  return row;
}

export function argdownTable(row: ArgdownRow): string {
  return [
    '| Text panel (seed map) | claims | text KB | keystroke → map p50/p95 ms | map → text p50/p95 ms |',
    '|---|---|---|---|---|',
    `| Argdown | ${row.claims} | ${row.textKb} | ${row.keystrokeToMapMs.p50}/${row.keystrokeToMapMs.p95} | ${row.writeMs.p50}/${row.writeMs.p95} |`,
  ].join('\n');
}
