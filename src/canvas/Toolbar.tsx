// The row of map commands above the canvas, with a status line that announces what just happened.
import { useMapStore } from '../state/useMapStore.ts';
import { DirectionToggle } from './DirectionToggle.tsx';
import { EditToolbar } from './EditToolbar.tsx';
import { EvaluationControls } from './EvaluationControls.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { TeachingTools } from './search/TeachingTools.tsx';
import './Toolbar.css';

export function Toolbar() {
  const status = useMapStore((s) => s.status);
  return (
    <div className="toolbar" role="toolbar" aria-label="Map commands">
      <DirectionToggle />
      <EditToolbar />
      <ExportMenu />
      <EvaluationControls />
      <TeachingTools />
      <p className="toolbar__status" role="status" aria-live="polite">
        <span key={status?.id}>{status?.text}</span>
      </p>
    </div>
  );
}
