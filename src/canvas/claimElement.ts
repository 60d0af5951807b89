// The element React Flow draws for a claim, when it is drawn (a big map draws only the claims in view).
export function claimElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}
