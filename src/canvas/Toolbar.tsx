// The row of map commands above the canvas, with the status line that announces what just happened.
import { DirectionToggle } from './DirectionToggle.tsx';
import { EditToolbar } from './EditToolbar.tsx';
import { EvaluationControls } from './EvaluationControls.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TeachingTools } from './search/TeachingTools.tsx';
import { TextToggle } from './text/TextToggle.tsx';
import './Toolbar.css';

export function Toolbar() {
  return (
    <div className="toolbar" role="toolbar" aria-label="Map commands">
      <DirectionToggle />
      <EditToolbar />
      <TextToggle />
      <ExportMenu />
      <EvaluationControls />
      <TeachingTools />
      <StatusLine />
    </div>
  );
}
