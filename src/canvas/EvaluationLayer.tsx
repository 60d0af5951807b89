// What the canvas shows over the map for evaluation: the what-if frame and banner, the practice panel, the Why? panel.
import { useMapStore } from '../state/useMapStore.ts';
import { PracticePanel, WhatIfBanner, WhyPanel } from './lazyPanels.tsx';
import './evaluation.css';

export function EvaluationLayer() {
  const mode = useMapStore((s) => s.evaluationMode.kind);
  return (
    <>
      {mode === 'whatIf' && <div className="evaluation-frame" data-testid="what-if-frame" aria-hidden="true" />}
      {mode === 'practice' && <div className="evaluation-frame evaluation-frame--practice" aria-hidden="true" />}
      {mode === 'whatIf' && <WhatIfBanner />}
      {mode === 'practice' && <PracticePanel />}
      <WhyPanel />
    </>
  );
}
