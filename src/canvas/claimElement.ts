// The element React Flow draws for a claim or link, when it is drawn (a big map draws only the claims in view), and focusing it.
import type { Selection } from '../state/editState.ts';

export function claimElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/** How many frames to wait for a claim scrolled into view to be drawn before giving up. */
const FRAMES_TO_WAIT = 30;

/** Focuses the claim once React Flow has drawn it (it draws only what is in view, so it may take a frame or two after a pan). */
export function focusWhenDrawn(root: ParentNode, id: string, framesLeft = FRAMES_TO_WAIT): void {
  const element = claimElement(root, id);
  if (element) element.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenDrawn(root, id, framesLeft - 1));
}

/** Gives the keyboard back to the map: to the selected claim, else the selected link, so the map's keys work on it. */
export function focusSelection(selection: Selection): void {
  const [claim] = selection.claims;
  if (claim !== undefined) return focusWhenDrawn(document, claim);
  const [relation] = selection.relations;
  if (relation !== undefined) document.querySelector<SVGElement>(`.react-flow__edge[data-id="${CSS.escape(relation)}"]`)?.focus();
}
