// The inspector for one link: its relation, label and both ends (a keyboard way to reconnect), and delete.
import type { ArgumentMap, Relation, RelationKind } from '../model/schema.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { CommitField } from './CommitField.tsx';
import { JointGroupControls } from './JointGroupControls.tsx';
import { RelationOptions } from './RelationOptions.tsx';

export function RelationInspector({ relation, map }: { relation: Relation; map: ArgumentMap }) {
  const store = useMapStoreApi();
  const end = (which: 'source' | 'target') => (
    <div className="field">
      <label htmlFor={`${which}-${relation.id}`}>{which === 'source' ? 'From' : 'To'}</label>
      <select
        id={`${which}-${relation.id}`}
        value={relation[which]}
        onChange={(event) => store.getState().reconnect(relation.id, { [which]: event.target.value })}
      >
        {map.nodes.map((claim) => (
          <option key={claim.id} value={claim.id}>
            {claim.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="inspector__form" aria-label="Link" onSubmit={(event) => event.preventDefault()}>
      {end('source')}
      <div className="field">
        <label htmlFor={`relation-${relation.id}`}>Relation</label>
        <select
          id={`relation-${relation.id}`}
          value={relation.relation}
          onChange={(event) => store.getState().updateRelation(relation.id, { relation: event.target.value as RelationKind })}
        >
          <RelationOptions />
        </select>
      </div>
      {end('target')}
      <CommitField label="Link label" value={relation.label ?? ''} onCommit={(label) => store.getState().updateRelation(relation.id, { label })} />
      <JointGroupControls map={map} relationIds={[relation.id]} />
      <div className="inspector__row">
        <button type="button" className="button button--small button--danger" onClick={() => store.getState().deleteRelations([relation.id])}>
          Delete link
        </button>
      </div>
    </form>
  );
}
