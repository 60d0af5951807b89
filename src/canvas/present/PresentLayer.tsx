// The presentation around the canvas: the step panel (or the story editor) beside it and the controls below; keys and the URL follow the step.
import { useState } from 'react';
import { useMapStore } from '../../state/useMapStore.ts';
import { escapeCloses, panelToggle } from '../escapeCloses.ts';
import { PresentBar } from './PresentBar.tsx';
import { StepPanel } from './StepPanel.tsx';
import { StoryEditor } from './StoryEditor.tsx';
import { usePresentKeys } from './usePresentKeys.ts';
import './PresentLayer.css';

export function PresentLayer() {
  const presenting = useMapStore((s) => s.presenting !== null);
  const [editingStory, setEditingStory] = useState(false);
  usePresentKeys(presenting);
  if (!presenting) return null;
  const closeEditorOnEscape = editingStory ? escapeCloses(() => setEditingStory(false), () => panelToggle('story')) : undefined;
  return (
    <>
      <aside className="present-panel" aria-label={editingStory ? 'Story editor' : 'Current step'} onKeyDown={closeEditorOnEscape}>
        {editingStory ? <StoryEditor /> : <StepPanel />}
      </aside>
      <PresentBar editingStory={editingStory} onToggleStory={() => setEditingStory(!editingStory)} />
    </>
  );
}
