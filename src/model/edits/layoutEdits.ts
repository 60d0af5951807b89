// Pure edits of where claims sit: pin at a position, unpin, and the map's layout direction.
import type { ArgumentMap, Direction, Position } from '../schema.ts';

/** Pins each named claim at its position (a user drag); unknown ids are ignored. */
export function pinClaims(map: ArgumentMap, positions: Readonly<Record<string, Position>>): ArgumentMap {
  let changed = false;
  const nodes = map.nodes.map((claim) => {
    const at = positions[claim.id];
    if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) return claim;
    const x = Math.round(at.x);
    const y = Math.round(at.y);
    if (claim.position?.x === x && claim.position.y === y) return claim;
    changed = true;
    return { ...claim, position: { x, y } };
  });
  return changed ? { ...map, nodes } : map;
}

/** Hands the claims back to the automatic layout. */
export function unpinClaims(map: ArgumentMap, ids: Iterable<string>): ArgumentMap {
  const chosen = new Set(ids);
  if (!map.nodes.some((claim) => chosen.has(claim.id) && claim.position)) return map;
  return {
    ...map,
    nodes: map.nodes.map((claim) => {
      if (!chosen.has(claim.id) || !claim.position) return claim;
      const { position: _dropped, ...rest } = claim;
      return rest;
    }),
  };
}

export function setDirection(map: ArgumentMap, direction: Direction): ArgumentMap {
  if ((map.layout?.direction ?? 'TB') === direction) return map;
  return { ...map, layout: { ...map.layout, direction } };
}
