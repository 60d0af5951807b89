// Lets through only the app's own pages (and non-browser tools): refuses other web pages by Origin, Sec-Fetch-Site or Referer, and DNS rebinding by Host.
import type { IncomingHttpHeaders } from 'node:http';

/** Always allowed: the names a browser uses for this machine. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** A Host header is a name or bracketed IPv6 address and an optional port; anything else (`a@b`, `a/b`) is refused. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::(\d{1,5}))?$/i;

/** `.example.com` allows example.com and its subdomains, as in Vite's `allowedHosts`. */
export function hostnameAllowed(hostname: string, allowedHosts: readonly string[]): boolean {
  const name = hostname.toLowerCase();
  return [...LOOPBACK_HOSTS, ...allowedHosts].some((entry) => {
    const allowed = entry.toLowerCase();
    if (allowed.startsWith('.')) return name === allowed.slice(1) || name.endsWith(allowed);
    return name === allowed || (allowed === '::1' && name === '[::1]');
  });
}

/** `host:port` as the given scheme writes it (default port dropped), or undefined when the header is not a plain host. */
function normalHost(hostHeader: string, protocol: string): string | undefined {
  if (!HOST_HEADER.test(hostHeader)) return undefined;
  try {
    return new URL(`${protocol}//${hostHeader}`).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Whether `url` (an Origin or Referer) names this server as the Host header does. */
export function sameOrigin(url: string, hostHeader: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.host.toLowerCase() === normalHost(hostHeader, parsed.protocol);
}

/**
 * Why this request must be refused, or undefined when it may go on. Browsers always send Origin on a PUT and on
 * any cross-origin fetch; a same-origin GET may come without it, and then Sec-Fetch-Site and Referer are checked.
 * A request with none of these comes from a tool such as curl, which a web page cannot impersonate.
 */
export function foreignRequestReason(headers: IncomingHttpHeaders, allowedHosts: readonly string[]): string | undefined {
  const host = headers.host;
  const match = host === undefined ? null : HOST_HEADER.exec(host);
  if (host === undefined || !match) return 'the request has no valid Host header';
  const hostname = match[1] as string;
  if (!hostnameAllowed(hostname, allowedHosts)) {
    return `the host ${JSON.stringify(hostname)} is not this app's (allowed: ${[...LOOPBACK_HOSTS, ...allowedHosts].join(', ')})`;
  }
  const origin = headers.origin;
  if (origin !== undefined) {
    return sameOrigin(origin, host) ? undefined : `requests from ${JSON.stringify(origin)} may not use the maps API`;
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `a ${site} request may not use the maps API`;
  }
  const referer = headers.referer;
  if (referer !== undefined && !sameOrigin(referer, host)) return 'requests from other pages may not use the maps API';
  return undefined;
}
