// Rules beyond the schema: unique ids, links between existing claims, no self-loops, no duplicate links, joint groups of one target and kind, a story of known claims.
import type { Problem } from './problems.ts';

/**
 * What the rules read of a map. A file the schema refused still has these parts where they can be read, so its
 * broken links are reported with its other problems; an entry that cannot be read is a hole (`undefined`), so
 * the others keep their places in the file.
 */
export interface MapReferences {
  nodes: readonly ({ id: string } | undefined)[];
  edges: readonly ({ id: string; source: string; target: string; relation: string; joint?: string | undefined } | undefined)[];
  story?: readonly ({ id: string } | undefined)[] | undefined;
}

export function validateMap(map: MapReferences): Problem[] {
  const problems: Problem[] = [];
  const claimIds = new Map<string, number>();
  map.nodes.forEach((claim, i) => {
    if (!claim) return;
    const first = claimIds.get(claim.id);
    if (first !== undefined) {
      problems.push({ path: ['nodes', i, 'id'], message: `'${claim.id}' is already the id of nodes[${first}]` });
    } else {
      claimIds.set(claim.id, i);
    }
  });

  const relationIds = new Map<string, number>();
  const triples = new Map<string, number>();
  map.edges.forEach((relation, i) => {
    if (!relation) return;
    const first = relationIds.get(relation.id);
    if (first !== undefined) {
      problems.push({ path: ['edges', i, 'id'], message: `'${relation.id}' is already the id of edges[${first}]` });
    } else {
      relationIds.set(relation.id, i);
    }
    for (const end of ['source', 'target'] as const) {
      if (!claimIds.has(relation[end])) {
        problems.push({ path: ['edges', i, end], message: `'${relation[end]}' names no node` });
      }
    }
    // A refused file's link may have no readable kind ('').
    const kind = relation.relation || '→';
    if (relation.source === relation.target) {
      problems.push({
        path: ['edges', i, 'target'],
        message: `a link cannot lead from a node to itself ('${relation.source}' ${kind} '${relation.target}')`,
      });
    }
    if (!relation.relation) return;
    const key = `${relation.source}\u0000${relation.target}\u0000${relation.relation}`;
    const same = triples.get(key);
    if (same !== undefined) {
      problems.push({
        path: ['edges', i],
        message: `repeats edges[${same}]: '${relation.source}' ${relation.relation} '${relation.target}' is stated twice`,
      });
    } else {
      triples.set(key, i);
    }
  });
  problems.push(...jointGroupProblems(map.edges));
  const storyIds = new Map<string, number>();
  map.story?.forEach((step, i) => {
    if (!step) return;
    if (!claimIds.has(step.id)) problems.push({ path: ['story', i, 'id'], message: `'${step.id}' names no node` });
    const first = storyIds.get(step.id);
    if (first !== undefined) problems.push({ path: ['story', i, 'id'], message: `'${step.id}' is already step ${first + 1} of the story` });
    else storyIds.set(step.id, i);
  });
  return problems;
}

/**
 * A joint group's links hold only together, so they must lead into one claim by one relation (a group that
 * supports one claim and causes another has no meaning), and a group of one link is no group at all.
 */
function jointGroupProblems(edges: MapReferences['edges']): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  const members = new Map<string, number>();
  edges.forEach((relation, i) => {
    if (!relation?.joint) return;
    const group = relation.joint;
    members.set(group, (members.get(group) ?? 0) + 1);
    const lead = first.get(group);
    if (lead === undefined) {
      first.set(group, i);
      return;
    }
    const other = edges[lead] as NonNullable<MapReferences['edges'][number]>;
    if (other.target !== relation.target) {
      problems.push({
        path: ['edges', i, 'joint'],
        message: `joint group '${group}' leads into '${other.target}' (edges[${lead}]), not '${relation.target}': a joint group's links share their target`,
      });
    } else if (relation.relation && other.relation && other.relation !== relation.relation) {
      problems.push({
        path: ['edges', i, 'joint'],
        message: `joint group '${group}' ${other.relation} (edges[${lead}]), this link ${relation.relation}: a joint group's links share their relation`,
      });
    }
  });
  for (const [group, i] of first) {
    if (members.get(group) === 1) {
      problems.push({ path: ['edges', i, 'joint'], message: `joint group '${group}' has only this link: a joint group needs at least two` });
    }
  }
  return problems;
}
