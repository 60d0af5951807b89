// The Practice panel's handouts on paper: the map with blank marks to practise on, or the answer key with the teacher's marks, as a PDF.
import { useId, useState } from 'react';
import { exportFileName, fileStem } from '../export/exportFileName.ts';
import { type Handout, HANDOUT_WORDS } from '../export/page/handoutMap.ts';
import { PAGE_WORDS } from '../export/page/pageSize.ts';
import { evaluateMap } from '../model/evaluateMap.ts';
import { describeOrigin } from '../state/mapState.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';

const PAPERS = ['a4', 'letter'] as const;
type Paper = (typeof PAPERS)[number];

export function HandoutExport() {
  const store = useMapStoreApi();
  const [paper, setPaper] = useState<Paper>('a4');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState('');
  const paperId = useId();

  const run = async (handout: Handout) => {
    // The real map, whatever the student has marked: the key is the teacher's marks, the blank one has none.
    const { map, layout, origin, announce } = store.getState();
    if (!map || !layout || busy) return;
    const name = `${fileStem(origin ? describeOrigin(origin).replace(/^.*\//, '') : map.meta.title)}-${handout === 'blank' ? 'practice-handout' : 'answer-key'}`;
    setBusy(true);
    setOutcome(`Making the ${HANDOUT_WORDS[handout]}…`);
    try {
      const [{ exportInBrowser }, { loadExportAssets }, { downloadBytes }] = await Promise.all([
        import('../export/browser/exportInBrowser.ts'),
        import('../adapters/exportAssets.ts'),
        import('../adapters/download.ts'),
      ]);
      const file = await exportInBrowser(
        { map, layout, format: 'pdf', options: { handout, page: paper, orientation: 'auto', standing: { evaluation: evaluateMap(map) } } },
        loadExportAssets,
        () => undefined,
      );
      const fileName = exportFileName(name, 'pdf');
      downloadBytes(file.bytes, fileName, file.mimeType);
      const message = `Exported ${fileName} (${PAGE_WORDS[paper]}, ${file.pages === 1 ? '1 page' : `${file.pages ?? 1} pages`})`;
      setOutcome(message);
      announce(message);
    } catch (error) {
      setOutcome(`Handout export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="practice-handouts" role="group" aria-label="Handouts on paper">
      <h3>Handouts on paper</h3>
      <label htmlFor={paperId}>Paper </label>
      <select id={paperId} value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
        {PAPERS.map((size) => (
          <option key={size} value={size}>
            {PAGE_WORDS[size]}
          </option>
        ))}
      </select>
      <div className="side-panel__actions">
        <button type="button" className="button" aria-disabled={busy} onClick={() => void run('blank')}>
          Practice handout (PDF)
        </button>
        <button type="button" className="button" aria-disabled={busy} onClick={() => void run('key')}>
          Answer key (PDF)
        </button>
      </div>
      <p role="status" aria-live="polite">
        {outcome}
      </p>
    </div>
  );
}
