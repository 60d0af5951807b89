// Page object for the Export menu: open it, set its options, and download a file from one of its entries.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

export class ExportPanel {
  constructor(readonly page: Page) {}

  button(): Locator {
    return this.page.getByRole('button', { name: 'Export', exact: true });
  }

  panel(): Locator {
    return this.page.getByRole('dialog', { name: 'Export the map' });
  }

  async open(): Promise<void> {
    if (await this.panel().isVisible()) return;
    await this.button().click();
    await expect(this.panel()).toBeVisible();
  }

  option(name: string | RegExp): Locator {
    return this.panel().getByLabel(name);
  }

  entry(name: string): Locator {
    return this.panel().getByRole('group', { name: 'Download as' }).getByRole('button', { name, exact: true });
  }

  /** An entry of the text formats for other tools: AIF, Mermaid, DOT. */
  textEntry(name: string): Locator {
    return this.panel().getByRole('group', { name: 'Text for other tools' }).getByRole('button', { name, exact: true });
  }

  /** Clicks a menu entry (a drawn format's, or a text format's) and returns the file the browser was handed, once the export reports it. */
  async download(entry: string, kind: 'drawn' | 'text' = 'drawn'): Promise<DownloadedFile> {
    await this.open();
    const button = kind === 'text' ? this.textEntry(entry) : this.entry(entry);
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    const file = await download.path();
    await expect(this.panel().getByRole('status')).toHaveText(/^Exported /);
    return { name: download.suggestedFilename(), bytes: await readFile(file) };
  }
}
