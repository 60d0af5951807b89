// Page object for the Text panel: the map as Argdown, its field, its problems and its toggle.
import type { Locator, Page } from '@playwright/test';

export class TextPanelPage {
  constructor(readonly page: Page) {}

  toggle(): Locator {
    return this.page.getByRole('button', { name: 'Text', exact: true });
  }

  panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Text' });
  }

  field(): Locator {
    return this.page.getByRole('textbox', { name: 'The map as Argdown text' });
  }

  problems(): Locator {
    return this.page.getByRole('list', { name: 'Problems in the text' }).getByRole('listitem');
  }

  state(): Locator {
    return this.panel().getByRole('status');
  }

  /** Adds `text` at the end in one input, as a paste into the field does: no pause falls in the middle of it. */
  async appendAtOnce(text: string): Promise<void> {
    await this.field().fill((await this.field().inputValue()) + text);
  }

  /** Types at the very end of the text, key by key, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    await this.field().focus();
    await this.field().press('Control+End');
    await this.field().pressSequentially(text);
  }
}

/** Pastes `text` on the canvas as a person's Ctrl+V there would (the system clipboard is not the test's to use). */
export async function pasteOnCanvas(page: Page, text: string): Promise<void> {
  await page.locator('.react-flow__pane').evaluate((pane, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    pane.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
