// The caret keeps its place when the canvas rewrites the text around it.
import { describe, expect, it } from 'vitest';
import { carryCaret } from './carryCaret.ts';

describe('carryCaret', () => {
  it('stays put when the change is after it', () => {
    expect(carryCaret('[a]: A\n[b]: B', '[a]: A\n[b]: Bee', 3)).toBe(3);
  });

  it('moves by the length of a change before it', () => {
    expect(carryCaret('[a]: A\n[b]: B', '[a]: Alpha\n[b]: B', 12)).toBe(16);
  });

  it('stays inside a changed stretch it was in, never past it', () => {
    expect(carryCaret('[a]: Apple', '[a]: Ax', 8)).toBe(7);
    expect(carryCaret('abc', 'abc', 2)).toBe(2);
  });
});
