// Adds the computed layer (flags, broken links, what-if and practice marks) to the React Flow elements of mapToFlow.
import { lightTheme } from '../export/svg/theme.ts';
import { FLAG_TITLES } from '../model/explainFlag.ts';
import type { ClaimKind } from '../model/schema.ts';
import { type ClaimStandingView, hasStanding, type StandingView } from './evaluationView.ts';
import type { ClaimFlowNode, FlowElements, RelationFlowEdge } from './mapToFlow.ts';

/** The node's accessible name with the computed layer in words, so nothing of it rests on the picture alone. */
export function standingAccessibleName(label: string, kind: ClaimKind, status: ClaimFlowNode['data']['status'], view: ClaimStandingView): string {
  const parts = [`${label} — ${lightTheme.kinds[kind].word}`];
  const practice = view.practice;
  if (practice) {
    parts.push(practice.mark ? `your mark: ${lightTheme.statuses[practice.mark].word}` : 'not marked yet');
    if (practice.verdict === 'agree') parts.push('agrees with the map');
    if (practice.verdict === 'differ' && practice.expected) parts.push(`differs: the map says ${lightTheme.statuses[practice.expected].word}`);
    if (practice.verdict === 'unmarked' && practice.expected) parts.push(`the map says ${lightTheme.statuses[practice.expected].word}`);
  } else {
    parts.push(lightTheme.statuses[status].word);
  }
  if (view.whatIfWas) parts.push(`what-if: really ${lightTheme.statuses[view.whatIfWas].word}`);
  if (view.flags.length > 0) parts.push(`flagged: ${view.flags.map((flag) => FLAG_TITLES[flag].toLowerCase()).join(', ')}`);
  return parts.join(', ');
}

/** React Flow types `domAttributes` without data-* keys, though it passes them to the edge's element. */
const BROKEN_ATTRIBUTE = { 'data-broken': 'true' } as NonNullable<RelationFlowEdge['domAttributes']>;

/** Only claims and links with something to show get new objects; the rest stay as mapToFlow made them. */
export function withStanding(flow: FlowElements, view: StandingView): FlowElements {
  const nodes = flow.nodes.map((node): ClaimFlowNode => {
    const standing = view.claims[node.id];
    if (!hasStanding(standing)) return node;
    const status = standing.practice ? (standing.practice.mark ?? 'unassessed') : node.data.status;
    return {
      ...node,
      ariaLabel: standingAccessibleName(node.data.label, node.data.kind, node.data.status, standing),
      data: { ...node.data, status, standing },
    };
  });
  const edges =
    view.brokenRelations.size === 0
      ? flow.edges
      : flow.edges.map((edge): RelationFlowEdge => {
          if (!view.brokenRelations.has(edge.id) || !edge.data) return edge;
          return {
            ...edge,
            ariaLabel: `${edge.ariaLabel ?? ''} (broken: ${edge.data.joint ? 'its joint group falls with a refuted source' : 'its source is refuted'})`,
            domAttributes: { ...edge.domAttributes, ...BROKEN_ATTRIBUTE },
            data: { ...edge.data, broken: true },
          };
        });
  return { nodes, edges };
}
