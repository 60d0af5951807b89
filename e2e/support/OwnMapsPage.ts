// Page object for a teacher's own maps: the Map menu and its dialogs, building a map by keys alone, the picker's Trash, the files on disk.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { CausewayPage } from './CausewayPage.ts';
import { e2eMapsDir } from './paths.ts';

export class OwnMapsPage {
  readonly page: Page;

  constructor(
    readonly app: CausewayPage,
    /** Every file this test makes starts with this, so parallel tests never meet and cleanup finds them. */
    readonly prefix: string,
  ) {
    this.page = app.page;
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the Map menu with its key and runs the item named `item` with arrow keys and Enter. */
  async menu(item: string): Promise<void> {
    await this.page.keyboard.press('Alt+m');
    const menu = this.page.getByRole('menu', { name: 'Map' });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    for (let i = 0; i < 8; i++) {
      if (await menu.getByRole('menuitem', { name: item }).evaluate((el) => el === document.activeElement)) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(menu.getByRole('menuitem', { name: item })).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  /** Types into the focused dialog's title field, then the file name, and submits with Enter. */
  async fillTitleAndName(title: string, name: string): Promise<void> {
    const dialog = this.dialog();
    await expect(dialog.getByLabel('Title', { exact: true })).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(title);
    await dialog.getByLabel('File name').focus();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
  }

  /** Finds a node by its whole label with Ctrl+F and Enter: it is then selected and has the focus. */
  async select(label: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+f');
    await this.page.keyboard.type(label);
    await expect(this.page.getByRole('option').first()).toContainText(label);
    await this.page.keyboard.press('Enter');
    await expect(this.page.locator('.react-flow__node.selected')).toContainText(label);
  }

  /** N, the label, Enter; then the kind key and the status key, on the new node. */
  async addNode(label: string, kindKey: string, statusKey: string): Promise<void> {
    await this.page.keyboard.press('n');
    const editor = this.page.getByRole('textbox', { name: 'Node label' });
    await expect(editor).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(label);
    await this.page.keyboard.press('Enter');
    await expect(editor).toHaveCount(0);
    await this.page.keyboard.press(kindKey);
    await this.page.keyboard.press(statusKey);
  }

  /** L from the node `from`, the target found by `query`, Alt+digit for the relation, Enter. */
  async link(from: string, query: string, relationDigit: number): Promise<void> {
    await this.select(from);
    await this.page.keyboard.press('l');
    await expect(this.page.getByRole('searchbox', { name: 'Find node by name' })).toBeFocused();
    await this.page.keyboard.type(query);
    await this.page.keyboard.press(`Alt+Digit${relationDigit}`);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  /** Presses Tab until the focus is on the control named `name`. */
  async tabTo(name: RegExp, limit = 150): Promise<void> {
    for (let i = 0; i < limit; i++) {
      const current = await this.page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!el) return '';
        return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.innerText ?? '').trim();
      });
      if (name.test(current)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${name}`);
  }

  /** The map file's parsed content, or null when there is no such file in maps/. */
  async onDisk(name: string): Promise<{ meta: { title: string; source?: Record<string, string> }; nodes: { kind: string; status: string; sources: unknown[] }[]; edges: { relation: string }[] } | null> {
    const text = await readFile(path.join(e2eMapsDir, `${name}.json`), 'utf8').catch(() => null);
    return text === null ? null : JSON.parse(text);
  }

  async trashed(): Promise<string[]> {
    return (await readdir(path.join(e2eMapsDir, '.trash')).catch(() => [])).filter((file) => file.startsWith(this.prefix));
  }

  async removeFiles(): Promise<void> {
    for (const folder of [e2eMapsDir, path.join(e2eMapsDir, '.trash')]) {
      const files = (await readdir(folder).catch(() => [])).filter((file) => file.startsWith(this.prefix));
      await Promise.all(files.map((file) => rm(path.join(folder, file), { force: true })));
    }
  }
}
