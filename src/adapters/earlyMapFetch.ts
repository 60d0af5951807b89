// The map file's request started by index.html before any module loads, and handing its response to the maps client once.
import { DEFAULT_MAP_NAME, MAP_PARAM } from './mapRoute.ts';

const KEY = 'causewayEarlyMap';

interface EarlyMap {
  name: string;
  response: Promise<Response>;
}

/** `/api/maps/NAME`, as fetchMapFile asks for it. */
export function mapApiUrl(name: string): string {
  return `/api/maps/${encodeURIComponent(name)}`;
}

/**
 * A classic script for index.html's head (the build inlines it): it asks for the routed map while the page's
 * JavaScript and fonts still download, instead of after the entry module ran. Mirrors currentMapName and mapApiUrl.
 */
export const EARLY_MAP_FETCH_SCRIPT = `{const n=new URLSearchParams(location.search).get(${JSON.stringify(MAP_PARAM)})||${JSON.stringify(DEFAULT_MAP_NAME)};`
  + `const r=fetch("/api/maps/"+encodeURIComponent(n),{headers:{accept:"application/json"}});r.catch(()=>{});`
  + `window[${JSON.stringify(KEY)}]={name:n,response:r};}`;

/** The early request's response if it asked for `name`, handed out once (a later open must see the file as it is then). */
export function takeEarlyMapResponse(name: string): Promise<Response> | null {
  const holder = window as unknown as Record<string, EarlyMap | undefined>;
  const early = holder[KEY];
  if (!early) return null;
  holder[KEY] = undefined;
  return early.name === name ? early.response : null;
}
