// The outline: the whole map as text in step order (for a screen reader, print and "Copy as Markdown").
import { indexClaims, relationsIn, relationsOut } from './claimIndex.ts';
import { escapeBlock, escapeInline } from './escapeMarkdown.ts';
import { claimFlags, evaluateMap, type Evaluation, type FlagKind, relationBroken } from './evaluateMap.ts';
import { brokenReason, explainFlag, flagTitle } from './explainFlag.ts';
import type { ArgumentMap, Citation, ClaimKind, Relation, RelationKind, SourceRef, Status } from './schema.ts';
import { type StoryEntry, stepOrder } from './stepOrder.ts';
import { neutraliseBidi } from './neutraliseBidi.ts';

export const INVERSE_RELATION_WORDS: Readonly<Record<RelationKind, string>> = {
  causes: 'caused by',
  supports: 'supported by',
  refutes: 'refuted by',
  motivates: 'motivated by',
};

export interface OutlineLink {
  relationId: string;
  relation: RelationKind;
  /** `out`: this claim is the link's source; `in`: its target. */
  direction: 'out' | 'in';
  otherId: string;
  otherLabel: string;
  /** The link written out: "causes → NATO becomes …" or "caused by ← North Korea invades …". */
  text: string;
  /** The link's own label from the file, if any. */
  note?: string;
  broken: boolean;
  /** Why it is broken, when it is: its own source, or its joint group's. */
  brokenWhy?: string;
}

export interface OutlineFlag {
  kind: FlagKind;
  title: string;
  /** One sentence per reason path (the "Why?"). */
  reasons: string[];
}

export interface OutlineItem {
  /** 1-based position in the step order. */
  step: number;
  id: string;
  kind: ClaimKind;
  label: string;
  text?: string;
  status: Status;
  date?: string;
  sources: SourceRef[];
  flags: OutlineFlag[];
  /** Links into the claim first, then out of it, each by the other claim's step. */
  links: OutlineLink[];
}

/** The structured outline a view renders; plain text throughout (escaping is the renderer's job). */
export function outlineItems(map: ArgumentMap, evaluation: Evaluation = evaluateMap(map), story?: readonly StoryEntry[]): OutlineItem[] {
  const index = indexClaims(map);
  const order = stepOrder(map, story);
  const stepOf = new Map(order.map((id, i) => [id, i]));
  const label = (id: string): string => index.byId.get(id)?.label ?? id;
  const byStep = (other: (r: Relation) => string) => (a: Relation, b: Relation) =>
    (stepOf.get(other(a)) ?? 0) - (stepOf.get(other(b)) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  return order.flatMap((id, i) => {
    const claim = index.byId.get(id);
    if (!claim) return [];
    const link = (relation: Relation, direction: 'out' | 'in'): OutlineLink => {
      const otherId = direction === 'out' ? relation.target : relation.source;
      const broken = relationBroken(evaluation, relation.id);
      const words = direction === 'out' ? `${relation.relation} →` : `${INVERSE_RELATION_WORDS[relation.relation]} ←`;
      return {
        relationId: relation.id,
        relation: relation.relation,
        direction,
        otherId,
        otherLabel: label(otherId),
        text: `${words} ${label(otherId)}`,
        ...(relation.label === undefined ? {} : { note: relation.label }),
        broken: broken !== undefined,
        ...(broken ? { brokenWhy: brokenReason(broken, relation.id) } : {}),
      };
    };
    return {
      step: i + 1,
      id,
      kind: claim.kind,
      label: claim.label,
      ...(claim.text === undefined ? {} : { text: claim.text }),
      status: claim.status,
      ...(claim.date === undefined ? {} : { date: claim.date }),
      sources: claim.sources,
      flags: claimFlags(evaluation, id).map((flag) => ({ kind: flag.kind, title: flagTitle(flag), reasons: explainFlag(map, flag) })),
      links: [
        ...[...relationsIn(index, id)].sort(byStep((r) => r.source)).map((r) => link(r, 'in')),
        ...[...relationsOut(index, id)].sort(byStep((r) => r.target)).map((r) => link(r, 'out')),
      ],
    };
  });
}

/** A Markdown handout: title, citation, then one section per step. Everything from the file is escaped. */
export function outlineMarkdown(map: ArgumentMap, evaluation: Evaluation = evaluateMap(map), story?: readonly StoryEntry[]): string {
  const lines: string[] = [`# ${escapeInline(neutraliseBidi(map.meta.title))}`, ''];
  if (map.meta.summary) lines.push(escapeBlock(map.meta.summary), '');
  if (map.meta.source) lines.push(`Source: ${citationText(map.meta.source)}`, '');

  for (const item of outlineItems(map, evaluation, story)) {
    lines.push(`## ${item.step}. ${escapeInline(item.label)}`, '');
    lines.push(`*${[item.kind, item.status, ...(item.date ? [item.date] : [])].join(' · ')}*`, '');
    for (const flag of item.flags) {
      lines.push(`**${flag.title}**`, '');
      for (const reason of flag.reasons) lines.push(`- ${escapeInline(reason)}`);
      lines.push('');
    }
    if (item.text) lines.push(escapeBlock(item.text), '');
    if (item.sources.length > 0) {
      lines.push('Sources:', '');
      for (const source of item.sources) lines.push(`- ${sourceText(source)}`);
      lines.push('');
    }
    if (item.links.length > 0) {
      lines.push('Links:', '');
      for (const link of item.links) {
        const note = link.note ? ` (${escapeInline(link.note)})` : '';
        lines.push(`- ${escapeInline(link.text)}${note}${link.brokenWhy ? ` — broken: ${link.brokenWhy}` : ''}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function sourceText(source: SourceRef): string {
  const quote = source.quote.trim() ? `“${escapeInline(source.quote)}” — ` : '';
  return `${quote}${escapeInline(source.citation)}${source.locator ? `, ${escapeInline(source.locator)}` : ''}`;
}

function citationText(citation: Citation): string {
  const parts = [citation.author, `“${citation.title}”`, citation.venue, citation.place, citation.date].filter((part): part is string => Boolean(part));
  return escapeInline(neutraliseBidi(parts.join(', ')));
}
