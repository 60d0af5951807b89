// Storage failures: browser storage full or blocked, the save API unreachable, a failing disk, two tabs on one map.
// Each shows a clear message, and the working copy or the file keeps the last good state.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { serializeMap } from '../src/model/serializeMap.ts';
import { aClaim, aMap } from '../src/model/testBuilders.ts';
import { expect, test } from './fixtures/editingTest.ts';
import { servedMapPath } from './fixtures/servedMaps.ts';
import { E2E_PORT } from './support/paths.ts';

const FULL = 'Your browser is not keeping a working copy: its storage for this site is full. Save or download the map to keep your edits.';
const BLOCKED = 'Your browser is not keeping a working copy: its storage is turned off or blocked for this page. Save or download the map to keep your edits.';

test.describe.configure({ timeout: 90_000 });

test('browser storage full: the page says so, the edit stays on screen, and Save still writes the file', async ({ editing, causeway, page }) => {
  // Filling a real disk quota is not possible from a test; the browser's own error is what the app sees.
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    Storage.prototype.setItem = full;
  });
  await editing.open();
  await causeway.selectNode('blockade');
  await editing.button('Refuted').click();
  await expect(page.getByRole('alert').filter({ hasText: FULL })).toBeVisible();
  expect(await editing.status('blockade')).toBe('refuted');
  await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/);

  await editing.button('Save').click();
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  expect(editing.onDisk().nodes.find((c) => c.id === 'blockade')?.status).toBe('refuted');
});

test('browser storage blocked: the page says so at once, and editing and saving still work', async ({ editing, causeway, page }) => {
  await page.addInitScript(() => {
    const blocked = {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    };
    Object.defineProperty(window, 'indexedDB', blocked);
    Object.defineProperty(window, 'localStorage', blocked);
  });
  await editing.open();
  await expect(page.getByRole('alert').filter({ hasText: BLOCKED })).toBeVisible();
  await causeway.selectNode('airlift');
  await editing.button('Contested').click();
  expect(await editing.status('airlift')).toBe('contested');
  await editing.button('Save').click();
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  expect(editing.onDisk().nodes.find((c) => c.id === 'airlift')?.status).toBe('contested');
});

test('save API unreachable: a clear message, the file untouched, and the working copy brings the edit back after a reload', async ({ editing, causeway, page, pageErrors }) => {
  pageErrors.allow(/Failed to load resource/);
  await editing.open();
  const before = await readFile(servedMapPath(editing.mapName), 'utf8');
  await page.route(`**/api/maps/${editing.mapName}`, (route) => (route.request().method() === 'PUT' ? route.abort('connectionrefused') : route.continue()));
  await causeway.selectNode('airlift-deters');
  await editing.button('Supported').click();
  await editing.button('Save').click();
  await expect(page.getByRole('alert').filter({ hasText: 'The server could not be reached, so the map was not saved. Your edits are kept in this browser.' })).toBeVisible();
  await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/);
  expect(await readFile(servedMapPath(editing.mapName), 'utf8')).toBe(before);

  await page.unroute(`**/api/maps/${editing.mapName}`);
  await page.reload();
  await causeway.settled();
  await expect(editing.restoreNotice()).toBeVisible();
  expect(await editing.status('airlift-deters')).toBe('supported');
  await editing.restoreNotice().getByRole('button', { name: 'Keep changes' }).click();
  await editing.button('Save').click();
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  expect(editing.onDisk().nodes.find((c) => c.id === 'airlift-deters')?.status).toBe('supported');
});

test('no more code can be loaded (the save code loads on the first save): a clear message, and the file untouched', async ({ editing, causeway, page, pageErrors }) => {
  pageErrors.allow(/Failed to load resource|Failed to fetch dynamically imported module/);
  // Every panel's code loaded on first use (chunks named after their component) and the save code fail from the start,
  // all but the inspector's forms this test edits with: the alert saying so must not need code of its own.
  await page.route(/\/assets\/((?!Claim|CommitField|Relation)[A-Z][^/]*|saveMap-[^/]*)\.js$/, (route) => route.abort('connectionrefused'));
  await editing.open();
  const before = await readFile(servedMapPath(editing.mapName), 'utf8');
  await causeway.selectNode('airlift-deters');
  await editing.button('Supported').click();
  await editing.button('Save').click();
  await expect(page.getByRole('alert').filter({ hasText: 'The save code could not be loaded from the server, so the map was not saved.' })).toBeVisible();
  await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/);
  expect(await readFile(servedMapPath(editing.mapName), 'utf8')).toBe(before);
});

/** The process that serves the browser tests (the maps API runs inside it), found by the port it listens on. */
function serverPid(): number | undefined {
  const listing = spawnSync('ss', ['-ltnpH', `sport = :${E2E_PORT}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(listing.stdout ?? '')?.[1];
  return pid ? Number(pid) : undefined;
}

const canLimitServer = process.platform === 'linux' && spawnSync('prlimit', ['--version']).status === 0;
/** Larger than the file-size limit set on the server, while every other map the tests save is far smaller. */
const FILE_SIZE_LIMIT = 256 * 1024;

test('a failing disk (the server may write no file this large): the save is refused with the reason, the file and the edit are kept', async ({ editing, causeway, page, pageErrors }) => {
  test.skip(!canLimitServer, 'needs Linux with prlimit');
  pageErrors.allow(/status of 507/);
  const pid = serverPid();
  expect(pid, 'the test server listens on the e2e port').toBeDefined();
  const big = aMap(
    Array.from({ length: 90 }, (_, i) => aClaim(`claim-${i}`, { label: `Claim number ${i}`, text: 'A long account of the decision and what followed. '.repeat(80) })),
    [],
    { meta: { title: 'A map too big for the disk' } },
  );
  expect(serializeMap(big).length).toBeGreaterThan(FILE_SIZE_LIMIT * 1.2);
  await editing.open(big);
  const before = await readFile(servedMapPath(editing.mapName), 'utf8');
  // RLIMIT_FSIZE binds root too: the kernel refuses the server's temp file past the limit (EFBIG), a real failed write.
  const limit = spawnSync('prlimit', [`--pid=${pid}`, `--fsize=${FILE_SIZE_LIMIT}:unlimited`]);
  expect(limit.status, String(limit.stderr)).toBe(0);
  try {
    await causeway.selectNode('claim-0');
    await editing.button('Refuted').click();
    await editing.button('Save').click();
    await expect(page.getByRole('alert').filter({ hasText: `The system refused a file this large: maps/${editing.mapName}.json was not saved; the file on disk is unchanged.` })).toBeVisible();
  } finally {
    spawnSync('prlimit', [`--pid=${pid}`, '--fsize=unlimited:unlimited']);
  }
  expect(await readFile(servedMapPath(editing.mapName), 'utf8')).toBe(before);
  expect(await editing.status('claim-0')).toBe('refuted');
  await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/);
  await editing.button('Save').click();
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  expect(editing.onDisk().nodes[0]?.status).toBe('refuted');
});

test('two tabs on one map: the second save meets the first and is asked what to do; the file keeps the first', async ({ editing, causeway, context }) => {
  await editing.open();
  const second = await context.newPage();
  await second.goto(`/?map=${editing.mapName}`);
  await expect(second.locator('.react-flow__node')).toHaveCount(5);

  await causeway.selectNode('blockade');
  await editing.button('Refuted').click();
  await editing.button('Save').click();
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  expect(editing.onDisk().nodes.find((c) => c.id === 'blockade')?.status).toBe('refuted');

  const node = second.locator('.react-flow__node[data-id="airlift"]');
  await node.focus();
  await second.keyboard.press(' ');
  await second.getByRole('button', { name: 'Contested', exact: true }).click();
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = second.getByRole('dialog', { name: `maps/${editing.mapName}.json changed on disk` });
  await expect(conflict).toBeVisible();
  for (const choice of ['Overwrite with my version', 'Reload theirs (drop my edits)', 'Save as a new map…']) {
    await expect(conflict.getByRole('button', { name: choice })).toBeVisible();
  }
  const onDisk = editing.onDisk();
  expect(onDisk.nodes.find((c) => c.id === 'blockade')?.status).toBe('refuted');
  expect(onDisk.nodes.find((c) => c.id === 'airlift')?.status).toBe('supported');
  await expect(second.locator('.react-flow__node[data-id="airlift"] [data-status]')).toHaveAttribute('data-status', 'contested');
  await second.close();
});
