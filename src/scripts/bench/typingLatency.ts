// The bench's typing measure: how long after each key press in the inspector's Label field the page paints again.
import type { Page } from '@playwright/test';
import type { FrameTimes } from './browserBench.ts';

const TYPED = 'causes the airlift';

/**
 * Selects the claim nearest the middle of the window, then types into its Label field. Each key's latency runs
 * from the key event's own time stamp to a task queued from the next animation frame, which runs once that
 * frame has painted: the input-to-next-paint measure browsers use for responsiveness.
 */
export async function typingLatency(page: Page): Promise<FrameTimes | undefined> {
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  const claim = await page.evaluate(({ width, height }) => {
    const boxes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect()).filter((b) => b.width > 4 && b.top > 80 && b.bottom < height - 80);
    boxes.sort((a, b) => Math.hypot(a.x - width / 2, a.y - height / 2) - Math.hypot(b.x - width / 2, b.y - height / 2));
    const b = boxes[0];
    return b ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null;
  }, viewport);
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
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number): number => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), frames: sorted.length };
}
