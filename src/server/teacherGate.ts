// On a classroom network the maps API is the teacher's alone: requests from other devices need the teacher's secret.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fromThisMachine } from './networkAddresses.ts';

export const TEACHER_COOKIE = 'causeway-teacher';

export interface TeacherGate {
  /** The secret in the teacher's link (`/?teacher=SECRET`); print it only to the teacher's own console. */
  secret: string;
  /** Whether this request may read or write maps: from this machine, or carrying the secret (cookie or bearer token). */
  allows(req: IncomingMessage): boolean;
  /** Answers `/?teacher=SECRET` by setting the cookie and sending the browser on to `/`; false for any other request. */
  handleTeacherLink(req: IncomingMessage, res: ServerResponse): boolean;
}

function equalSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function createTeacherGate(options: { secret?: string; isThisMachine?: (remote: string | undefined) => boolean } = {}): TeacherGate {
  const secret = options.secret ?? randomBytes(18).toString('base64url');
  const isThisMachine = options.isThisMachine ?? fromThisMachine;
  const carriesSecret = (req: IncomingMessage) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return equalSecret(bearer, secret) || equalSecret(cookieValue(req.headers.cookie, TEACHER_COOKIE), secret);
  };
  return {
    secret,
    allows: (req) => isThisMachine(req.socket.remoteAddress) || carriesSecret(req),
    handleTeacherLink(req, res) {
      if (req.method !== 'GET') return false;
      const url = new URL(req.url ?? '/', 'http://x');
      const given = url.searchParams.get('teacher');
      if (url.pathname !== '/' || given === null) return false;
      if (!equalSecret(given, secret)) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('This teacher link is not valid for this server.\n');
        return true;
      }
      url.searchParams.delete('teacher');
      res.writeHead(303, {
        location: `/${url.search}`,
        // HttpOnly: page scripts never see it; SameSite=Strict: another site's page cannot send it along.
        'set-cookie': `${TEACHER_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Strict`,
        'cache-control': 'no-store',
      });
      res.end();
      return true;
    },
  };
}
