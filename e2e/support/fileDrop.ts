// Drops a file on an element as a person dragging it from their desktop would: a real DataTransfer with a File in it.
import type { Locator } from '@playwright/test';

export async function dropFile(target: Locator, name: string, content: string, type = 'application/json'): Promise<void> {
  const dataTransfer = await target.page().evaluateHandle(
    ({ name, content, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type }));
      return transfer;
    },
    { name, content, type },
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
