// Which relations to draw against the flow so the rest form layers: the cycle-breaking choice whose layers have fewest crossings.
import type { Claim, Relation } from '../model/schema.ts';
import { layerOrdering, rankWith, type LayerPlan, type Ranking } from './planLayers.ts';
import { shuffled } from './seededRandom.ts';

/** Relations that close a cycle, found by depth-first search in the given order (as dagre's own acyclic step). */
export function depthFirstBackRelations(claims: readonly Claim[], relations: readonly Relation[]): Set<string> {
  const out = new Map<string, Relation[]>(claims.map((c) => [c.id, []]));
  for (const r of relations) out.get(r.source)?.push(r);
  const state = new Map<string, 1 | 2>();
  const back = new Set<string>();
  for (const start of claims) {
    if (state.has(start.id)) continue;
    state.set(start.id, 1);
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const r = (out.get(top.id) as Relation[])[top.next++];
      if (!r) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const seen = state.get(r.target);
      if (seen === 1) back.add(r.id);
      else if (seen === undefined) {
        state.set(r.target, 1);
        stack.push({ id: r.target, next: 0 });
      }
    }
  }
  return back;
}

/** How many cycle-breaking choices to compare: each costs a ranking and an ordering, so only small maps get several. */
export function choicesFor(claimCount: number): number {
  if (claimCount <= 80) return 6;
  if (claimCount <= 300) return 3;
  return 1;
}

/**
 * Why compare choices: a relation that closes a cycle must be drawn against the flow, and which one is
 * chosen decides the layers and so the crossings. dagre picks by one depth-first search; on the seed map
 * the choice it makes in id order (Kim's assurance → Stalin agreed) leaves a crossing no ordering we tried
 * removes, while reversing another relation of the same cycle (Stalin agreed refutes Stalin drove the
 * invasion) gives none. So a few depth-first choices (from deterministic variations of the input order) are
 * each ranked and ordered on flat arrays, and the one with fewest crossings wins (then fewer reversed
 * relations, then shorter edges, then the earlier choice). Ordering costs far more than ranking, and a
 * choice that cannot reach zero crossings tries every start order, so the choices take turns, one start
 * order each, in tie-break order: the first to reach zero wins there and the others stop early. The
 * winner's layers are what dagre is given to draw.
 */
export function chooseLayers(claims: readonly Claim[], relations: readonly Relation[], onStep?: (step: 'ranking' | 'ordering') => void): LayerPlan {
  const choices: Set<string>[] = [];
  const seen = new Set<string>();
  const tries = choicesFor(claims.length);
  for (let k = 0; k < tries; k++) {
    const order = k === 0 ? claims : k === 1 ? [...claims].reverse() : shuffled(claims, 104729 * k);
    const edgeOrder = k % 2 === 0 ? relations : [...relations].reverse();
    const choice = depthFirstBackRelations(order, edgeOrder);
    const key = [...choice].sort().join('\n');
    if (seen.has(key)) continue;
    seen.add(key);
    choices.push(choice);
  }
  onStep?.('ranking');
  const only = choices.length === 1 || choices.every((c) => c.size === 0);
  const rankings = (only ? choices.slice(0, 1) : choices).map((choice) => rankWith(claims, relations, choice));
  const tieOrder = rankings.map((_, k) => k).sort((a, b) => {
    const [x, y] = [rankings[a] as Ranking, rankings[b] as Ranking];
    return x.back.size - y.back.size || x.length - y.length || a - b;
  });
  onStep?.('ordering');
  // Each choice's layered graph is built when its turn first comes: a choice after the winner never needs it.
  const built: (ReturnType<typeof layerOrdering> | undefined)[] = [];
  const candidate = (i: number): ReturnType<typeof layerOrdering> => (built[i] ??= layerOrdering(claims, relations, rankings[tieOrder[i] as number] as Ranking));
  // One start order per choice per round: the first choice to reach zero crossings wins without the
  // others running their remaining starts.
  for (let progressed = true; progressed; ) {
    progressed = false;
    for (let i = 0; i < tieOrder.length; i++) {
      const c = candidate(i);
      if (!c.ordering.step()) continue;
      progressed = true;
      if (c.ordering.best().crossings === 0) return c.plan();
    }
  }
  let best = candidate(0);
  for (let i = 0; i < tieOrder.length; i++) if (candidate(i).ordering.best().crossings < best.ordering.best().crossings) best = candidate(i);
  return best.plan();
}
