// The seed map: valid, in its stable file form, quoting the paper verbatim, and shaped as the paper argues.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itWithShared } from '../testing/sharedDataTests.ts';
import type { ArgumentMap, RelationKind } from './schema.ts';
import { serializeMap } from './serializeMap.ts';
import { SEED_MAP_FILE, loadSeedMap } from './testSeedMap.ts';

/** The paper's text is not in the repository: it sits in the team's shared data, beside it (see sharedData.ts). */
const SEED_TEXT = 'seed/wells-2009-korean-war-miscalculation.txt';

const fileText = readFileSync(SEED_MAP_FILE, 'utf8');

function sourcesOf(map: ArgumentMap, target: string, relation: RelationKind): string[] {
  return map.edges.filter((e) => e.target === target && e.relation === relation).map((e) => e.source);
}

describe('the seed map maps/korean-war-escalation.json', () => {
  const map = loadSeedMap();
  const byId = new Map(map.nodes.map((claim) => [claim.id, claim]));

  it('is already in the stable form serializeMap writes', () => {
    expect(serializeMap(map)).toBe(fileText);
  });

  it('gives every node a source with a quote and a locator', () => {
    for (const claim of map.nodes) {
      expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      for (const source of claim.sources) {
        expect(source.quote.length, claim.id).toBeGreaterThan(0);
        expect(source.locator, claim.id).toBeTruthy();
      }
    }
  });

  itWithShared('quotes the paper verbatim in every source of every node', SEED_TEXT, (file) => {
    const seedText = readFileSync(file, 'utf8');
    for (const claim of map.nodes) {
      for (const source of claim.sources) expect(seedText, `${claim.id}: ${source.quote}`).toContain(source.quote);
    }
  });

  it('keeps labels short enough for the canvas', () => {
    for (const claim of map.nodes) expect(claim.label.length, claim.id).toBeLessThanOrEqual(90);
  });

  it('has a supported node refuting every refuted node', () => {
    const refuted = map.nodes.filter((claim) => claim.status === 'refuted');
    expect(refuted.length).toBeGreaterThanOrEqual(4);
    for (const claim of refuted) {
      const refuters = sourcesOf(map, claim.id, 'refutes').map((id) => byId.get(id)?.status);
      expect(refuters, claim.id).toContain('supported');
    }
  });

  it('lets the refuted U.S. assumptions motivate the buildup', () => {
    const motives = sourcesOf(map, 'nsc68-buildup', 'motivates');
    expect(motives).toEqual(expect.arrayContaining(['stalin-drove-invasion', 'stalin-probe-of-west']));
    for (const id of motives) {
      expect(byId.get(id)).toMatchObject({ kind: 'assumption', status: 'refuted' });
    }
  });

  it('starts the causal chain at the invasion of 25 June 1950', () => {
    expect(byId.get('north-korean-invasion')).toMatchObject({ kind: 'event', date: '1950-06-25' });
    expect(sourcesOf(map, 'north-korean-invasion', 'causes')).toEqual([]);
    expect(byId.get('stalin-agreed-jan-1950')?.date).toBe('1950-01');
  });

  it('reaches the escalation and every consequence of the buildup from the invasion by causes links', () => {
    const reached = new Set(['north-korean-invasion']);
    const queue = ['north-korean-invasion'];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const edge of map.edges) {
        if (edge.relation === 'causes' && edge.source === id && !reached.has(edge.target)) {
          reached.add(edge.target);
          queue.push(edge.target);
        }
      }
    }
    for (const id of [
      'nsc68-buildup', 'nato-integrated-force', 'us-presence-europe', 'sac-tripled', 'bomber-basing-rights',
      'nato-nuclear-strategy', 'cia-covert-expansion', 'soviet-strategic-expansion', 'cold-war-escalation',
    ]) {
      expect(reached, id).toContain(id);
    }
  });

  it('supports the theses from the archives and their findings', () => {
    expect(sourcesOf(map, 'thesis-assumptions-flawed', 'supports')).toEqual(
      expect.arrayContaining(['archival-records', 'stalin-reluctant', 'stalin-main-concern-japan']),
    );
    expect(sourcesOf(map, 'thesis-buildup-escalated', 'supports')).toContain('archival-records');
  });
});
