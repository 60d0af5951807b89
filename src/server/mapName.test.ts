import { describe, expect, it } from 'vitest';
import { mapNameOfFile, parseMapName } from './mapName.ts';

describe('parseMapName', () => {
  it('accepts plain slugs, decoded', () => {
    expect(parseMapName('korean-war-1950')).toEqual({ ok: true, name: 'korean-war-1950' });
    expect(parseMapName('%6b%6f%72%65%61')).toEqual({ ok: true, name: 'korea' });
  });

  it('refuses traversal, separators, NUL, absolute paths, device names and bad encoding', () => {
    for (const raw of ['..', '%2e%2e%2fx', 'a%2fb', 'a%5cb', '%2fetc', 'C:', 'x%00', 'nul', 'LPT1', 'Map', '%', '%E0%A4%A', '']) {
      expect(parseMapName(raw).ok, raw).toBe(false);
    }
  });

  it('says what a name may hold, quoting the refused one safely', () => {
    expect(parseMapName('%3Cscript%3E')).toEqual({
      ok: false,
      error: '"<script>" is not a map name: use lowercase letters, digits and single hyphens (at most 100)',
    });
    expect(parseMapName('%ZZ')).toEqual({ ok: false, error: 'the map name is not valid percent-encoding' });
  });
});

describe('mapNameOfFile', () => {
  it('names only slug.json files', () => {
    expect(mapNameOfFile('escalation.json')).toBe('escalation');
    for (const file of ['.escalation.json.ab12.tmp', 'Escalation.json', 'escalation.JSON', 'escalation', 'nul.json']) {
      expect(mapNameOfFile(file), file).toBeUndefined();
    }
  });
});
