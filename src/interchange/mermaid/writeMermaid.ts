// Writes a map as a Mermaid flowchart: a class per kind, a line style per relation, every text escaped so no label can break the diagram.
import type { ArgumentMap, ClaimKind, RelationKind, Status } from '../../model/schema.ts';

/** Letters, digits and spaces pass; everything else becomes an entity code (#35;) that Mermaid decodes when it draws. */
const PLAIN = /[\p{L}\p{N} ]/u;

/** Text inside a quoted Mermaid label: one line, no quote, bracket, pipe, hash, semicolon or markup left to parse. */
export function mermaidText(text: string): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ').trim()) {
    const code = char.codePointAt(0) as number;
    // Lone surrogates cannot be written as entities; a replacement character shows where one was.
    if (code >= 0xd800 && code <= 0xdfff) out += '#65533;';
    else if (PLAIN.test(char) && !/[\p{Cf}]/u.test(char)) out += char;
    else out += `#${code};`;
  }
  return out || '#160;';
}

/** Fill, stroke and dash per kind; the dash and the border width tell the kinds apart in greyscale too. */
const KIND_CLASS: Record<ClaimKind, string> = {
  event: 'fill:#dbeafe,stroke:#1e3a8a,stroke-width:2px,color:#111',
  claim: 'fill:#f3f4f6,stroke:#374151,stroke-width:1px,color:#111',
  assumption: 'fill:#fef3c7,stroke:#92400e,stroke-width:1px,stroke-dasharray:5 3,color:#111',
  evidence: 'fill:#dcfce7,stroke:#14532d,stroke-width:3px,color:#111',
};

/** The arrow and line per relation: solid, thick, crossed or dotted, so the relation reads without colour. */
const RELATION_ARROW: Record<RelationKind, string> = { causes: '-->', supports: '==>', refutes: '--x', motivates: '-.->' };
const RELATION_STYLE: Record<RelationKind, string> = {
  causes: 'stroke:#1f2937,stroke-width:1.5px',
  supports: 'stroke:#166534,stroke-width:3px',
  refutes: 'stroke:#991b1b,stroke-width:2px,stroke-dasharray:6 3',
  motivates: 'stroke:#6b21a8,stroke-width:1.5px,stroke-dasharray:2 3',
};

const STATUS_WORD: Record<Status, string> = { supported: 'supported', refuted: 'refuted', contested: 'contested', unassessed: '' };

export function writeMermaid(map: ArgumentMap): string {
  const lines = [`flowchart ${map.layout?.direction ?? 'TB'}`, `  %% ${mermaidText(map.meta.title)} (Causeway map)`];
  const nodeOf = new Map(map.nodes.map((claim, i) => [claim.id, `n${i}`]));
  for (const [kind, style] of Object.entries(KIND_CLASS)) lines.push(`  classDef ${kind} ${style}`);
  map.nodes.forEach((claim, i) => {
    const status = STATUS_WORD[claim.status];
    const text = `${mermaidText(claim.label)}${status ? ` #40;${status}#41;` : ''}`;
    lines.push(`  n${i}["${text}"]:::${claim.kind}`);
  });
  const byRelation = new Map<RelationKind, number[]>();
  map.edges.forEach((relation, i) => {
    const words = relation.label ? `${relation.relation}: ${relation.label}` : relation.relation;
    lines.push(`  ${nodeOf.get(relation.source)} ${RELATION_ARROW[relation.relation]}|"${mermaidText(words)}"| ${nodeOf.get(relation.target)}`);
    byRelation.set(relation.relation, [...(byRelation.get(relation.relation) ?? []), i]);
  });
  for (const [relation, indexes] of byRelation) lines.push(`  linkStyle ${indexes.join(',')} ${RELATION_STYLE[relation]}`);
  return `${lines.join('\n')}\n`;
}
