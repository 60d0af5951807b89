// The bench's typing measure: how long after each key press in the inspector's Label field the page paints again.
import type { Page } from '@playwright/test';
import { claimNearCentre } from './claimNearCentre.ts';
import { type Percentiles, percentiles } from './timing.ts';

const TYPED = 'causes the airlift';

/**
 * Selects the claim nearest the middle of the window, then types into its Label field. Each key's latency runs
 * from the key event's own time stamp to a task queued from the next animation frame, which runs once that
 * frame has painted: the input-to-next-paint measure browsers use for responsiveness.
 */
export async function typingLatency(page: Page): Promise<Percentiles | undefined> {
  const claim = await claimNearCentre(page);
  if (!claim) return undefined;
  await page.mouse.click(claim.x, claim.y);
  const field = page.getByLabel('Label', { exact: true });
  await field.focus();
  await field.press('End');
  // A string, not a function: tsx would wrap a named inner function with a helper the page lacks.
  await page.evaluate(`(() => {
    window.__keyLatencies = [];
    window.__onKey = (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__keyLatencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    document.addEventListener('keydown', window.__onKey, true);
  })()`);
  await page.keyboard.type(TYPED, { delay: 60 });
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(`(() => {
    document.removeEventListener('keydown', window.__onKey, true);
    return window.__keyLatencies;
  })()`) as number[];
  await field.press('Escape');
  return percentiles(latencies);
}
