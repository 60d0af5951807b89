// A map as Argdown text: claims as titled statements, links as outgoing relations, Causeway's own fields as data.
import type { ArgumentMap, Claim, Relation } from '../../model/schema.ts';
import { ARGDOWN_RELATION, CAUSEWAY_KEY, DEFAULT_RELATION, defaultRelationId } from './argdownFields.ts';
import { escapeStatementText, labelSurvivesText, type YamlValue, yamlFlow } from './argdownSyntax.ts';

/** Links from one claim to one other that Argdown draws as one relation (same ends, same support/attack). */
interface RelationGroup {
  target: string;
  type: 'support' | 'attack';
  edges: Relation[];
}

/** A link needs a data entry when its kind, id or label differs from what a bare `+>` or `->` line reads as. */
function isPlain(edge: Relation): boolean {
  const relation = DEFAULT_RELATION[ARGDOWN_RELATION[edge.relation]];
  return edge.relation === relation && edge.id === defaultRelationId(edge.source, relation, edge.target) && edge.label === undefined && edge.joint === undefined;
}

function groupsFrom(edges: readonly Relation[]): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const edge of edges) {
    const type = ARGDOWN_RELATION[edge.relation];
    const group = groups.find((g) => g.target === edge.target && g.type === type);
    if (group) group.edges.push(edge);
    else groups.push({ target: edge.target, type, edges: [edge] });
  }
  return groups;
}

function claimData(claim: Claim, groups: readonly RelationGroup[]): string {
  const links = groups
    .filter((group) => !group.edges.every(isPlain))
    .flatMap((group) => group.edges.map((edge): YamlValue => ({ to: edge.target, as: edge.relation, id: edge.id === defaultRelationId(edge.source, edge.relation, edge.target) ? undefined : edge.id, label: edge.label, joint: edge.joint })));
  const data: Record<string, YamlValue | undefined> = {
    kind: claim.kind === 'claim' ? undefined : claim.kind,
    status: claim.status === 'unassessed' ? undefined : claim.status,
    date: claim.date,
    dateText: claim.dateText,
    label: labelSurvivesText(claim.label) ? undefined : claim.label,
    text: claim.text,
    sources: claim.sources.length > 0 ? claim.sources.map((s) => ({ citation: s.citation, quote: s.quote, locator: s.locator, url: s.url })) : undefined,
    pos: claim.position ? [claim.position.x, claim.position.y] : undefined,
    links: links.length > 0 ? links : undefined,
  };
  return Object.values(data).some((v) => v !== undefined) ? ` ${yamlFlow(data)}` : '';
}

function frontMatter(map: ArgumentMap, edgeOrder: string[] | undefined): string {
  const { title, summary, source } = map.meta;
  const causeway: Record<string, YamlValue | undefined> = {
    schema: map.$schema,
    direction: map.layout?.direction,
    layout: map.layout && map.layout.direction === undefined ? {} : undefined,
    flagName: map.meta.flagName,
    story: map.story?.map((step) => ({ id: step.id, note: step.note, revealMarkAt: step.revealMarkAt })),
    edgeOrder,
  };
  const lines = [`title: ${yamlFlow(title)}`];
  if (summary !== undefined) lines.push(`summary: ${yamlFlow(summary)}`);
  if (source !== undefined) lines.push(`source: ${yamlFlow({ ...source })}`);
  if (Object.values(causeway).some((v) => v !== undefined)) lines.push(`${CAUSEWAY_KEY}: ${yamlFlow(causeway)}`);
  return `===\n${lines.join('\n')}\n===\n`;
}

export const EMPTY_MAP_HEADING = '# No claims yet';

/** Never throws; `readArgdown(writeArgdown(map))` gives the same map back. */
export function writeArgdown(map: ArgumentMap): string {
  const outgoing = new Map<string, Relation[]>();
  for (const edge of map.edges) {
    const list = outgoing.get(edge.source);
    if (list) list.push(edge);
    else outgoing.set(edge.source, [edge]);
  }
  const blocks: string[] = [];
  const written: string[] = [];
  for (const claim of map.nodes) {
    const groups = groupsFrom(outgoing.get(claim.id) ?? []);
    const lines = [`[${claim.id}]: ${escapeStatementText(claim.label)}${claimData(claim, groups)}`];
    for (const group of groups) {
      lines.push(`  ${group.type === 'support' ? '+>' : '->'} [${group.target}]`);
      written.push(...group.edges.map((edge) => edge.id));
    }
    blocks.push(lines.join('\n'));
  }
  // The reader lists links in the order of their lines; a map whose own order differs says so.
  const inOrder = written.every((id, i) => map.edges[i]?.id === id);
  const head = frontMatter(map, inOrder ? undefined : map.edges.map((e) => e.id));
  // Argdown refuses front matter with nothing below it; a map with no claims yet says so in a heading.
  return `${head}\n${blocks.length === 0 ? EMPTY_MAP_HEADING : blocks.join('\n\n')}\n`;
}
