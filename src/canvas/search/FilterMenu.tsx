// "Filters": show or hide kinds of claims and kinds of links (hidden on the canvas, never removed from the map).
import { useShallow } from 'zustand/react/shallow';
import { lightTheme } from '../../export/svg/theme.ts';
import { CLAIM_KINDS, RELATIONS } from '../../model/schema.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { ThemeIcon } from '../ThemeIcon.tsx';
import { usePopover } from '../usePopover.ts';
import './FilterMenu.css';

export function FilterMenu() {
  const store = useMapStoreApi();
  const { hasMap, hiddenKinds, hiddenRelations } = useMapStore(
    useShallow((s) => ({ hasMap: s.map !== null, hiddenKinds: s.filter.hiddenKinds, hiddenRelations: s.filter.hiddenRelations })),
  );
  const { open, root, buttonProps, panelProps } = usePopover();
  const count = hiddenKinds.length + hiddenRelations.length;

  return (
    <div className="filter-menu" ref={root}>
      <button type="button" className="button" disabled={!hasMap} {...buttonProps}>
        Filters{count > 0 ? ` (${count} hidden)` : ''}
      </button>
      {open && (
        <div className="filter-menu__panel" aria-label="Show or hide" {...panelProps}>
          <fieldset>
            <legend>Kinds of claims</legend>
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
      )}
    </div>
  );
}
