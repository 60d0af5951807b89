import { describe, expect, it } from 'vitest';
import { applyWhatIf } from './applyWhatIf.ts';
import { evaluateMap } from './evaluateMap.ts';
import { outlineItems, outlineMarkdown } from './outline.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';
import { loadSeedMap } from './testSeedMap.ts';

const map = aMap(
  [
    aClaim('nato', { kind: 'event', label: 'NATO integrated under a unified command', status: 'supported' }),
    aClaim('buildup', {
      kind: 'event',
      label: 'NSC 68 buildup',
      status: 'supported',
      date: '1950',
      text: 'The buildup.\n\n- It was *massive*.',
      sources: [{ citation: 'Wells 2009', quote: 'a massive U.S. military buildup', locator: 'para. 1' }],
    }),
    aClaim('belief', { kind: 'assumption', label: 'Stalin probed Western will', status: 'refuted' }),
    aClaim('archive', { kind: 'evidence', label: 'Archives', status: 'supported' }),
  ],
  [aRelation('buildup', 'nato'), aRelation('belief', 'buildup', { relation: 'motivates', label: 'the reason given' }), aRelation('archive', 'belief', { relation: 'refutes' })],
  { meta: { title: 'Test *map*', source: { author: 'Samuel Wells', title: 'The Korean War', place: 'Geneva', date: '2009' } } },
);

describe('outlineItems', () => {
  const items = outlineItems(map);

  it('lists every claim once in step order, numbered from 1', () => {
    expect(items.map((item) => [item.step, item.id])).toEqual([
      [1, 'archive'],
      [2, 'belief'],
      [3, 'buildup'],
      [4, 'nato'],
    ]);
  });

  it('writes out each link in both directions, with the file’s link label and whether it is broken', () => {
    const buildup = items.find((item) => item.id === 'buildup');
    expect(buildup?.links.map((l) => [l.text, l.note, l.broken])).toEqual([
      ['motivated by ← Stalin probed Western will', 'the reason given', true],
      ['causes → NATO integrated under a unified command', undefined, false],
    ]);
  });

  it('carries the claim’s fields, sources and flags with their reasons', () => {
    const nato = items.find((item) => item.id === 'nato');
    expect(nato?.flags).toEqual([
      {
        kind: 'restsOnMiscalculation',
        title: 'Wholly: Rests on a miscalculation',
        reasons: ['rests on: Stalin probed Western will (refuted) → motivates → NSC 68 buildup → causes → NATO integrated under a unified command'],
      },
    ]);
    const buildup = items.find((item) => item.id === 'buildup');
    expect(buildup).toMatchObject({ kind: 'event', status: 'supported', date: '1950', text: 'The buildup.\n\n- It was *massive*.', sources: map.nodes[1]?.sources });
  });

  it('shows the flags of the evaluation it is given, e.g. a what-if one', () => {
    const whatIf = evaluateMap(applyWhatIf(map, { belief: 'supported' }));
    expect(outlineItems(map, whatIf).flatMap((item) => item.flags.map((flag) => [item.id, flag.kind]))).toEqual([['belief', 'inTension']]);
  });
});

describe('outlineMarkdown', () => {
  it('renders the title, citation and each step with kind, status, flags, text, sources and links', () => {
    const markdown = outlineMarkdown(map);
    expect(markdown).toContain('# Test \\*map\\*\n\nSource: Samuel Wells, “The Korean War”, Geneva, 2009\n');
    expect(markdown).toContain(
      [
        '## 3. NSC 68 buildup',
        '',
        '*event · supported · 1950*',
        '',
        '**Wholly: Rests on a miscalculation**',
        '',
        '- rests on: Stalin probed Western will (refuted) → motivates → NSC 68 buildup',
        '',
        'The buildup.',
        '',
        '\\- It was \\*massive\\*.',
        '',
        'Sources:',
        '',
        '- “a massive U.S. military buildup” — Wells 2009, para. 1',
        '',
        'Links:',
        '',
        '- motivated by ← Stalin probed Western will (the reason given) — broken: its source is refuted',
        '- causes → NATO integrated under a unified command',
      ].join('\n'),
    );
    expect(markdown.endsWith('NSC 68 buildup\n')).toBe(true);
  });

  it('takes bidi overrides, embeddings and isolates out of the title and the citation', () => {
    const bidi = { ...map, meta: { title: 'Invoice \u202Efdp.exe\u202C', source: { author: '\u2067Wells\u2069', title: '\u202DT' } } };
    expect(outlineMarkdown(bidi)).toMatch(/^# Invoice fdp\.exe\n\nSource: Wells, “T”\n/);
  });

  it('escapes markup in labels, text, sources and link labels', () => {
    const hostile = aMap(
      [
        aClaim('x', { label: '<script>alert(1)</script>', text: '`code` [link](javascript:x)', sources: [{ citation: '*c*', quote: '<img src=x>', locator: '_l_' }] }),
        aClaim('y', { label: '# heading | table' }),
      ],
      [aRelation('x', 'y', { label: '![i](u)' })],
    );
    const markdown = outlineMarkdown(hostile);
    expect(markdown).not.toMatch(/(^|[^\\])<script>/);
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
    expect(markdown).toContain('## 1. \\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('\\`code\\` \\[link\\](javascript:x)');
    expect(markdown).toContain('- “\\<img src=x\\>” — \\*c\\*, \\_l\\_');
    expect(markdown).toContain('- causes → \\# heading \\| table (\\!\\[i\\](u))');
  });

  it('covers every claim of the seed map, in step order, from the invasion to the escalation', () => {
    const seed = loadSeedMap();
    const markdown = outlineMarkdown(seed);
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(seed.nodes.length);
    expect(headings[0]).toBe('## 1. North Korea invades South Korea');
    expect(headings.at(-1)).toBe(`## ${seed.nodes.length}. Unwanted escalation and militarization of the Cold War`);
    expect(markdown).toContain('- causes → NATO becomes an integrated armed force with a unified command');
    expect(markdown).toContain('**Partly: Rests on a miscalculation**\n\n- rests on: Truman administration: Stalin drove the invasion (refuted) → motivates → Massive U.S. military buildup implements NSC 68');
  });
});
