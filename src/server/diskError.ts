// Turns a failed disk operation (EACCES, ENOSPC, EROFS…) into an HTTP refusal with a plain sentence.
import { HttpError } from './httpResponse.ts';

function errorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** `shown` names the file as the user knows it (`maps/x.json`); every sentence says the old file is intact. */
export function diskWriteError(error: unknown, shown: string): HttpError {
  const code = errorCode(error);
  const unchanged = `${shown} was not saved; the file on disk is unchanged.`;
  switch (code) {
    case 'ENOSPC':
      return new HttpError(507, `The disk is full: ${unchanged}`, { code });
    case 'EDQUOT':
      return new HttpError(507, `The disk quota is used up: ${unchanged}`, { code });
    case 'EFBIG':
      return new HttpError(507, `The system refused a file this large: ${unchanged}`, { code });
    case 'EACCES':
    case 'EPERM':
      return new HttpError(403, `The server is not allowed to write in the maps folder (permission denied): ${unchanged}`, { code });
    case 'EROFS':
      return new HttpError(403, `The maps folder is on a read-only disk: ${unchanged}`, { code });
    case 'EMFILE':
    case 'ENFILE':
      return new HttpError(503, `The server has too many files open; try again: ${unchanged}`, { code });
    case 'ENOENT':
    case 'ENOTDIR':
      return new HttpError(500, `The maps folder is missing: ${unchanged}`, { code });
    default:
      return new HttpError(500, `Writing failed${code ? ` (${code})` : ''}: ${unchanged}`, code ? { code } : {});
  }
}
