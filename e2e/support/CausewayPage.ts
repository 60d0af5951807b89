// Page object for the Causeway app: open maps, find nodes and edges by id, and use the controls by their names.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ScreenBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export class CausewayPage {
  constructor(readonly page: Page) {}

  /** Opens the app (the seed map, or `?map=NAME`) and waits until a map or a problems panel shows. */
  async goto(map?: string): Promise<void> {
    await this.page.goto(map ? `/?map=${encodeURIComponent(map)}` : '/');
    await this.settled();
  }

  /** Waits until loading has finished: either nodes are on the canvas or the problems panel is up. */
  async settled(): Promise<void> {
    await expect(this.page.locator('.react-flow__node').first().or(this.problemsPanel())).toBeVisible();
  }

  /** The bar shown while a big map is laid out in the worker. */
  layoutProgress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Layout progress' });
  }

  /** Waits until the map is laid out and all its claims are revealed (the canvas is no longer busy). */
  async drawn(timeout = 120_000): Promise<void> {
    await expect(this.page.locator('.map-canvas')).toHaveAttribute('aria-busy', 'false', { timeout });
    await expect(this.layoutProgress()).toHaveCount(0);
    await expect(this.nodes().first()).toBeVisible();
  }

  nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** The one element inside a node that carries data-kind and data-status. */
  nodeLook(id: string): Locator {
    return this.node(id).locator('[data-kind][data-status]');
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  edge(id: string): Locator {
    return this.page.locator(`.react-flow__edge[data-id="${id}"]`);
  }

  /** The element of an edge that carries data-relation (the edge itself or one inside it). */
  edgeLook(id: string): Locator {
    return this.edge(id).locator('[data-relation]').or(this.page.locator(`.react-flow__edge[data-id="${id}"][data-relation]`));
  }

  async nodeIds(): Promise<string[]> {
    return this.nodes().evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  }

  async edgeIds(): Promise<string[]> {
    return this.edges().evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  }

  /** Every node's box as drawn on screen, in CSS pixels of the page. */
  async nodeBoxes(): Promise<ScreenBox[]> {
    return this.nodes().evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute('data-id') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  }

  /** Ids of the drawn nodes that are not wholly inside the canvas (empty when the whole map is in view). */
  async nodesOutsideCanvas(): Promise<string[]> {
    const canvas = await this.page.locator('.react-flow').boundingBox();
    if (!canvas) return ['(no canvas)'];
    const boxes = await this.nodeBoxes();
    const outside = (b: ScreenBox) => b.x < canvas.x || b.y < canvas.y || b.x + b.width > canvas.x + canvas.width || b.y + b.height > canvas.y + canvas.height;
    return boxes.filter(outside).map((b) => b.id);
  }

  directionToggle(): Locator {
    return this.page.getByRole('button', { name: /^Layout (left to right|top to bottom)$/ });
  }

  /** Clicks the direction toggle and waits until the button offers the way back. */
  async toggleDirection(): Promise<void> {
    const toggle = this.directionToggle();
    const before = await toggle.textContent();
    await toggle.click();
    await expect(toggle).not.toHaveText(before ?? '');
  }

  /** Opens the map picker and returns its list of maps. */
  async openPicker(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Choose map' }).click();
    const list = this.page.getByRole('navigation', { name: 'Maps in maps/' });
    await expect(list.getByRole('link').first()).toBeVisible();
    return list;
  }

  /** Opens a file from disk through the "Open map…" button and the real file chooser. */
  async openFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open map…' }).click();
    await (await chooser).setFiles(path);
  }

  /** Selects one node from the keyboard (focus, then Space), as React Flow does; focusing also pans it into view. */
  async selectNode(id: string): Promise<void> {
    await this.node(id).focus();
    await this.page.keyboard.press(' ');
    await expect(this.node(id)).toHaveClass(/selected/);
  }

  /** The node's computed flags as `data-flags` lists them, e.g. "rests-on-miscalculation". */
  async flags(id: string): Promise<string> {
    return (await this.nodeLook(id).getAttribute('data-flags')) ?? '';
  }

  /** A toolbar button by its exact accessible name, e.g. "Supported", "What if…", "Practice", "Undo". */
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  problemsPanel(): Locator {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading') });
  }

  /** The problems as the panel lists them, one sentence each. */
  async problems(): Promise<string[]> {
    return this.problemsPanel().getByRole('listitem').allTextContents();
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}

/** Pairs of boxes that overlap by more than a rounding error. */
export function overlappingPairs(boxes: readonly ScreenBox[], tolerance = 0.5): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as ScreenBox;
      const b = boxes[j] as ScreenBox;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > tolerance && dy > tolerance) pairs.push(`${a.id} × ${b.id}`);
    }
  }
  return pairs;
}
