// The shortcut table: status keys are the status buttons' own, and no key means two things in one group.
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../model/schema.ts';
import { HELP_KEY, SHORTCUT_GROUPS } from './shortcuts.ts';
import { STATUS_KEYS } from './StatusButtons.tsx';

describe('SHORTCUT_GROUPS', () => {
  const editing = SHORTCUT_GROUPS.find((group) => group.title === 'Editing');

  it('lists the status keys the status buttons use', () => {
    for (const status of STATUSES) {
      expect(editing?.shortcuts.find((s) => s.action.endsWith(status))?.keys).toEqual([STATUS_KEYS[status].toUpperCase()]);
    }
  });

  it('lists the help key itself', () => {
    expect(SHORTCUT_GROUPS.flatMap((g) => g.shortcuts).some((s) => s.keys.includes(HELP_KEY))).toBe(true);
  });

  it('gives each chord one action per group, except Enter, which renames only once a node is selected', () => {
    for (const group of SHORTCUT_GROUPS) {
      const chords = group.shortcuts.flatMap((s) => s.keys).filter((k) => k !== 'Enter');
      expect(new Set(chords).size, group.title).toBe(chords.length);
      for (const shortcut of group.shortcuts) expect(shortcut.action.trim()).not.toBe('');
    }
  });
});
