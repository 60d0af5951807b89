// Handouts on real paper from the UI: the Export menu's page size and the Practice panel's handouts come out at the size asked (read with pdfinfo).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/causewayTest.ts';
import { ExportPanel } from './support/ExportPanel.ts';

/** pdfinfo's "Page size" line of a downloaded PDF, and its text by pdftotext. */
function readPdf(bytes: Buffer, file: string): { size: string; text: string } {
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { size: /Page size:\s+(.*)/.exec(info)?.[1] ?? info, text };
}

test('the Practice panel downloads a blank practice handout on A4, with no status word, and an answer key on Letter', async ({ causeway, page }, testInfo) => {
  test.setTimeout(120_000);
  await causeway.goto();
  await causeway.button('Practice').click();
  const handouts = page.getByRole('region', { name: 'Practice' }).getByRole('group', { name: 'Handouts on paper' });
  await expect(handouts.getByLabel('Paper')).toHaveValue('a4');

  const [blank] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), handouts.getByRole('button', { name: 'Practice handout (PDF)' }).click()]);
  expect(blank.suggestedFilename()).toBe('korean-war-escalation-practice-handout.pdf');
  const blankPdf = readPdf(await readFile(await blank.path()), testInfo.outputPath('blank.pdf'));
  expect(blankPdf.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(blankPdf.text).not.toMatch(/Supported|Refuted|Contested/);
  await expect(handouts.getByRole('status')).toHaveText(/^Exported korean-war-escalation-practice-handout\.pdf \(A4, \d+ pages?\)/);

  await handouts.getByLabel('Paper').selectOption('letter');
  const [key] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), handouts.getByRole('button', { name: 'Answer key (PDF)' }).click()]);
  const keyPdf = readPdf(await readFile(await key.path()), testInfo.outputPath('key.pdf'));
  expect(keyPdf.size).toMatch(/^(612 x 792|792 x 612) pts \(letter\)/);
  expect(keyPdf.text).toContain('Refuted');
});

test('the Export menu lays the PDF out on A4 landscape when asked', async ({ causeway }, testInfo) => {
  test.setTimeout(120_000);
  await causeway.goto();
  const menu = new ExportPanel(causeway.page);
  await menu.open();
  await expect(menu.option('Orientation')).toBeDisabled();
  await menu.option('Size').selectOption('a4');
  await menu.option('Orientation').selectOption('landscape');
  const pdf = await menu.download('PDF');
  expect(pdf.name).toBe('korean-war-escalation.pdf');
  expect(readPdf(pdf.bytes, testInfo.outputPath('map.pdf')).size).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
  await expect(menu.panel().getByRole('status')).toHaveText(/pages?,/);
});
