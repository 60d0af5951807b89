import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../../model/schema.ts';
import { anyMap } from '../../model/testArbitraries.ts';
import { aClaim, aMap, aRelation } from '../../model/testBuilders.ts';
import { mermaidText, writeMermaid } from './writeMermaid.ts';

/** What Mermaid shows for escaped text: its entity codes decoded. */
const decoded = (text: string) => text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

/** Every line the writer makes, as a pattern: anything else in the output means a label escaped its quotes. */
const LINE = [
  /^flowchart (TB|LR)$/,
  /^ {2}%% [\p{L}\p{N} #;]* \(Causeway map\)$/u,
  /^ {2}classDef (event|claim|assumption|evidence) [a-z0-9:#,. -]+$/,
  /^ {2}n\d+\["[\p{L}\p{N} #;]+"\]:::(event|claim|assumption|evidence)$/u,
  /^ {2}n\d+ (-->|==>|--x|-\.->)\|"[\p{L}\p{N} #;]+"\| n\d+$/u,
  /^ {2}linkStyle [\d,]+ [a-z0-9:#,. -]+$/,
];

const HOSTILE = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('"', ']', '[', '|', '`', '#', ';', '%%', '\n', '-->', '<br>', '<script>', '&quot;', '#quot;', '{', '}', '(', ')', ':::', 'end', '\u202E', '\uD800', 'a'), minLength: 1, maxLength: 20 }),
);

describe('Mermaid export', () => {
  it('writes a class per kind, a node per claim, a link per relation and a style per relation', () => {
    const map = aMap([aClaim('a', { kind: 'event', label: 'Rain' }), aClaim('b', { status: 'refuted', label: 'Wet' })], [aRelation('a', 'b', { relation: 'refutes' })]);
    const lines = writeMermaid(map).split('\n');
    expect(lines.slice(0, 2)).toEqual(['flowchart TB', '  %% Test map (Causeway map)']);
    expect(lines.filter((l) => l.includes('classDef')).map((l) => l.split(' ')[3])).toEqual([...CLAIM_KINDS]);
    expect(lines).toContain('  n0["Rain"]:::event');
    expect(lines).toContain('  n1["Wet #40;refuted#41;"]:::claim');
    expect(lines).toContain('  n0 --x|"refutes"| n1');
    expect(lines).toContain('  linkStyle 0 stroke:#991b1b,stroke-width:2px,stroke-dasharray:6 3');
  });

  it('keeps every line in its shape whatever the labels, titles and link labels hold, and the text reads back', () => {
    fc.assert(
      fc.property(anyMap(4, 6), fc.array(HOSTILE, { minLength: 6, maxLength: 6 }), (map, texts) => {
        const hostile = {
          ...map,
          meta: { title: texts[0] as string },
          nodes: map.nodes.map((claim, i) => ({ ...claim, label: texts[(i % 4) + 1] as string })),
          edges: map.edges.map((relation) => ({ ...relation, label: texts[5] })),
        };
        const lines = writeMermaid(hostile).trimEnd().split('\n');
        for (const line of lines) expect(LINE.some((pattern) => pattern.test(line)), line).toBe(true);
        hostile.nodes.forEach((claim, i) => {
          const text = /\["(.*)"\]/.exec(lines.find((l) => l.startsWith(`  n${i}[`)) as string)?.[1] as string;
          expect(decoded(text).replace(/ \((supported|refuted|contested)\)$/, '')).toBe(decoded(mermaidText(claim.label)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('decodes to the label itself, one line, lone surrogates shown as replacement characters', () => {
    expect(decoded(mermaidText('He said "no" | [1] #2; `x`'))).toBe('He said "no" | [1] #2; `x`');
    expect(decoded(mermaidText('two\nlines'))).toBe('two lines');
    expect(decoded(mermaidText('a\uD800b'))).toBe('a\uFFFDb');
  });
});
