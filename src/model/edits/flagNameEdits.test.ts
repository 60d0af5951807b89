import { describe, expect, it } from 'vitest';
import { aMap } from '../testBuilders.ts';
import { setFlagName } from './flagNameEdits.ts';

describe('setFlagName', () => {
  const map = aMap([]);

  it('names the flag, trimmed', () => {
    const named = setFlagName(map, '  Pretext ');
    expect(named.ok && named.map.meta.flagName).toBe('Pretext');
    expect(map.meta.flagName).toBeUndefined();
  });

  it('leaves the field out when emptied or set to the default name', () => {
    const named = setFlagName(map, 'Pretext');
    for (const text of ['', '  ', 'Rests on a refuted assumption']) {
      const back = named.ok ? setFlagName(named.map, text) : named;
      expect(back.ok && 'flagName' in back.map.meta).toBe(false);
    }
    expect(setFlagName(map, '')).toEqual({ ok: true, map });
  });

  it('refuses an invisible or overlong name with the reason', () => {
    expect(setFlagName(map, '\u200B')).toEqual({ ok: false, reason: 'The flag’s name must contain a visible character.' });
    expect(setFlagName(map, 'w'.repeat(61))).toEqual({ ok: false, reason: 'The flag’s name must be at most 60 characters.' });
  });
});
