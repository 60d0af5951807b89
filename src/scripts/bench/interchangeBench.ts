// The AIF import over the AraucariaDB corpus (661 graphs in ../shared): how long all of it takes and what came in.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readInterchange } from '../../interchange/formats.ts';
import { sharedData } from '../../testing/sharedData.ts';

export interface InterchangeRow {
  files: number;
  failed: number;
  /** Reading and importing every file once, after one warm-up pass. */
  ms: number;
  claims: number;
  links: number;
  /** Joint groups in the imported maps (the relations' `joint` field, once the map format has one). */
  jointGroups: number;
  /** RA nodes with several premises: what joint groups would hold. */
  linkedArguments: number;
  notes: number;
}

const CORPUS = 'interchange-samples/aif-araucaria';

/** Null (with the reason logged) when the shared corpus is absent. */
export async function runInterchangeBench(log: (line: string) => void): Promise<InterchangeRow | null> {
  const data = sharedData(CORPUS);
  if (!data.present) {
    log(`interchange: skipped, ${data.absentReason}`);
    return null;
  }
  const files = readdirSync(data.path).filter((name) => name.endsWith('.json')).sort();
  const texts = files.map((name) => ({ name, text: readFileSync(path.join(data.path, name), 'utf8') }));
  const importAll = () => Promise.all(texts.map(({ name, text }) => readInterchange(name, text)));
  await importAll();
  const started = performance.now();
  const results = await importAll();
  const ms = Math.round(performance.now() - started);
  const row: InterchangeRow = { files: files.length, failed: 0, ms, claims: 0, links: 0, jointGroups: 0, linkedArguments: 0, notes: 0 };
  results.forEach((result, i) => {
    if (!result.ok) return void row.failed++;
    row.claims += result.map.nodes.length;
    row.links += result.map.edges.length;
    row.notes += result.notes.length;
    row.jointGroups += new Set(result.map.edges.map((edge) => (edge as { joint?: string }).joint).filter(Boolean)).size;
    const aif = JSON.parse(texts[i]?.text ?? '{}') as { nodes: { nodeID: string; type: string }[]; edges: { fromID: string; toID: string }[] };
    const types = new Map(aif.nodes.map((node) => [String(node.nodeID), node.type]));
    for (const node of aif.nodes) {
      if (node.type !== 'RA') continue;
      const premises = aif.edges.filter((edge) => String(edge.toID) === String(node.nodeID) && types.get(String(edge.fromID)) === 'I').length;
      if (premises > 1) row.linkedArguments++;
    }
  });
  return row;
}

export function interchangeLine(row: InterchangeRow): string {
  return (
    `AIF import, AraucariaDB corpus: ${row.files - row.failed} of ${row.files} graphs in ${row.ms} ms; ` +
    `${row.claims} claims, ${row.links} links, ${row.jointGroups} joint groups (${row.linkedArguments} RA nodes with several premises), ${row.notes} import notes`
  );
}
