// The map file's request started by index.html before any module loads (and, in a build, its reading and layout in the layout worker), handed to the page once.
import { HOST_PROBE_FILE, type HostProbe } from './hostProbe.ts';
import type { LayoutResponse } from './layoutWorkerProtocol.ts';
import { DEFAULT_MAP_NAME, MAP_PARAM } from './mapRoute.ts';

const KEY = 'causewayEarlyMap';

/** The layout worker's answer to the early `read` of the map file, with the file text it read. */
export interface EarlyRead {
  text: string;
  answer: LayoutResponse;
}

interface EarlyMap {
  name: string;
  /** What the site's probe file said (hostProbe.ts), asked first so a plain web host is never asked for /api/…. */
  host?: Promise<HostProbe>;
  /** null when the site said it has no maps API. */
  response?: Promise<Response | null>;
  /** The layout worker index.html started; `failed` once it reported an error (it is then not reused). */
  worker?: Worker;
  failed?: boolean;
  /** null when there was nothing to read (no file from the API) or the worker failed. */
  read?: Promise<EarlyRead | null>;
}

/** `/api/maps/NAME`, as fetchMapFile asks for it. */
export function mapApiUrl(name: string): string {
  return `/api/maps/${encodeURIComponent(name)}`;
}

/**
 * A classic script for index.html's head (the build inlines it): it asks for the routed map while the page's
 * JavaScript and fonts still download, instead of after the entry module ran. Mirrors currentMapName and mapApiUrl.
 * Given the layout worker's address (a build knows it), it also starts that worker and, once the file is in,
 * has it read (parseMap) and lay out (layoutMap, up to `layoutUpTo` claims) the map while the page's own
 * script downloads, compiles and renders: on the page's thread that first, cold layout took ~110 ms.
 */
export function earlyMapFetchScript(workerUrl: string | null, layoutUpTo: number): string {
  const start = `{const n=new URLSearchParams(location.search).get(${JSON.stringify(MAP_PARAM)})||${JSON.stringify(DEFAULT_MAP_NAME)};`
    + `const h=fetch(${JSON.stringify(`/${HOST_PROBE_FILE}`)},{headers:{accept:"application/json"}}).then((x)=>x.ok?x.json():null).then((b)=>b&&typeof b.mapsApi==="boolean"?b.mapsApi:null,()=>null);`
    + `const r=h.then((a)=>a===false?null:fetch("/api/maps/"+encodeURIComponent(n),{headers:{accept:"application/json"}}));r.catch(()=>{});`
    + `const e={name:n,host:h,response:r};window[${JSON.stringify(KEY)}]=e;`;
  if (workerUrl === null) return `${start}}`;
  return `${start}if(typeof Worker==="function")try{`
    + `const w=new Worker(${JSON.stringify(workerUrl)},{type:"module",name:"causeway-layout"});e.worker=w;`
    + `w.addEventListener("error",()=>{e.failed=true;});`
    + `e.read=r.then((x)=>x&&x.ok?x.clone().json():null).then((b)=>b&&typeof b.content==="string"&&!e.failed?new Promise((d)=>{`
    + `w.addEventListener("error",()=>d(null));`
    + `w.addEventListener("message",function f(m){if(m.data.id===0&&m.data.type!=="progress"){w.removeEventListener("message",f);d({text:b.content,answer:m.data});}});`
    + `w.postMessage({id:0,type:"read",text:b.content,layoutUpTo:${JSON.stringify(layoutUpTo)}});`
    + `}):null).catch(()=>null);`
    + `}catch{}}`;
}

function early(): EarlyMap | undefined {
  return (window as unknown as Record<string, EarlyMap | undefined>)[KEY];
}

/** What the site's probe file said, as index.html asked it (null when it did not run). */
export function earlyHostProbe(): Promise<HostProbe> | undefined {
  return early()?.host;
}

/**
 * The early request's response if it asked for `name`, handed out once (a later open must see the file as it is then);
 * it resolves to null where the site said it has no maps API.
 */
export function takeEarlyMapResponse(name: string): Promise<Response | null> | null {
  const started = early();
  if (!started?.response) return null;
  const { response } = started;
  started.response = undefined;
  return started.name === name ? response : null;
}

/** The early read of map `name` in the layout worker, handed out once; compare its text with the file the page got. */
export function takeEarlyMapRead(name: string): Promise<EarlyRead | null> | null {
  const started = early();
  if (!started?.read) return null;
  const { read } = started;
  started.read = undefined;
  return started.name === name ? read : null;
}

/** The layout worker index.html started, for the page to keep using (once), unless it failed. Its own requests use id 0. */
export function takeEarlyLayoutWorker(): Worker | null {
  const started = early();
  const worker = started?.worker;
  if (!started || !worker) return null;
  started.worker = undefined;
  if (!started.failed) return worker;
  worker.terminate();
  return null;
}
