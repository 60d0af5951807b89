import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addClaim, deleteClaims, duplicateClaims, setStatus, updateClaim } from '../model/edits/claimEdits.ts';
import { pinClaims, setDirection, unpinClaims } from '../model/edits/layoutEdits.ts';
import { addRelation, deleteRelations, reconnectRelation, updateRelation } from '../model/edits/relationEdits.ts';
import { parseMap } from '../model/parseMap.ts';
import { type ArgumentMap, DIRECTIONS, RELATIONS, STATUSES } from '../model/schema.ts';
import { aChain } from '../model/testBuilders.ts';
import {
  beginTransaction,
  canRedo,
  canUndo,
  commitTransaction,
  cancelTransaction,
  createHistory,
  type History,
  HISTORY_LIMIT,
  record,
  redo,
  undo,
} from './history.ts';

type Edit = (map: ArgumentMap) => ArgumentMap;

function claimAt(map: ArgumentMap, i: number): string {
  return map.nodes.length ? (map.nodes[i % map.nodes.length]?.id ?? '') : '';
}
function relationAt(map: ArgumentMap, i: number): string {
  return map.edges.length ? (map.edges[i % map.edges.length]?.id ?? '') : '';
}
function orSame(map: ArgumentMap, result: { ok: true; map: ArgumentMap } | { ok: false }): ArgumentMap {
  return result.ok ? result.map : map;
}

const index = fc.nat(50);
const anEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }).map((label): Edit => (m) => orSame(m, addClaim(m, { label }))),
  fc.tuple(index, fc.string({ maxLength: 20 })).map(([i, label]): Edit => (m) => orSame(m, updateClaim(m, claimAt(m, i), { label, text: label }))),
  index.map((i): Edit => (m) => deleteClaims(m, [claimAt(m, i)])),
  index.map((i): Edit => (m) => orSame(m, duplicateClaims(m, [claimAt(m, i)]))),
  fc.tuple(index, fc.constantFrom(...STATUSES)).map(([i, status]): Edit => (m) => setStatus(m, [claimAt(m, i)], status)),
  fc.tuple(index, index, fc.constantFrom(...RELATIONS)).map(([i, j, relation]): Edit => (m) =>
    orSame(m, addRelation(m, { source: claimAt(m, i), target: claimAt(m, j), relation })),
  ),
  fc.tuple(index, fc.constantFrom(...RELATIONS), fc.string({ maxLength: 10 })).map(([i, relation, label]): Edit => (m) =>
    orSame(m, updateRelation(m, relationAt(m, i), { relation, label })),
  ),
  fc.tuple(index, index).map(([i, j]): Edit => (m) => orSame(m, reconnectRelation(m, relationAt(m, i), { target: claimAt(m, j) }))),
  index.map((i): Edit => (m) => deleteRelations(m, [relationAt(m, i)])),
  fc.tuple(index, fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })).map(([i, x, y]): Edit => (m) =>
    pinClaims(m, { [claimAt(m, i)]: { x, y } }),
  ),
  index.map((i): Edit => (m) => unpinClaims(m, [claimAt(m, i)])),
  fc.constantFrom(...DIRECTIONS).map((direction): Edit => (m) => setDirection(m, direction)),
);

describe('history', () => {
  it('undoes and redoes a simple step', () => {
    const start = aChain('a', 'b');
    const edited = setStatus(start, ['a'], 'refuted');
    let history = record(createHistory(start), edited);
    expect(canUndo(history)).toBe(true);
    expect(canRedo(history)).toBe(false);
    history = undo(history);
    expect(history.present).toBe(start);
    expect(canRedo(history)).toBe(true);
    history = redo(history);
    expect(history.present).toBe(edited);
  });

  it('makes an unchanged map no step', () => {
    const start = aChain('a');
    const history = createHistory(start);
    expect(record(history, start)).toBe(history);
    expect(canUndo(history)).toBe(false);
    expect(undo(history)).toEqual(history);
  });

  it('drops the redo branch when a new step is recorded after an undo', () => {
    const start = aChain('a');
    const one = setStatus(start, ['a'], 'refuted');
    const two = setStatus(start, ['a'], 'supported');
    const history = record(undo(record(createHistory(start), one)), two);
    expect(canRedo(history)).toBe(false);
    expect(undo(history).present).toBe(start);
  });

  it('turns a whole drag into one step', () => {
    const start = aChain('a', 'b');
    let history = beginTransaction(createHistory(start));
    for (let x = 0; x < 30; x++) history = record(history, pinClaims(history.present, { a: { x, y: x } }));
    history = commitTransaction(history);
    expect(history.past).toHaveLength(1);
    expect(history.present.nodes[0]?.position).toEqual({ x: 29, y: 29 });
    expect(undo(history).present).toBe(start);
  });

  it('records nothing for a gesture that changed nothing, and cancel returns to the start', () => {
    const start = aChain('a');
    expect(commitTransaction(beginTransaction(createHistory(start))).past).toHaveLength(0);
    const moved = record(beginTransaction(createHistory(start)), pinClaims(start, { a: { x: 5, y: 5 } }));
    const cancelled = cancelTransaction(moved);
    expect(cancelled.present).toBe(start);
    expect(cancelled.past).toHaveLength(0);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let history: History<ArgumentMap> = createHistory(aChain('a'));
    const steps: ArgumentMap[] = [history.present];
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      history = record(history, pinClaims(history.present, { a: { x: i + 1, y: 0 } }));
      steps.push(history.present);
    }
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) history = undo(history);
    expect(history.present).toBe(steps[20]);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
  });

  it('gives back the original map after any edits and as many undos, and redo replays them exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anEdit, { minLength: 1, maxLength: 3 }), { maxLength: 40 }), (groups) => {
        const original = aChain('a', 'b', 'c', 'd');
        const snapshot = structuredClone(original);
        let history = createHistory(original);
        const presents: ArgumentMap[] = [];
        for (const group of groups) {
          if (group.length > 1) history = beginTransaction(history);
          for (const edit of group) history = record(history, edit(history.present));
          history = commitTransaction(history);
          presents.push(history.present);
        }
        const final = history.present;
        const finalSnapshot = structuredClone(final);
        expect(parseMap(final).ok).toBe(true);
        for (let i = 0; i < groups.length; i++) history = undo(history);
        expect(history.present).toEqual(snapshot);
        expect(original).toEqual(snapshot);
        for (let i = 0; i < groups.length; i++) history = redo(history);
        expect(history.present).toEqual(finalSnapshot);
        expect(history.present).toBe(final);
      }),
      { numRuns: 300 },
    );
  });
});
