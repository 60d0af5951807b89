// Page object for editing: a fresh copy of a fixture map per test, the editing controls by name, and gestures on the canvas.
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { serializeMap } from '../../src/model/serializeMap.ts';
import type { ArgumentMap } from '../../src/model/schema.ts';
import { smallMap } from '../fixtures/fixtureMaps.ts';
import { readServedMap, servedMapPath } from '../fixtures/servedMaps.ts';
import type { CausewayPage } from './CausewayPage.ts';
import { e2eMapsDir } from './paths.ts';

export class EditingPage {
  readonly page: Page;

  constructor(
    readonly app: CausewayPage,
    /** This test's own map name in the served maps/, so parallel tests never save over each other. */
    readonly mapName: string,
  ) {
    this.page = app.page;
  }

  /**
   * Writes the map under this test's name into the served maps/ and opens it. Its title names the test's
   * file, so other tests that look for the fixture's own title in the map picker never find this copy.
   */
  async open(map: ArgumentMap = smallMap): Promise<void> {
    await writeFile(servedMapPath(this.mapName), serializeMap(this.retitled(map)));
    await this.app.goto(this.mapName);
    await expect(this.app.nodes()).toHaveCount(map.nodes.length);
  }

  /** Removes the test's map files (and copies saved under names that start with its name). */
  async removeFiles(): Promise<void> {
    const names = (await readdir(e2eMapsDir)).filter((file) => file.startsWith(this.mapName) && file.endsWith('.json'));
    await Promise.all(names.map((file) => rm(path.join(e2eMapsDir, file), { force: true })));
  }

  /** The map file as it is on disk now. */
  onDisk(): ArgumentMap {
    return readServedMap(this.mapName);
  }

  /** Changes the file behind the app's back, as another editor would. */
  async writeOnDisk(map: ArgumentMap): Promise<void> {
    await writeFile(servedMapPath(this.mapName), serializeMap(this.retitled(map)));
  }

  private retitled(map: ArgumentMap): ArgumentMap {
    return { ...map, meta: { ...map.meta, title: `Editing test ${this.mapName}` } };
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  inspector(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  field(name: string): Locator {
    return this.inspector().getByLabel(name, { exact: true });
  }

  labelEditor(): Locator {
    return this.page.getByRole('textbox', { name: 'Node label' });
  }

  refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Not done:' });
  }

  restoreNotice(): Locator {
    return this.page.getByRole('region', { name: 'Restored unsaved changes' });
  }

  dirtyIndicator(): Locator {
    return this.page.locator('[data-dirty]');
  }

  /** The working copy this browser keeps for the test's map, read straight from IndexedDB (null when none). */
  async storedWorkingCopy(): Promise<string | null> {
    return this.page.evaluate(
      (key) =>
        new Promise<string | null>((resolve, reject) => {
          const open = indexedDB.open('causeway', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('working-copies');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('working-copies').objectStore('working-copies').get(key);
            get.onsuccess = () => {
              open.result.close();
              resolve(typeof get.result === 'string' ? get.result : null);
            };
            get.onerror = () => reject(get.error);
          };
        }),
      `causeway:working-copy:map:${this.mapName}`,
    );
  }

  /** Waits until the working copy holds `text` somewhere in the stored map (or, given null, until there is none). */
  async waitForWorkingCopy(text: string | null): Promise<void> {
    await expect
      .poll(async () => {
        const stored = await this.storedWorkingCopy();
        return text === null ? stored === null : stored !== null && stored.includes(text);
      })
      .toBe(true);
  }

  status(id: string): Promise<string | null> {
    return this.app.nodeLook(id).getAttribute('data-status');
  }

  async center(target: Locator): Promise<{ x: number; y: number }> {
    const box = await target.boundingBox();
    if (!box) throw new Error('element is not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Clicks a node on its kind row (away from its handles, label and badges). */
  async clickNode(id: string, modifiers: ('Control' | 'Shift' | 'Meta')[] = []): Promise<void> {
    const box = await this.app.node(id).boundingBox();
    if (!box) throw new Error(`node ${id} is not on screen`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + 8);
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.down();
    await this.page.mouse.up();
    for (const key of modifiers) await this.page.keyboard.up(key);
    await expect(this.app.node(id)).toHaveClass(/selected/);
  }

  /** A point on the drawn link, `along` (0–1) of the way from its source, in page coordinates. */
  async pointOnEdge(id: string, along = 0.4): Promise<{ x: number; y: number }> {
    return this.app.edge(id).locator('path.react-flow__edge-path').evaluate((element, share) => {
      const path = element as SVGPathElement;
      const point = path.getPointAtLength(path.getTotalLength() * share);
      const matrix = path.getScreenCTM();
      if (!matrix) throw new Error('the link is not drawn');
      return { x: matrix.a * point.x + matrix.c * point.y + matrix.e, y: matrix.b * point.x + matrix.d * point.y + matrix.f };
    }, along);
  }

  /** Clicks a link on its stroke, as a person does. */
  async clickEdge(id: string): Promise<void> {
    const at = await this.pointOnEdge(id);
    await this.page.mouse.click(at.x, at.y);
    await expect(this.app.edge(id)).toHaveClass(/selected/);
  }

  /** Drags with the real mouse in small steps, as a person does. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    }
    await this.page.mouse.up();
  }

  async dragNodeBy(id: string, dx: number, dy: number): Promise<void> {
    const box = await this.app.node(id).boundingBox();
    if (!box) throw new Error(`node ${id} is not on screen`);
    const from = { x: box.x + box.width / 2, y: box.y + 8 };
    await this.drag(from, { x: from.x + dx, y: from.y + dy });
  }

  /** Drags from the source node's outgoing handle onto the target node's body. */
  async connectByDrag(source: string, target: string): Promise<void> {
    await this.app.node(source).hover();
    const handle = this.app.node(source).locator('.react-flow__handle.source:not(.claim-node__handle--back)');
    await this.drag(await this.center(handle), await this.center(this.app.node(target)));
  }

  /** Adds a node from the toolbar, names it in place and returns its id. */
  async addNodeNamed(label: string): Promise<string> {
    const before = await this.app.nodeIds();
    await this.button('Add node').click();
    await expect(this.labelEditor()).toBeFocused();
    await this.labelEditor().fill(label);
    await this.labelEditor().press('Enter');
    await expect(this.labelEditor()).toHaveCount(0);
    const after = await this.app.nodeIds();
    const added = after.filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    return added[0] as string;
  }
}

/** A map name unique to one test: lowercase slug from the test's id. */
export function testMapName(testId: string): string {
  return `edit-${testId.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 24)}`;
}
