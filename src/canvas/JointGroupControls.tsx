// The joint-group part of the inspector: which links a link holds together with, and group/ungroup for the selected links (key J).
import type { ArgumentMap } from '../model/schema.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';

/** The labels of the other sources in the link's joint group, e.g. “Belief” and “Invasion”. */
export function jointPartners(map: ArgumentMap, relationId: string): string[] {
  const relation = map.edges.find((edge) => edge.id === relationId);
  if (!relation?.joint) return [];
  const label = (id: string) => map.nodes.find((claim) => claim.id === id)?.label ?? id;
  return map.edges.filter((edge) => edge.joint === relation.joint && edge.id !== relation.id).map((edge) => `“${label(edge.source)}”`);
}

export function JointGroupControls({ map, relationIds }: { map: ArgumentMap; relationIds: readonly string[] }) {
  const store = useMapStoreApi();
  const chosen = new Set(relationIds);
  const links = map.edges.filter((edge) => chosen.has(edge.id));
  const grouped = links.filter((edge) => edge.joint);
  const [only] = links;
  return (
    <div className="field" role="group" aria-label="Joint group">
      {links.length === 1 && only && (
        <p>{only.joint ? `Joint group ‘${only.joint}’: holds only together with ${jointPartners(map, only.id).join(' and ')}.` : 'Not in a joint group: it holds on its own.'}</p>
      )}
      <div className="inspector__row">
        {links.length > 1 && (
          <button type="button" className="button button--small" aria-keyshortcuts="J" onClick={() => store.getState().groupSelectedRelations()}>
            Group as joint
          </button>
        )}
        {grouped.length > 0 && (
          <button type="button" className="button button--small" aria-keyshortcuts="J" onClick={() => store.getState().ungroupSelectedRelations()}>
            Ungroup
          </button>
        )}
      </div>
    </div>
  );
}
