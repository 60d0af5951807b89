// Opens a file from disk of any format Causeway reads: a Causeway map as before, anything else imported as a new, unsaved map with its report.
import { navigateToFile } from '../adapters/mapRoute.ts';
import { keepOpenedFile } from '../adapters/openedFile.ts';
import { looksLikeAif } from '../interchange/aif/detectAif.ts';
import { serializeMap } from '../model/serializeMap.ts';
import type { MapStore } from '../state/createMapStore.ts';
import type { MapOrigin } from '../state/mapState.ts';
import { showImportReport } from './importReportStore.ts';
import { openFileFromDisk } from './useMapRoute.ts';

/** An imported map's own name: never the imported file's, so saving or downloading it writes over nothing. */
export function importedMapName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const stem = base.replace(/(\.aif)?\.[^.]*$/i, '') || 'imported';
  return /\.json$/i.test(base) ? `${stem}-imported.json` : `${stem}.json`;
}

/**
 * A Causeway map file opens as it always has (its problems shown, the map on screen kept). Any other format is read
 * by the interchange registry, loaded only now, through the load gate; it opens as a new map that is not saved yet.
 */
export async function openAnyFile(store: MapStore, fileName: string, text: string): Promise<void> {
  if (/\.json$/i.test(fileName) && !looksLikeAif(text)) return openFileFromDisk(store, text, fileName);
  const { readInterchange } = await import('../interchange/formats.ts');
  const result = await readInterchange(fileName, text);
  if (!result.ok) {
    store.getState().showLoadProblems(`${fileName} could not be imported`, result.problems);
    return;
  }
  const mapName = importedMapName(fileName);
  const origin: MapOrigin = { kind: 'file', fileName: mapName };
  store.getState().openMap(result.map, origin);
  const opened = store.getState();
  if (opened.origin !== origin) return;
  // Nothing on disk holds this map yet: it shows as unsaved until downloaded, and the working copy keeps edits.
  store.setState({ savedMap: null });
  void keepOpenedFile(mapName, serializeMap(result.map));
  navigateToFile(mapName);
  showImportReport({ fileName, mapName, notes: result.notes, session: opened.session });
}
