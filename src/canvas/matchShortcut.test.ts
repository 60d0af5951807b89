// Key presses find the command the shortcut table gives them, with Cmd standing in for Ctrl and Shift told apart.
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../model/schema.ts';
import { chordMatches, commandFor, type KeyPress } from './matchShortcut.ts';
import { SHORTCUT_GROUPS } from './shortcuts.ts';
import { STATUS_KEYS } from './StatusButtons.tsx';

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('chordMatches', () => {
  it('matches a letter in either case, and Ctrl or Cmd for Ctrl', () => {
    expect(chordMatches('Ctrl+Z', press('z', { ctrlKey: true }))).toBe(true);
    expect(chordMatches('Ctrl+Z', press('Z', { metaKey: true }))).toBe(true);
    expect(chordMatches('N', press('n'))).toBe(true);
  });

  it('tells chords apart by their modifiers', () => {
    expect(chordMatches('Ctrl+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(chordMatches('Ctrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(chordMatches('N', press('n', { ctrlKey: true }))).toBe(false);
    expect(chordMatches('N', press('N', { shiftKey: true }))).toBe(false);
    expect(chordMatches('Ctrl+D', press('d', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('compares named keys as written', () => {
    expect(chordMatches('Delete', press('Delete'))).toBe(true);
    expect(chordMatches('Delete', press('delete'))).toBe(false);
    expect(chordMatches('Enter', press('Escape'))).toBe(false);
  });
});

describe('commandFor', () => {
  it('finds every command the table lists, from each of its chords', () => {
    const listed = SHORTCUT_GROUPS.flatMap((group) => group.shortcuts).filter((shortcut) => shortcut.command);
    expect(listed.length).toBeGreaterThan(10);
    for (const shortcut of listed) {
      for (const chord of shortcut.keys) {
        const parts = chord.split('+');
        const key = parts.at(-1) ?? chord;
        const modifiers = { ctrlKey: parts.includes('Ctrl'), shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt') };
        expect(commandFor(press(key.length === 1 ? key.toLowerCase() : key, modifiers)), chord).toBe(shortcut.command);
      }
    }
  });

  it('gives redo for both of its chords and undo for plain Ctrl+Z', () => {
    expect(commandFor(press('z', { ctrlKey: true }))).toBe('undo');
    expect(commandFor(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(commandFor(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('marks each status with the status buttons’ own key', () => {
    for (const status of STATUSES) expect(commandFor(press(STATUS_KEYS[status]))).toBe(`mark:${status}`);
  });

  it('leaves keys the table does not give the map alone', () => {
    expect(commandFor(press('x'))).toBeUndefined();
    expect(commandFor(press('f', { ctrlKey: true }))).toBeUndefined();
    expect(commandFor(press('ArrowUp'))).toBeUndefined();
    expect(commandFor(press(' '))).toBeUndefined();
  });
});
