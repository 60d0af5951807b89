// Nothing lost: a seeded random walk of UI edits, then undo all (the file again), redo all, and a reload that restores it all.
import type { Page } from '@playwright/test';
import type { ArgumentMap } from '../src/model/schema.ts';
import { expect, test } from './fixtures/editingTest.ts';
import type { EditingPage } from './support/EditingPage.ts';
import type { CausewayPage } from './support/CausewayPage.ts';

/** 200 steps and 3 seeds in `npm test`; WALK_STEPS and WALK_SEEDS (comma-separated) explore further. */
const STEPS = Number(process.env.WALK_STEPS ?? 200);
const SEEDS = (process.env.WALK_SEEDS ?? '1,2,3').split(',').map(Number);
const STATUS_BUTTONS = ['Supported', 'Refuted', 'Contested', 'Unassessed'];
const RELATIONS = ['causes', 'supports', 'refutes', 'motivates'];

/** mulberry32: a small seeded generator, so a failing walk replays exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ScreenMap {
  nodes: { id: string; name: string; pinnedAt: string | null }[];
  edges: { id: string; name: string; relation: string | null }[];
}

/** The map as the screen shows it: every node's accessible name (label, kind, status) and pin, every link's ends and relation. */
function screenMap(page: Page): Promise<ScreenMap> {
  return page.evaluate(() => {
    const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => ({
      id: el.dataset.id ?? '',
      name: el.getAttribute('aria-label') ?? '',
      // A pinned node's place is part of the map; an unpinned one is laid out afresh after a reload.
      pinnedAt: el.querySelector('[aria-label="Unpin node"]') ? el.style.transform : null,
    }));
    const edges = [...document.querySelectorAll<HTMLElement>('.react-flow__edge')].map((el) => ({
      id: el.dataset.id ?? '',
      name: el.getAttribute('aria-label') ?? '',
      relation: (el.matches('[data-relation]') ? el : el.querySelector('[data-relation]'))?.getAttribute('data-relation') ?? null,
    }));
    return { nodes: nodes.sort(byId), edges: edges.sort(byId) };
  });
}

class Walker {
  private added = 0;
  readonly log: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly app: CausewayPage,
    private readonly editing: EditingPage,
    private readonly random: () => number,
  ) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private async select(id: string): Promise<void> {
    await this.app.selectNode(id);
  }

  private async enabled(name: string): Promise<boolean> {
    return this.editing.button(name).isEnabled();
  }

  async step(): Promise<void> {
    const ids = await this.app.nodeIds();
    const edgeIds = await this.app.edgeIds();
    const moves: (() => Promise<string>)[] = [
      async () => {
        const label = `Walk ${++this.added}`;
        await this.editing.addNodeNamed(label);
        return `add ${label}`;
      },
      async () => {
        if (ids.length < 2) return 'link skipped';
        const source = this.pick(ids);
        const target = this.pick(ids.filter((id) => id !== source));
        const targetLabel = (await this.app.node(target).locator('.claim-node__line').allTextContents()).join(' ');
        await this.select(source);
        await this.editing.button('Link to…').click();
        const dialog = this.page.getByRole('dialog');
        await dialog.getByLabel('Find node by name').fill(targetLabel);
        await dialog.getByLabel('Target node').selectOption(target);
        await dialog.getByLabel('Relation', { exact: true }).selectOption(this.pick(RELATIONS));
        await dialog.getByRole('button', { name: 'Link', exact: true }).click();
        await expect(dialog).toBeHidden();
        return `link ${source} → ${target}`;
      },
      async () => {
        if (edgeIds.length === 0) return 'relink skipped';
        const edge = this.pick(edgeIds);
        await this.app.edge(edge).focus();
        await this.page.keyboard.press('Enter');
        await expect(this.app.edge(edge)).toHaveClass(/selected/);
        await this.editing.field('Relation').selectOption(this.pick(RELATIONS));
        return `relation of ${edge}`;
      },
      async () => {
        if (ids.length === 0) return 'status skipped';
        const id = this.pick(ids);
        const status = this.pick(STATUS_BUTTONS);
        await this.select(id);
        await this.editing.button(status).click();
        return `${status} ${id}`;
      },
      async () => {
        if (ids.length < 3) return 'delete skipped';
        const id = this.pick(ids);
        await this.select(id);
        await this.editing.button('Delete').click();
        await expect(this.app.node(id)).toHaveCount(0);
        return `delete ${id}`;
      },
      async () => {
        if (!(await this.enabled('Undo'))) return 'undo skipped';
        await this.editing.button('Undo').click();
        return 'undo';
      },
      async () => {
        if (!(await this.enabled('Redo'))) return 'redo skipped';
        await this.editing.button('Redo').click();
        return 'redo';
      },
      async () => {
        if (ids.length === 0) return 'drag skipped';
        const id = this.pick(ids);
        await this.app.node(id).focus();
        const dx = Math.round((this.random() - 0.5) * 160);
        const dy = Math.round((this.random() - 0.5) * 120);
        const box = await this.app.node(id).boundingBox();
        if (!box) throw new Error(`node ${id} is not on screen`);
        const from = { x: box.x + box.width / 2, y: box.y + 8 };
        await this.page.mouse.move(from.x, from.y);
        await this.page.mouse.down();
        for (const share of [0.25, 0.5, 0.75, 1]) await this.page.mouse.move(from.x + dx * share, from.y + dy * share);
        await this.page.mouse.up();
        return `drag ${id} by ${dx},${dy}`;
      },
    ];
    const started = Date.now();
    const done = await this.pick(moves)();
    this.log.push(`${done} (${Date.now() - started} ms)`);
    // A refused edit (a duplicate link) says why; dismissing it keeps the notice from covering the canvas.
    const refusal = this.editing.refusal();
    if (await refusal.isVisible()) await refusal.getByRole('button', { name: 'Dismiss' }).click();
  }
}

/** Ids with statuses and relations: enough to tell which state a stored working copy holds. */
function shapeOf(screen: ScreenMap): string[] {
  const status = (name: string) => /(supported|refuted|contested|unassessed)/i.exec(name)?.[1]?.toLowerCase() ?? '?';
  return [...screen.nodes.map((n) => `${n.id}:${status(n.name)}`), ...screen.edges.map((e) => `${e.id}:${e.relation}`)];
}

function storedShape(stored: string | null): string[] {
  if (stored === null) return [];
  const map = JSON.parse((JSON.parse(stored) as { mapText: string }).mapText) as ArgumentMap;
  const id = (entry: string) => entry.slice(0, entry.lastIndexOf(':'));
  const byId = (a: string, b: string) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
  return [...map.nodes.map((c) => `${c.id}:${c.status}`).sort(byId), ...map.edges.map((r) => `${r.id}:${r.relation}`).sort(byId)];
}

/** Presses Undo until it is disabled; returns how many times it was pressed. */
async function pressUntilDisabled(editing: EditingPage, name: 'Undo'): Promise<number> {
  let presses = 0;
  while (await editing.button(name).isEnabled()) {
    await editing.button(name).click();
    presses++;
    expect(presses, `${name} presses`).toBeLessThanOrEqual(2 * STEPS + 10);
  }
  return presses;
}

for (const seed of SEEDS) {
  test(`random walk of ${STEPS} edits, seed ${seed}: undo all gives the file, redoing them and a reload give the walk's map`, async ({ editing, causeway, page }, testInfo) => {
    test.setTimeout(60_000 + STEPS * 2_500);
    await editing.open();
    const file = await screenMap(page);
    const onDisk = editing.onDisk();
    expect(file.nodes.map((n) => n.id)).toEqual(onDisk.nodes.map((c) => c.id).sort());
    expect(file.edges.map((e) => e.id)).toEqual(onDisk.edges.map((r) => r.id).sort());

    const walker = new Walker(page, causeway, editing, seeded(seed));
    try {
      for (let i = 0; i < STEPS; i++) await walker.step();
    } finally {
      await testInfo.attach('walk', { body: walker.log.map((line, i) => `${i + 1}. ${line}`).join('\n') });
    }
    const walked = await screenMap(page);

    const undone = await pressUntilDisabled(editing, 'Undo');
    expect(await screenMap(page)).toEqual(file);
    // Exactly as many redos: a walk that ended on undos leaves more on the redo stack than it kept.
    for (let i = 0; i < undone; i++) await editing.button('Redo').click();
    expect(await screenMap(page)).toEqual(walked);

    const changed = JSON.stringify(walked) !== JSON.stringify(file);
    // The copy is written on every change, a moment after it; a reload waits for the last one to land.
    if (changed) await expect.poll(async () => storedShape(await editing.storedWorkingCopy())).toEqual(shapeOf(walked));
    await page.reload();
    await causeway.settled();
    if (changed) {
      await expect(editing.restoreNotice()).toBeVisible();
      await editing.restoreNotice().getByRole('button', { name: 'Keep changes' }).click();
    }
    expect(await screenMap(page)).toEqual(walked);
  });
}
