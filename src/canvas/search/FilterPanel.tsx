// The Filters popover's panel: a checkbox per kind of claim and kind of link, and "Show everything"; loaded the first time it opens.
import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { lightTheme } from '../../export/svg/theme.ts';
import { CLAIM_KINDS, RELATIONS } from '../../model/schema.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { ThemeIcon } from '../ThemeIcon.tsx';

export function FilterPanel({ panelProps }: { panelProps: { id: string; role: 'dialog'; onKeyDown: (event: KeyboardEvent) => void } }) {
  const store = useMapStoreApi();
  const { hiddenKinds, hiddenRelations } = useMapStore(useShallow((s) => ({ hiddenKinds: s.filter.hiddenKinds, hiddenRelations: s.filter.hiddenRelations })));
  const count = hiddenKinds.length + hiddenRelations.length;
  return (
    <div className="filter-menu__panel" aria-label="Show or hide" {...panelProps}>
      <fieldset>
        <legend>Kinds of nodes</legend>
        {CLAIM_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={!hiddenKinds.includes(kind)} onChange={() => store.getState().toggleHiddenKind(kind)} />
            <span style={{ color: lightTheme.kinds[kind].stroke }}>
              <ThemeIcon icon={lightTheme.kinds[kind].icon} />
            </span>
            {lightTheme.kinds[kind].word}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Links</legend>
        {RELATIONS.map((relation) => (
          <label key={relation}>
            <input type="checkbox" checked={!hiddenRelations.includes(relation)} onChange={() => store.getState().toggleHiddenRelation(relation)} />
            {lightTheme.relations[relation].word}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button"
        disabled={count === 0}
        onClick={() => {
          for (const kind of hiddenKinds) store.getState().toggleHiddenKind(kind);
          for (const relation of hiddenRelations) store.getState().toggleHiddenRelation(relation);
        }}
      >
        Show everything
      </button>
    </div>
  );
}
