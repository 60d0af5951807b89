// Reads a request body as UTF-8 text within a byte limit and a time limit, never holding more than the limit.
import type { IncomingMessage } from 'node:http';
import { ClientGone, HttpError } from './httpResponse.ts';

export interface BodyLimits {
  maxBytes: number;
  /** The whole body must arrive within this time, so a trickling client cannot hold the server. */
  timeoutMs: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<string> {
  const tooLarge = new HttpError(413, `the body is larger than ${megabytes(limits.maxBytes)}; a map file may be at most 5 MB`);
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limits.maxBytes) return Promise.reject(tooLarge);
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'identity') {
    return Promise.reject(new HttpError(415, `send the map uncompressed (not ${JSON.stringify(encoding)})`));
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
      outcome();
    };
    const fail = (error: Error): void => {
      finish(() => reject(error));
      req.pause();
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limits.maxBytes) return fail(tooLarge);
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      finish(() => {
        try {
          resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
        } catch {
          reject(new HttpError(400, 'the body is not UTF-8 text'));
        }
      });
    };
    const onGone = (): void => fail(new ClientGone());
    const timer = setTimeout(
      () => fail(new HttpError(408, `the body did not arrive within ${limits.timeoutMs / 1000} s`)),
      limits.timeoutMs,
    );
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}
