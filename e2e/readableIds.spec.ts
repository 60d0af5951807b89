// Ids in the saved file read like what they name: a new node's id comes from its name, a link's from its ends and its relation as it is now.
import { expect, test } from './fixtures/editingTest.ts';

test('the saved file has readable ids: a named node, a link made with L, and a link whose relation changed', async ({ editing, causeway, page }) => {
  await editing.open();
  const id = await editing.addNodeNamed('Truman orders the airlift');
  expect(id).toBe('truman-orders-the-airlift');

  await causeway.selectNode(id);
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: /Link “Truman orders the airlift” to/ });
  await dialog.getByLabel('Find node by name').fill('start the airlift');
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(causeway.edge('truman-orders-the-airlift-causes-airlift')).toHaveCount(1);

  await editing.clickEdge('truman-orders-the-airlift-causes-airlift');
  await editing.field('Relation').selectOption('motivates');
  await expect(causeway.edge('truman-orders-the-airlift-motivates-airlift')).toHaveClass(/selected/);

  await page.keyboard.press('Control+s');
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  const saved = editing.onDisk();
  expect(saved.nodes.map((claim) => claim.id)).toContain('truman-orders-the-airlift');
  expect(saved.nodes.some((claim) => claim.id.startsWith('new-node'))).toBe(false);
  expect(saved.edges.find((relation) => relation.source === 'truman-orders-the-airlift')).toEqual({
    id: 'truman-orders-the-airlift-motivates-airlift',
    source: 'truman-orders-the-airlift',
    target: 'airlift',
    relation: 'motivates',
  });
  // Every id the file holds names what it is: no link id with a relation word other than its own.
  for (const relation of saved.edges) {
    expect(relation.id.match(/-(causes|supports|refutes|motivates)-/)?.[1] ?? relation.relation, relation.id).toBe(relation.relation);
  }
});
