// Finds the map command a key press asks for, by reading the chords of the shortcut table (Ctrl also means Cmd).
import { SHORTCUT_GROUPS, type MapCommand, type ShortcutGroup } from './shortcuts.ts';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Chord {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parseChord(chord: string): Chord {
  const parts = chord.split('+');
  const key = parts.at(-1) ?? chord;
  const modifiers = new Set(parts.slice(0, -1));
  return { ctrl: modifiers.has('Ctrl'), shift: modifiers.has('Shift'), alt: modifiers.has('Alt'), key };
}

/** Letters compare without case (Shift is a modifier of its own); named keys such as 'Delete' compare as written. */
export function chordMatches(chord: string, press: KeyPress): boolean {
  const wanted = parseChord(chord);
  const sameKey = wanted.key.length === 1 ? press.key.toLowerCase() === wanted.key.toLowerCase() : press.key === wanted.key;
  return (
    sameKey &&
    wanted.ctrl === (press.ctrlKey || press.metaKey) &&
    wanted.shift === press.shiftKey &&
    wanted.alt === press.altKey
  );
}

export function commandFor(press: KeyPress, groups: readonly ShortcutGroup[] = SHORTCUT_GROUPS): MapCommand | undefined {
  for (const group of groups) {
    for (const shortcut of group.shortcuts) {
      if (shortcut.command && shortcut.keys.some((chord) => chordMatches(chord, press))) return shortcut.command;
    }
  }
  return undefined;
}
