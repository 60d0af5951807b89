// The presentation's controls: back, the step counter, next, the story editor, step export, and the way out.
import { useShallow } from 'zustand/react/shallow';
import { presentOrder } from '../../state/teachingState.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { ExportStepsMenu } from './ExportStepsMenu.tsx';

export function PresentBar({ editingStory, onToggleStory }: { editingStory: boolean; onToggleStory: () => void }) {
  const store = useMapStoreApi();
  const { map, step } = useMapStore(useShallow((s) => ({ map: s.map, step: s.presenting?.step ?? 0 })));
  if (!map) return null;
  const order = presentOrder(map);
  const count = order.length;
  const label = map.nodes.find((claim) => claim.id === order[step - 1])?.label ?? '';
  return (
    <nav className="present-bar" aria-label="Presentation">
      <button type="button" className="button present-bar__step" onClick={() => store.getState().previousStep()} disabled={step <= 1}>
        <span aria-hidden="true">←</span> Back
      </button>
      <p className="present-bar__counter" role="status" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">Step </span>
        <span className="present-bar__count">
          {step} / {count}
        </span>
        <span className="visually-hidden">: {label}</span>
      </p>
      <button type="button" className="button present-bar__step" onClick={() => store.getState().nextStep()} disabled={step >= count}>
        Next <span aria-hidden="true">→</span>
      </button>
      <span className="present-bar__gap" />
      <button type="button" className="button" data-panel-toggle="story" aria-pressed={editingStory} onClick={onToggleStory}>
        Edit story
      </button>
      <ExportStepsMenu />
      <button type="button" className="button" onClick={() => store.getState().stopPresenting()} aria-keyshortcuts="Escape">
        Leave <kbd>Esc</kbd>
      </button>
    </nav>
  );
}
