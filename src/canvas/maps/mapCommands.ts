// What the Map menu does to files: new (blank or from a template), save as, duplicate, rename and delete to the trash.
import { navigateToMap } from '../../adapters/mapRoute.ts';
import { fetchMapFile, listMaps, renameMapFile, trashMapFile } from '../../adapters/mapsClient.ts';
import type { SaveCondition, SaveOutcome } from '../../adapters/saveMap.ts';
import { browserWorkingCopyWriter } from '../../adapters/workingCopy.ts';
import { blankMap, mapFromTemplate } from '../../model/newMap.ts';
import { parseMap } from '../../model/parseMap.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import type { MapStore } from '../../state/createMapStore.ts';
import { isDirty } from '../../state/editState.ts';
import { workingCopyKey } from '../../state/workingCopyKey.ts';
import { flushTypedDrafts } from '../typedDrafts.ts';
import { createSaveCommands, MAP_NAME_PATTERN } from '../useSave.ts';

/** null when it was done; otherwise why not, in a sentence for the dialog. */
export type Refusal = string | null;

const BAD_NAME = 'Use lowercase letters, digits and single hyphens for the file name, like “my-map-2”.';

async function send(name: string, map: ArgumentMap, condition: SaveCondition): Promise<SaveOutcome> {
  const client = await import('../../adapters/saveMap.ts').catch(() => null);
  if (!client) return { kind: 'unreachable', message: 'The save code could not be loaded from the server.' };
  return client.saveMap(name, map, condition);
}

function refusalOf(outcome: SaveOutcome, name: string): Refusal {
  if (outcome.kind === 'saved') return null;
  if (outcome.kind === 'conflict') return `maps/${name}.json already exists; choose another name.`;
  return `Not saved: ${outcome.message}`;
}

/** Writes `map` as a new file (never over an existing one) and opens it; where there is no server it opens unsaved, to download. */
async function createAndOpen(store: MapStore, name: string, map: ArgumentMap): Promise<Refusal> {
  if (!MAP_NAME_PATTERN.test(name)) return BAD_NAME;
  const outcome = await send(name, map, { create: true });
  if (outcome.kind === 'unreachable') {
    store.getState().openMap(map, { kind: 'file', fileName: `${name}.json` });
    store.getState().announce(`No maps server here: “${map.meta.title}” is open unsaved; Ctrl+S downloads it`);
    return null;
  }
  const refusal = refusalOf(outcome, name);
  if (refusal) return refusal;
  navigateToMap(name);
  store.getState().announce(`Created maps/${name}.json`);
  return null;
}

/** Where a template comes from: a map in maps/ by name, or none for a blank map. */
export async function newMap(store: MapStore, title: string, name: string, template: string | null): Promise<Refusal> {
  if (title.trim() === '') return 'The map needs a title.';
  if (template === null) return createAndOpen(store, name, blankMap(title));
  const file = await fetchMapFile(template);
  if (!file.ok) return `The template maps/${template}.json could not be read: ${file.message}`;
  const parsed = parseMap(file.value.content);
  if (!parsed.ok) return `The template maps/${template}.json has problems; open it and fix them first.`;
  return createAndOpen(store, name, mapFromTemplate(parsed.map, title));
}

/** The map as it is on screen, under a new title and file name; the original file keeps what it had, and its unsaved edits go with the copy. */
export async function saveAs(store: MapStore, title: string, name: string): Promise<Refusal> {
  flushTypedDrafts();
  const state = store.getState();
  if (!state.map || !state.origin) return 'No map is open.';
  const before = state.origin;
  const map = title === state.map.meta.title ? state.map : { ...state.map, meta: { ...state.map.meta, title } };
  const refusal = await createAndOpen(store, name, map);
  if (refusal === null && before.kind === 'server') browserWorkingCopyWriter(workingCopyKey(before)).write(null);
  return refusal;
}

/** A copy of the map on screen as a new file; the original stays as it is, unsaved edits included. */
export async function duplicate(store: MapStore, title: string, name: string): Promise<Refusal> {
  flushTypedDrafts();
  const map = store.getState().map;
  if (!map) return 'No map is open.';
  return createAndOpen(store, name, { ...map, meta: { ...map.meta, title } });
}

/** A new title is an edit like any other; a new file name is saved first (with the title), then the file is renamed. */
export async function rename(store: MapStore, title: string, name: string): Promise<Refusal> {
  flushTypedDrafts();
  const state = store.getState();
  if (!state.map) return 'No map is open.';
  if (title !== state.map.meta.title) {
    state.updateMapMeta({ title });
    const refused = store.getState().refusal;
    if (refused && store.getState().map?.meta.title !== title) return refused.text;
  }
  const origin = store.getState().origin;
  if (origin?.kind !== 'server') return name === '' ? null : 'Only a map in maps/ has a file name to change; save it there first.';
  if (name === origin.name) return null;
  if (!MAP_NAME_PATTERN.test(name)) return BAD_NAME;
  if (isDirty(store.getState())) {
    await createSaveCommands(store).save();
    const after = store.getState();
    if (isDirty(after) || after.save.kind !== 'idle') return 'The map could not be saved before renaming; see the message on the map.';
  }
  const version = store.getState().baseVersion ?? '*';
  const result = await renameMapFile(origin.name, name, version);
  if (!result.ok) return result.message;
  browserWorkingCopyWriter(workingCopyKey(origin)).write(null);
  navigateToMap(name);
  store.getState().announce(`Renamed maps/${origin.name}.json to maps/${name}.json`);
  return null;
}

/** Moves the map's file to the trash in maps/ and opens another map; the picker's Trash can bring it back. */
export async function deleteToTrash(store: MapStore): Promise<Refusal> {
  const state = store.getState();
  if (state.origin?.kind !== 'server') return 'Only a map in maps/ can be moved to the trash.';
  const { name } = state.origin;
  const trashed = await trashMapFile(name, state.baseVersion ?? '*');
  if (!trashed.ok) return trashed.message;
  browserWorkingCopyWriter(workingCopyKey(state.origin)).write(null);
  const list = await listMaps();
  const next = list.ok ? list.value.find((entry) => entry.valid && entry.name !== name) : undefined;
  if (next) navigateToMap(next.name);
  else store.getState().openMap(blankMap('Untitled map'), { kind: 'file', fileName: 'untitled.json' });
  store.getState().announce(`Moved “${trashed.value.title}” (maps/${name}.json) to the trash; “Choose map” → Trash restores it`);
  return null;
}
