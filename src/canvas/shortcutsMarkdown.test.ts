// The README's shortcut table is the help panel's table: a new or changed shortcut fails here until the README says it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shortcutsMarkdown } from './shortcutsMarkdown.ts';

describe('shortcutsMarkdown', () => {
  it('is the table between the README shortcut markers', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = /<!-- shortcuts:start -->\n([\s\S]*?)\n<!-- shortcuts:end -->/.exec(readme)?.[1];
    expect(section).toBe(shortcutsMarkdown());
  });
});
