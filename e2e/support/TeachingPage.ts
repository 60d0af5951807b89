// Page object for the teaching views: the presentation and its story editor, the outline, search, filters and focus.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { CausewayPage } from './CausewayPage.ts';

export class TeachingPage {
  readonly page: Page;

  constructor(readonly app: CausewayPage) {
    this.page = app.page;
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  // ── Presentation ──

  async present(): Promise<void> {
    await this.button('Present').click();
    await expect(this.counter()).toHaveText(/^1 \/ \d+$/);
  }

  presentation(): Locator {
    return this.page.getByRole('navigation', { name: 'Presentation' });
  }

  /** The visible "3 / 20" of the step counter. */
  counter(): Locator {
    return this.presentation().getByRole('status').locator('.present-bar__count');
  }

  stepPanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Current step' });
  }

  storyEditor(): Locator {
    return this.page.getByRole('complementary', { name: 'Story editor' });
  }

  /** The claim the presentation is on: the one node drawn as the current step. */
  currentNode(): Locator {
    return this.page.locator('.react-flow__node.is-current-step');
  }

  /** The status row of a claim on the canvas: its mark's word, or "?" while the presentation has not revealed it. */
  markBadge(id: string): Locator {
    return this.app.node(id).locator('.claim-node__status');
  }

  /** Goes to a step by the keyboard (Home, then → as often as needed), as a presenter does. */
  async goToStep(step: number): Promise<void> {
    await this.page.keyboard.press('Home');
    for (let i = 1; i < step; i++) await this.page.keyboard.press('ArrowRight');
    await expect(this.counter()).toHaveText(new RegExp(`^${step} / \\d+$`));
  }

  /** In the story editor: the field for the step a step's mark is shown at. */
  revealField(step: number): Locator {
    return this.storyEditor().getByRole('spinbutton', { name: `Step ${step}: mark shown at step`, exact: true });
  }

  /** In the story editor: the preview of the marks a step reveals. */
  revealPreview(step: number): Locator {
    return this.storyEditor().locator(`[data-reveals-step="${step}"]`);
  }

  /** Ids of the nodes React Flow draws now (hidden ones are not rendered). */
  async visibleNodeIds(): Promise<string[]> {
    return this.app.nodes().evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null && getComputedStyle(el).visibility !== 'hidden').map((el) => el.getAttribute('data-id') ?? ''));
  }

  async visibleEdgeIds(): Promise<string[]> {
    return this.app.edges().evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.getAttribute('data-id') ?? ''));
  }

  /** How far the node's centre is from the canvas's centre, in screen pixels. */
  async offCentre(id: string): Promise<number> {
    const node = await this.app.node(id).boundingBox();
    const flow = await this.page.locator('.react-flow').boundingBox();
    if (!node || !flow) return Infinity;
    return Math.hypot(node.x + node.width / 2 - (flow.x + flow.width / 2), node.y + node.height / 2 - (flow.y + flow.height / 2));
  }

  /** Waits until the node sits in the middle of the canvas (after the move, smooth or instant). */
  async expectCentred(id: string, tolerance = 4): Promise<void> {
    await expect.poll(() => this.offCentre(id), { message: `${id} is centred` }).toBeLessThan(tolerance);
  }

  /** Opens "Export steps" and downloads one of its files. */
  async downloadSteps(entry: string): Promise<{ name: string; bytes: Buffer }> {
    const dialog = this.page.getByRole('dialog', { name: 'Export the steps' });
    if (!(await dialog.isVisible())) await this.button('Export steps').click();
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: entry }).click()]);
    const file = await download.path();
    await expect(dialog.getByRole('status')).toHaveText(/^Exported /, { timeout: 30_000 });
    return { name: download.suggestedFilename(), bytes: await readFile(file) };
  }

  // ── Outline ──

  outline(): Locator {
    return this.page.getByRole('complementary', { name: 'Outline' });
  }

  outlineLine(id: string): Locator {
    return this.outline().locator(`li[data-claim-id="${id}"]`);
  }

  /** The heading button that selects the line's claim. */
  outlineSelect(id: string): Locator {
    return this.outlineLine(id).getByRole('heading').getByRole('button');
  }

  // ── Search, filters, focus ──

  searchBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Search the map' });
  }

  hits(): Locator {
    return this.page.getByRole('listbox', { name: 'Search hits' }).getByRole('option');
  }

  async openFilters(): Promise<Locator> {
    const panel = this.page.getByRole('dialog', { name: 'Show or hide' });
    if (!(await panel.isVisible())) await this.page.getByRole('button', { name: /^Filters/ }).click();
    await expect(panel).toBeVisible();
    return panel;
  }

  focusBar(): Locator {
    return this.page.getByRole('region', { name: 'Focus' });
  }
}
