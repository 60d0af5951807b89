// Saving: PUT to maps/NAME.json, and the ways out of a conflict (overwrite, reload theirs, save as a new map), or a download where there is no server.
import { useMemo } from 'react';
import { downloadMap } from '../adapters/downloadMap.ts';
import { navigateToMap } from '../adapters/mapRoute.ts';
import { fetchMapFile } from '../adapters/mapsClient.ts';
import type { SaveCondition, SaveOutcome } from '../adapters/saveMap.ts';
import { browserWorkingCopyWriter } from '../adapters/workingCopy.ts';
import type { ArgumentMap } from '../model/schema.ts';
import type { MapStore } from '../state/createMapStore.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { workingCopyKey } from '../state/workingCopyKey.ts';
import { flushTypedDrafts } from './typedDrafts.ts';

export const MAP_NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SaveCommands {
  save(): Promise<void>;
  overwrite(): Promise<void>;
  reloadTheirs(): Promise<void>;
  /** Saves under a new name in maps/ and opens it; resolves to a reason when the name is refused. */
  saveAsNew(name: string): Promise<string | null>;
  download(): void;
}

/** The save client loads on the first save (it is not needed to show a map); failing to load it is failing to reach the server. */
async function send(name: string, map: ArgumentMap, condition: SaveCondition): Promise<SaveOutcome> {
  const client = await import('../adapters/saveMap.ts').catch(() => null);
  if (!client) return { kind: 'unreachable', message: 'The save code could not be loaded from the server, so the map was not saved. Your edits are kept in this browser.' };
  return client.saveMap(name, map, condition);
}

async function put(store: MapStore, name: string, condition: SaveCondition): Promise<'saved' | 'conflict' | 'failed'> {
  const state = store.getState();
  if (!state.map) return 'failed';
  const map = state.map;
  state.startSave();
  const outcome = await send(name, map, condition);
  const now = store.getState();
  switch (outcome.kind) {
    case 'saved':
      now.markSaved(map, outcome.version, { kind: 'server', name, version: outcome.version });
      now.announce(`Saved maps/${name}.json`);
      return 'saved';
    case 'conflict':
      now.showSaveConflict(outcome.currentVersion, outcome.message);
      return 'conflict';
    case 'invalid':
      now.showSaveFailure(`Not saved: ${outcome.message}`, outcome.problems);
      return 'failed';
    default:
      now.showSaveFailure(`Not saved: ${outcome.message}`);
      return 'failed';
  }
}

export function createSaveCommands(store: MapStore): SaveCommands {
  return {
    async save() {
      // Ctrl+S works mid-sentence: what the field holds is saved too.
      flushTypedDrafts();
      const state = store.getState();
      if (state.origin?.kind !== 'server' || state.save.kind === 'saving') return;
      await put(store, state.origin.name, state.baseVersion ? { ifMatch: state.baseVersion } : { create: true });
    },
    async overwrite() {
      const state = store.getState();
      if (state.origin?.kind !== 'server') return;
      const current = state.save.kind === 'conflict' ? state.save.currentVersion : null;
      await put(store, state.origin.name, current ? { ifMatch: current } : { create: true });
    },
    async reloadTheirs() {
      const state = store.getState();
      if (state.origin?.kind !== 'server') return;
      const { name } = state.origin;
      const writer = browserWorkingCopyWriter(workingCopyKey(state.origin));
      writer.write(null);
      await writer.idle();
      const file = await fetchMapFile(name);
      const now = store.getState();
      now.dismissSaveProblem();
      if (file.ok) now.openText(file.value.content, { kind: 'server', name, version: file.value.version });
      else now.showSaveFailure(`maps/${name}.json could not be reloaded: ${file.message}`);
    },
    async saveAsNew(name) {
      if (!MAP_NAME_PATTERN.test(name)) return 'Use lowercase letters, digits and single hyphens, like “my-map-2”.';
      const before = store.getState().origin;
      const result = await put(store, name, { create: true });
      if (result === 'conflict') {
        store.getState().showSaveFailure(`maps/${name}.json already exists; choose another name.`);
        return `maps/${name}.json already exists; choose another name.`;
      }
      if (result !== 'saved') return store.getState().save.kind === 'failed' ? 'The map was not saved.' : null;
      if (before) browserWorkingCopyWriter(workingCopyKey(before)).write(null);
      navigateToMap(name);
      return null;
    },
    download() {
      flushTypedDrafts();
      const state = store.getState();
      if (!state.map || !state.origin) return;
      const fileName = state.origin.kind === 'server' ? `${state.origin.name}.json` : state.origin.fileName;
      downloadMap(state.map, fileName);
      if (state.origin.kind === 'file') state.markDownloaded(state.map);
      state.announce(`Downloaded ${fileName}`);
    },
  };
}

export function useSave(): SaveCommands {
  const store = useMapStoreApi();
  return useMemo(() => createSaveCommands(store), [store]);
}
