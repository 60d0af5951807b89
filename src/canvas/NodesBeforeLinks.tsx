// Tab order on a map drawn whole: its nodes first, then its links. React Flow puts the links first in the page, so a
// keyboard user crossed every link (27 on the seed map) before reaching the first node.
import { type ReactFlowState, useStore } from '@xyflow/react';
import { useEffect } from 'react';

const selectDomNode = (state: ReactFlowState) => state.domNode;

type Focusable = HTMLElement | SVGElement;

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** What Tab visits, in page order: focusable, not taken out of the order, not disabled, drawn. */
function tabbables(): Focusable[] {
  return [...document.querySelectorAll<Focusable>(TABBABLE)].filter(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && !element.closest('[inert]') && element.getClientRects().length > 0,
  );
}

export function NodesBeforeLinks({ enabled }: { enabled: boolean }) {
  const canvas = useStore(selectDomNode);
  useEffect(() => {
    if (!enabled || !canvas) return;
    const viewport = canvas.querySelector('.react-flow__viewport');
    const nodeLayer = canvas.querySelector('.react-flow__nodes');
    if (!viewport || !nodeLayer) return;
    /** The nodes and what can be focused in them (a flag's Why?), and the links, each in page order. */
    const stops = () => {
      const order = tabbables();
      return { order, nodes: order.filter((element) => nodeLayer.contains(element)), links: order.filter((element) => element.matches('.react-flow__edge')) };
    };
    /** Set by a Tab press for the focus move it causes (in the same task), so a click that focuses a link is left alone. */
    let tabbing: 'forward' | 'backward' | null = null;
    const onWindowKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      tabbing = event.shiftKey ? 'backward' : 'forward';
      setTimeout(() => (tabbing = null));
    };
    // Within the map: past the last node come the links, and past the last link what follows the nodes.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const from = event.target;
      const { order, nodes, links } = stops();
      const firstNode = nodes[0];
      const lastNode = nodes.at(-1);
      const firstLink = links[0];
      const lastLink = links.at(-1);
      if (!firstNode || !lastNode || !firstLink || !lastLink) return;
      const beside = (element: Focusable, step: 1 | -1) => order[order.indexOf(element) + step];
      let to: Focusable | undefined;
      if (from === lastNode && !event.shiftKey) to = firstLink;
      else if (from === firstNode && event.shiftKey) to = beside(firstLink, -1);
      else if (from === lastLink && !event.shiftKey) to = beside(lastNode, 1);
      else if (from === firstLink && event.shiftKey) to = lastNode;
      if (!to) return;
      event.preventDefault();
      to.focus();
    };
    // Into the map: Tab from before it starts at the first node, Shift+Tab from after it at the last link.
    const onFocusIn = (event: FocusEvent) => {
      if (tabbing === null || (event.relatedTarget instanceof Node && viewport.contains(event.relatedTarget))) return;
      const { nodes, links } = stops();
      if (tabbing === 'forward' && event.target === links[0]) nodes[0]?.focus();
      else if (tabbing === 'backward' && event.target === nodes.at(-1)) links.at(-1)?.focus();
    };
    window.addEventListener('keydown', onWindowKeyDown, true);
    canvas.addEventListener('keydown', onKeyDown, true);
    canvas.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onWindowKeyDown, true);
      canvas.removeEventListener('keydown', onKeyDown, true);
      canvas.removeEventListener('focusin', onFocusIn);
    };
  }, [enabled, canvas]);
  return null;
}
