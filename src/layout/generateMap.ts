// Deterministic generated argument maps of any size, for property tests, the benchmark and the CLI.
import { seededRandom } from './seededRandom.ts';
import type { ArgumentMap, Claim, ClaimKind, Relation, RelationKind, Status } from '../model/schema.ts';

export interface GenerateOptions {
  /** Number of claims. */
  size: number;
  /** Same seed, same map. */
  seed?: number;
  /** Relations per claim, about 1.4 in real argument maps. */
  linksPerClaim?: number;
  /** Share of extra links that point back to an earlier claim, closing cycles. */
  cycleShare?: number;
  /** Share of extra links that jump far across the map. */
  longLinkShare?: number;
}

const SUBJECTS = [
  'The invasion', 'Soviet leaders', 'The Truman administration', 'NATO planners', 'Congress', 'The defence budget',
  'Strategic Air Command', 'Kim Il-sung', 'Stalin', 'Chinese volunteers', 'Western European governments', 'The CIA',
  'Rearmament in Europe', 'Public opinion', 'The State Department', 'Japanese industry', 'The archival record',
  'Allied commanders', 'Soviet strategic forces', 'Economic mobilisation',
];
const VERBS = [
  'convinced', 'alarmed', 'pushed', 'persuaded', 'undermined', 'accelerated', 'reassured', 'provoked', 'delayed',
  'financed', 'contradicts', 'supports', 'reframed', 'expanded', 'weakened',
];
const OBJECTS = [
  'the case for a massive buildup', 'fears of a wider war in Europe', 'a unified military command',
  'basing rights for bombers around the Soviet Union', 'the assumption that Moscow planned the attack',
  'a commitment to nuclear deterrence', 'covert operations across Eastern Europe', 'a tripling of the strategic bomber force',
  'the belief that the United States would stay out', 'an unplanned Soviet counter-expansion', 'the militarization of the Cold War',
  'budget ceilings that had blocked NSC 68', 'Japanese strength on the peninsula', 'a probe of Western resolve',
  'the integration of West German forces', 'new estimates of Soviet capabilities',
];
const TAILS = ['', '', '', ' in 1950', ' within two years', ' despite budget concerns', ' according to the new archives', ' after the Inchon landing', ' by late 1951'];

const KINDS: ClaimKind[] = ['event', 'event', 'event', 'event', 'claim', 'claim', 'assumption', 'assumption', 'evidence', 'evidence'];
const STATUS_LIST: Status[] = ['supported', 'supported', 'refuted', 'contested', 'unassessed'];
const RELATION_LIST: RelationKind[] = ['causes', 'causes', 'causes', 'supports', 'supports', 'refutes', 'motivates'];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number): string {
  const label = `${pick(SUBJECTS, random)} ${pick(VERBS, random)} ${pick(OBJECTS, random)}${pick(TAILS, random)}`;
  return random() < 0.15 ? label.split(' ').slice(0, 3).join(' ') : label;
}

/**
 * A map shaped like a course's collection of arguments: claims come in arguments of 8–60; inside one,
 * each claim (after the first) follows from an earlier claim of the same argument, mostly a recent one.
 * Extra links join nearby claims of the same argument, some jump to another argument (long links) and
 * some point back to an earlier claim (cycles). Ids are `c1`, `c2`, … in reading order.
 */
export function generateMap(options: GenerateOptions): ArgumentMap {
  const { size, seed = 1, linksPerClaim = 1.4, cycleShare = 0.08, longLinkShare = 0.12 } = options;
  const random = seededRandom(seed * 2654435761 + size);
  const claims: Claim[] = [];
  /** First claim number of the argument each claim belongs to. */
  const argumentStart: number[] = [0];
  let start = 1;
  let end = 0;
  for (let i = 1; i <= size; i++) {
    if (i > end) {
      start = i;
      end = i + 7 + Math.floor(random() * 53);
    }
    argumentStart[i] = start;
    claims.push({ id: `c${i}`, kind: pick(KINDS, random), label: sentence(random), status: pick(STATUS_LIST, random), sources: [] });
  }
  const relations: Relation[] = [];
  const linked = new Set<string>();
  const link = (from: number, to: number): void => {
    if (from === to || from < 1 || to < 1 || from > size || to > size) return;
    const key = `${from}>${to}`;
    if (linked.has(key) || linked.has(`${to}>${from}`)) return;
    linked.add(key);
    const relation = pick(RELATION_LIST, random);
    relations.push({ id: `r${relations.length + 1}-${relation}`, source: `c${from}`, target: `c${to}`, relation });
  };
  const earlierInArgument = (i: number): number => {
    const first = argumentStart[i] as number;
    const recent = Math.max(first, i - 4);
    return random() < 0.6 ? recent + Math.floor(random() * (i - recent)) : first + Math.floor(random() * (i - first));
  };
  for (let i = 2; i <= size; i++) if (i !== argumentStart[i]) link(earlierInArgument(i), i);
  const wanted = Math.round(size * linksPerClaim);
  for (let attempts = 0; relations.length < wanted && attempts < wanted * 20; attempts++) {
    const to = 2 + Math.floor(random() * (size - 1));
    const roll = random();
    if (roll < longLinkShare) link(1 + Math.floor(random() * size), to);
    else if (roll > 1 - cycleShare) link(to, earlierInArgument(to));
    else if (to !== argumentStart[to]) link(earlierInArgument(to), to);
  }
  return {
    format: 'causeway-map',
    version: 1,
    meta: { title: `Generated argument map (${size} claims, seed ${seed})` },
    nodes: claims,
    edges: relations,
  };
}
