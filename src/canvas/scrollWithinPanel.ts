// Brings an item of a scrolling panel into view by scrolling that panel alone: scrollIntoView would scroll the page around it too.

/** The nearest ancestor that scrolls its content (overflow auto or scroll), or null. */
function scrollingPanelOf(item: Element): HTMLElement | null {
  for (let element = item.parentElement; element; element = element.parentElement) {
    const { overflowY } = getComputedStyle(element);
    if (overflowY === 'auto' || overflowY === 'scroll') return element;
  }
  return null;
}

/** `center` puts the item in the middle of the panel; `nearest` scrolls only as far as needed to show it whole. */
export function scrollWithinPanel(item: Element | null | undefined, block: 'center' | 'nearest'): void {
  const panel = item ? scrollingPanelOf(item) : null;
  if (!item || !panel) return;
  const frame = panel.getBoundingClientRect();
  const box = item.getBoundingClientRect();
  if (block === 'center') {
    panel.scrollTop += box.top - frame.top - (panel.clientHeight - box.height) / 2;
  } else if (box.top < frame.top) {
    panel.scrollTop += box.top - frame.top;
  } else if (box.bottom > frame.top + panel.clientHeight) {
    panel.scrollTop += box.bottom - frame.top - panel.clientHeight;
  }
}
