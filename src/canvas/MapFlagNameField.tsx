// The map inspector's field for the map's name of its computed flag ("Miscalculation", "Pretext"…), empty for the default.
import { DEFAULT_FLAG_NAME } from '../model/flagWords.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { CommitField } from './CommitField.tsx';

export function MapFlagNameField() {
  const store = useMapStoreApi();
  const name = useMapStore((s) => s.map?.meta.flagName ?? '');
  return (
    <CommitField
      label="Name of the flag"
      value={name}
      placeholder={DEFAULT_FLAG_NAME}
      hint="What this argument calls a claim that rests on a refuted assumption (a miscalculation, a pretext, a myth): on the tags, the legend, Why?, the outline and exports. Empty: “Rests on a refuted assumption”."
      onCommit={(text) => store.getState().setFlagName(text)}
    />
  );
}
