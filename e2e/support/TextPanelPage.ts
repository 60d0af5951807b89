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

  /** Types at the very end of the text, key by key, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    await this.field().focus();
    await this.field().press('Control+End');
    await this.field().pressSequentially(text);
  }
}
