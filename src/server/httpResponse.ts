// JSON responses of the maps API, and HttpError: a refusal that carries its status, sentence and extra JSON fields.
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The client hung up; there is nobody to answer. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection');
    this.name = 'ClientGone';
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/**
 * Answers with the error. When the request was not read to its end the socket is closed once the answer is out,
 * so a huge or stalled upload stops at once instead of being drained.
 */
export function sendError(req: IncomingMessage, res: ServerResponse, error: HttpError): void {
  if (!req.complete) {
    res.once('finish', () => req.socket.destroy());
    sendJson(res, error.status, { error: error.message, ...error.fields }, { ...error.headers, connection: 'close' });
    return;
  }
  sendJson(res, error.status, { error: error.message, ...error.fields }, error.headers);
}
