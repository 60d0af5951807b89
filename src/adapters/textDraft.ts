// The Text panel's typed Argdown per map, kept in the browser as it is typed, so a reload finds even a broken text.

/** What the panel held, and the map's own text when it was typed: the draft only applies to that same map. */
export interface TextDraft {
  text: string;
  basedOn: string;
}

const PREFIX = 'causeway:argdown-draft:';

/** The draft kept for `key` (a working-copy key), or null; storage turned off reads as nothing kept. */
export function readTextDraft(key: string): TextDraft | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return null;
    const value = JSON.parse(raw) as Partial<TextDraft>;
    return typeof value.text === 'string' && typeof value.basedOn === 'string' ? { text: value.text, basedOn: value.basedOn } : null;
  } catch {
    return null;
  }
}

/** Keeps the draft, or forgets it (null). Says whether the browser kept it (storage may be full or turned off). */
export function writeTextDraft(key: string, draft: TextDraft | null): boolean {
  try {
    if (draft === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
