// Writes a map as Graphviz DOT: kinds as shapes and border styles, relations as line styles and arrowheads, readable in greyscale.
import type { ArgumentMap, ClaimKind, RelationKind } from '../../model/schema.ts';

/** A DOT quoted string: quotes and backslashes escaped (a backslash starts DOT's own \n, \l, \N), control characters as spaces. */
export function dotString(text: string): string {
  const clean = text
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const KIND_ATTRS: Record<ClaimKind, string> = {
  event: 'shape=box, style="filled,bold", fillcolor="#e5e7eb"',
  claim: 'shape=box, style="rounded"',
  assumption: 'shape=box, style="rounded,dashed"',
  evidence: 'shape=note, style="filled", fillcolor="#f3f4f6"',
};

const RELATION_ATTRS: Record<RelationKind, string> = {
  causes: 'style=solid, arrowhead=normal',
  supports: 'style=bold, arrowhead=normal',
  refutes: 'style=dashed, arrowhead=tee',
  motivates: 'style=dotted, arrowhead=empty',
};

export function writeDot(map: ArgumentMap): string {
  const lines = [
    `digraph ${dotString(map.meta.title)} {`,
    `  graph [rankdir=${map.layout?.direction ?? 'TB'}, label=${dotString(map.meta.title)}, labelloc=t, fontname="Helvetica"];`,
    '  node [fontname="Helvetica", margin="0.15,0.08"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const claim of map.nodes) {
    // DOT's own line break (\n) goes after the escaped label, inside its quotes.
    const label = claim.status === 'unassessed' ? dotString(claim.label) : `${dotString(claim.label).slice(0, -1)}\\n(${claim.status})"`;
    lines.push(`  ${dotString(claim.id)} [label=${label}, ${KIND_ATTRS[claim.kind]}];`);
  }
  for (const relation of map.edges) {
    const words = relation.label ? `${relation.relation}: ${relation.label}` : relation.relation;
    lines.push(`  ${dotString(relation.source)} -> ${dotString(relation.target)} [id=${dotString(relation.id)}, label=${dotString(words)}, ${RELATION_ATTRS[relation.relation]}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
