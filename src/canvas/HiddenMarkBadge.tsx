// A mark the presentation has not revealed yet: "?" in a dashed pill, with "not yet revealed" for screen readers.
import type { CSSProperties } from 'react';
import { HIDDEN_MARK } from '../export/svg/hiddenMarkSvg.ts';
import './HiddenMarkBadge.css';

export function HiddenMarkBadge({ style, className = 'claim-node__status' }: { style?: CSSProperties; className?: string }) {
  return (
    <span className={`${className} hidden-mark`} style={{ ...style, color: HIDDEN_MARK.color, background: HIDDEN_MARK.background }} data-mark="hidden">
      <span aria-hidden="true">{HIDDEN_MARK.word}</span>
      <span className="visually-hidden">Mark {HIDDEN_MARK.words}</span>
    </span>
  );
}
