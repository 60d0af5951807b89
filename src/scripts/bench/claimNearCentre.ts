// Finds a claim the bench can act on: the drawn claim nearest the middle of the window, clear of the toolbar and controls.
import type { Page } from '@playwright/test';

/** The claim's centre in page pixels, or null when none is drawn there. */
export async function claimNearCentre(page: Page): Promise<{ x: number; y: number } | null> {
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  return page.evaluate(({ width, height }) => {
    const boxes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect()).filter((b) => b.width > 4 && b.top > 80 && b.bottom < height - 80);
    boxes.sort((a, b) => Math.hypot(a.x - width / 2, a.y - height / 2) - Math.hypot(b.x - width / 2, b.y - height / 2));
    const b = boxes[0];
    return b ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null;
  }, viewport);
}
