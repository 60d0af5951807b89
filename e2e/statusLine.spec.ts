// The status line says what just happened, a link made with L too, and clears itself after a while; its live region stays for screen readers.
import { expect, test } from './fixtures/editingTest.ts';

test('a link made with L is announced, and status messages clear after a few seconds', async ({ editing, causeway, page }) => {
  await page.clock.install();
  await editing.open();
  const status = page.locator('.toolbar__status[role="status"]');
  await expect(status).toHaveAttribute('aria-live', 'polite');

  await causeway.selectNode('archives-show-caution');
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: /Link “Soviet archives show caution” to/ });
  await expect(dialog.getByLabel('Find node by name')).toBeFocused();
  await page.keyboard.type('deterred');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText('Linked: “Soviet archives show caution” causes “The airlift deterred escalation”');

  await page.clock.fastForward(3000);
  await expect(status).not.toHaveText('');
  await page.clock.fastForward(10_000);
  await expect(status).toHaveText('');

  // "Undone" goes the same way, and the region is still there for the next message.
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Undone');
  await page.clock.fastForward(10_000);
  await expect(status).toHaveText('');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Control+y');
  await expect(status).toHaveText('Redone');
});
