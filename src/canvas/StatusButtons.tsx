// The four status buttons for the selected claims; aria-pressed shows the status they all share.
import { useShallow } from 'zustand/react/shallow';
import { lightTheme } from '../export/svg/theme.ts';
import { STATUSES, type Status } from '../model/schema.ts';
import { shownStatus } from '../state/evaluationView.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { ThemeIcon } from './ThemeIcon.tsx';

export const STATUS_KEYS: Record<Status, string> = { supported: 's', refuted: 'r', contested: 'c', unassessed: 'u' };

export function StatusButtons() {
  const { shared, count, setStatus } = useMapStore(
    useShallow((s) => {
      const chosen = new Set(s.selection.claims);
      const statuses = new Set(s.map?.nodes.filter((claim) => chosen.has(claim.id)).map((claim) => shownStatus(s.evaluationMode, claim)));
      return {
        shared: statuses.size === 1 ? ([...statuses][0] ?? undefined) : undefined,
        count: chosen.size,
        setStatus: s.setStatusOfSelection,
      };
    }),
  );
  return (
    <div className="edit-toolbar__group" role="group" aria-label="Status of the selected nodes">
      {STATUSES.map((status) => {
        const style = lightTheme.statuses[status];
        return (
          <button
            key={status}
            type="button"
            className="button button--status"
            aria-pressed={count > 0 && shared === status}
            aria-keyshortcuts={STATUS_KEYS[status].toUpperCase()}
            disabled={count === 0}
            onClick={() => setStatus(status)}
            style={{ color: style.color }}
            title={`Mark the selected nodes ${style.word.toLowerCase()} (${STATUS_KEYS[status].toUpperCase()})`}
          >
            <ThemeIcon icon={style.icon} />
            <span className="button__word">{style.word}</span>
          </button>
        );
      })}
    </div>
  );
}
