// On the one selected link, a small menu right on the canvas to change its relation.
import { EdgeLabelRenderer } from '@xyflow/react';
import type { RelationKind } from '../model/schema.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { RelationOptions } from './RelationOptions.tsx';

export function EdgeRelationPicker({ id, relation, x, y }: { id: string; relation: RelationKind; x: number; y: number }) {
  const store = useMapStoreApi();
  const alone = useMapStore((s) => s.selection.relations.length === 1 && s.selection.claims.length === 0);
  if (!alone) return null;
  return (
    <EdgeLabelRenderer>
      <div className="edge-relation-picker nodrag nopan" style={{ transform: `translate(-50%, 60%) translate(${x}px, ${y}px)` }}>
        <select
          aria-label="Relation of this link"
          value={relation}
          onChange={(event) => store.getState().updateRelation(id, { relation: event.target.value as RelationKind })}
        >
          <RelationOptions />
        </select>
      </div>
    </EdgeLabelRenderer>
  );
}
