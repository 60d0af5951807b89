// The map named in the address bar (?map=NAME, or ?file=NAME.json for a file opened from disk): read it, change it without reloading, and hear about changes.
export const MAP_PARAM = 'map';
export const FILE_PARAM = 'file';
/** The map shown when the address names none. */
export const DEFAULT_MAP_NAME = 'korean-war-escalation';
const CHANGE_EVENT = 'causeway:map-route';

export function currentMapName(): string | null {
  const name = new URLSearchParams(window.location.search).get(MAP_PARAM);
  return name === null || name === '' ? null : name;
}

/** The file opened from disk that the address names, when it names no map in maps/. */
export function currentFileName(): string | null {
  const params = new URLSearchParams(window.location.search);
  const name = params.get(FILE_PARAM);
  return params.get(MAP_PARAM) || name === null || name === '' ? null : name;
}

/** The address naming `value` under `param` (and nothing else of the other kind, nor a step of the map before). */
function routeUrl(param: string, value: string): string {
  const url = new URL(window.location.href);
  for (const other of [MAP_PARAM, FILE_PARAM, 'step']) url.searchParams.delete(other);
  url.searchParams.set(param, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function mapUrl(name: string): string {
  return routeUrl(MAP_PARAM, name);
}

export function navigateToMap(name: string): void {
  if (currentMapName() === name) return;
  window.history.pushState(null, '', mapUrl(name));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Says in the address that a file from disk is open, so a reload shows it rather than the map the address named before. */
export function navigateToFile(fileName: string): void {
  if (currentFileName() === fileName) return;
  window.history.pushState(null, '', routeUrl(FILE_PARAM, fileName));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function subscribeToMapRoute(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE_EVENT, listener);
  };
}
