// Test support: runs the export command in-process and keeps what it printed, line by line.
import { runExport } from './runExport.ts';

export async function runCaptured(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExport(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
