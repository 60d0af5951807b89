// The version tag (ETag) of a map file: a hash of its bytes, so any change is seen even when size and mtime stay the same.
import { type Hash, createHash } from 'node:crypto';

function tagOf(hash: Hash): string {
  return `"${hash.digest('base64url')}"`;
}

export function versionTag(content: string | Uint8Array): string {
  return tagOf(createHash('sha256').update(content));
}

/** The same tag, hashed piece by piece, so a file of any size costs no more memory than one piece. */
export async function versionTagOfChunks(chunks: AsyncIterable<string | Uint8Array>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of chunks) hash.update(chunk);
  return tagOf(hash);
}

/**
 * Whether an `If-Match` header names this tag. Strong comparison (RFC 9110): weak tags (`W/"…"`) never match;
 * `*` matches any existing file. A bare unquoted tag is accepted because hand-written clients forget the quotes.
 */
export function ifMatchAccepts(header: string, tag: string): boolean {
  return header.split(',').some((part) => {
    const candidate = part.trim();
    if (candidate === '*') return true;
    if (candidate.startsWith('W/')) return false;
    return candidate === tag || `"${candidate}"` === tag;
  });
}
