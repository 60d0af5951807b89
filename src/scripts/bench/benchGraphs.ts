// The benchmark graphs nobody on the team made (../shared/layoutbench-graphs: AT&T North DAGs, Graphviz's tests), read as maps.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LIMITS, type ArgumentMap } from '../../model/schema.ts';
import { sharedData } from '../../testing/sharedData.ts';

export interface BenchGraph {
  name: string;
  /** The folder it came from: `north` or `graphviz`. */
  set: string;
  map: ArgumentMap;
}

interface GraphFile {
  name: string;
  nodes: { id: string; label?: string; name?: string }[];
  edges: { source: string; target: string }[];
}

export const GRAPH_SETS = ['north', 'graphviz'] as const;

/**
 * Where the graphs are: `layoutbench-graphs` in the team's shared data (`../shared` beside the repository, or
 * CAUSEWAY_SHARED_DIR). They are data from elsewhere (see their SOURCES.md), read from there, never copied
 * into the repository.
 */
export function graphsFolder(): string {
  return sharedData('layoutbench-graphs').path;
}

/**
 * One graph as a map: claims `n0001`, … and relations `e0001`, … in the file's order (ids sort as the file
 * lists them, so layoutMap, which sorts by id, and dot receive the same order), each claim labelled with the node's label, so its box has the size
 * Causeway would give that text; every edge a `causes` relation.
 */
export function graphToMap(file: GraphFile): ArgumentMap {
  const width = String(file.nodes.length).length;
  const idOf = new Map<string, string>();
  file.nodes.forEach((node, i) => idOf.set(node.id, `n${String(i).padStart(width, '0')}`));
  const nodes = file.nodes.map((node) => ({
    id: idOf.get(node.id) as string,
    kind: 'claim' as const,
    label: (node.label || node.name || node.id).slice(0, LIMITS.labelLength),
    status: 'unassessed' as const,
    sources: [],
  }));
  const edgeWidth = String(file.edges.length).length;
  const edges = file.edges.map((edge, j) => ({ id: `e${String(j).padStart(edgeWidth, '0')}`, source: idOf.get(edge.source) as string, target: idOf.get(edge.target) as string, relation: 'causes' as const }));
  return { format: 'causeway-map', version: 1, meta: { title: file.name }, nodes, edges };
}

/** Every graph of the sets found, or the reason there are none. */
export function readBenchGraphs(folder: string = graphsFolder()): BenchGraph[] | string {
  if (!existsSync(folder)) return `no benchmark graphs at ${folder} (the team's shared data; CAUSEWAY_SHARED_DIR points elsewhere)`;
  const graphs: BenchGraph[] = [];
  for (const set of GRAPH_SETS) {
    const dir = path.join(folder, set);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    const natural = new Intl.Collator('en', { numeric: true });
    for (const file of files.sort(natural.compare)) {
      const parsed = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GraphFile;
      graphs.push({ name: parsed.name, set, map: graphToMap(parsed) });
    }
  }
  return graphs.length > 0 ? graphs : `no graphs in ${folder}/{${GRAPH_SETS.join(',')}}`;
}
