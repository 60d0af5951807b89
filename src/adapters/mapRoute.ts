// The map named in the address bar (?map=NAME): read it, change it without reloading, and hear about changes.
export const MAP_PARAM = 'map';
/** The map shown when the address names none. */
export const DEFAULT_MAP_NAME = 'korean-war-escalation';
const CHANGE_EVENT = 'causeway:map-route';

export function currentMapName(): string | null {
  const name = new URLSearchParams(window.location.search).get(MAP_PARAM);
  return name === null || name === '' ? null : name;
}

export function mapUrl(name: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set(MAP_PARAM, name);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function navigateToMap(name: string): void {
  if (currentMapName() === name) return;
  window.history.pushState(null, '', mapUrl(name));
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
