// What-if: the map as it would be with some statuses flipped, for a temporary view that is never saved.
import type { ArgumentMap, Status } from './schema.ts';

export type StatusOverrides = Readonly<Record<string, Status>>;

/** A new map; claims whose status does not change are the same objects, so unchanged views need not redraw. Unknown ids are ignored. */
export function applyWhatIf(map: ArgumentMap, overrides: StatusOverrides): ArgumentMap {
  let changed = false;
  const nodes = map.nodes.map((claim) => {
    const status = Object.hasOwn(overrides, claim.id) ? overrides[claim.id] : undefined;
    if (status === undefined || status === claim.status) return claim;
    changed = true;
    return { ...claim, status };
  });
  return changed ? { ...map, nodes } : map;
}
