// The one mapping from the domain (ArgumentMap + MapLayout) to React Flow's nodes and edges.
import { type Edge, type Node, type NodeHandle, Position } from '@xyflow/react';
import { lightTheme } from '../export/svg/theme.ts';
import { sideCentre } from '../layout/spreadPorts.ts';
import type { ClaimBox, JointDrawing, MapLayout, Point } from '../layout/types.ts';
import type { ArgumentMap, ClaimKind, RelationKind, Status } from '../model/schema.ts';
import type { ClaimStandingView } from './evaluationView.ts';

export const CLAIM_NODE = 'claim';
export const RELATION_EDGE = 'relation';
/** Handle ids: relations run from a box's flow-side handle, or — drawn against the flow (back relations) — from the opposite side. */
export const FORWARD_HANDLE = 'forward';
export const BACK_HANDLE = 'back';
/** The handles' size in ClaimNode.css; they sit centred on the middle of a box's side. */
export const HANDLE_SIZE = 8;

/** What a claim node draws: the claim's words and look, and its label broken into lines exactly as laid out. */
export interface ClaimNodeData extends Record<string, unknown> {
  kind: ClaimKind;
  status: Status;
  label: string;
  labelLines: string[];
  pinned: boolean;
  /** The computed layer (flags, what-if, practice), added by withStanding; absent on plain claims. */
  standing?: ClaimStandingView;
}

export interface RelationEdgeData extends Record<string, unknown> {
  relation: RelationKind;
  label?: string;
  /** The laid-out route from the source's side to the target's, or empty to draw a plain curve. */
  points: Point[];
  /**
   * How far the route's ends sit from the middles of their sides, where React Flow puts the handles: the
   * layout spreads several relations along one side (spreadPorts), and the canvas ends them there too.
   */
  ports?: { source: Point; target: Point };
  /** Set by withStanding on a causes/motivates link whose source is refuted. */
  broken?: boolean;
  /** A joint group member drawn merged with the group's other links (from the layout). */
  joint?: JointDrawing;
}

export type ClaimFlowNode = Node<ClaimNodeData, typeof CLAIM_NODE>;
export type RelationFlowEdge = Edge<RelationEdgeData, typeof RELATION_EDGE>;

export interface FlowElements {
  nodes: ClaimFlowNode[];
  edges: RelationFlowEdge[];
}

export function claimAccessibleName(label: string, kind: ClaimKind, status: Status): string {
  return `${label} — ${lightTheme.kinds[kind].word}, ${lightTheme.statuses[status].word}`;
}

/** Which handle a route's end sits at: the side of the box it touches, relative to the flow direction. */
/** A route end's distance from the middle of the side its handle sits on (zero when there is no route). */
function portOffset(point: Point | undefined, box: ClaimBox | undefined, across: boolean, handle: string, end: 'source' | 'target'): Point {
  if (!point || !box) return { x: 0, y: 0 };
  const outSide = (handle === FORWARD_HANDLE) === (end === 'source');
  const centre = sideCentre(box, outSide ? 'out' : 'in', across ? 'LR' : 'TB');
  return { x: point.x - centre.x, y: point.y - centre.y };
}

function handleAt(point: Point | undefined, box: ClaimBox | undefined, across: boolean, end: 'source' | 'target'): string {
  if (!point || !box) return FORWARD_HANDLE;
  const beyondMiddle = across ? point.x > box.x + box.width / 2 : point.y > box.y + box.height / 2;
  return beyondMiddle === (end === 'source') ? FORWARD_HANDLE : BACK_HANDLE;
}

export const OPPOSITE_SIDE: Record<Position, Position> = {
  [Position.Top]: Position.Bottom,
  [Position.Bottom]: Position.Top,
  [Position.Left]: Position.Right,
  [Position.Right]: Position.Left,
};

/**
 * Where ClaimNode draws its four handles, known from the box alone. Given to React Flow, it spares mounting
 * every node once to measure them: on a big map only the claims in view are ever put in the page.
 */
export function claimHandles(width: number, height: number, across: boolean): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const at: Record<Position, { x: number; y: number }> = {
    [Position.Top]: { x: width / 2 - half, y: -half },
    [Position.Bottom]: { x: width / 2 - half, y: height - half },
    [Position.Left]: { x: -half, y: height / 2 - half },
    [Position.Right]: { x: width - half, y: height / 2 - half },
  };
  const inSide = across ? Position.Left : Position.Top;
  const outSide = OPPOSITE_SIDE[inSide];
  const handle = (id: string, type: 'source' | 'target', position: Position): NodeHandle => ({ id, type, position, ...at[position], width: HANDLE_SIZE, height: HANDLE_SIZE });
  return [
    handle(FORWARD_HANDLE, 'target', inSide),
    handle(BACK_HANDLE, 'target', outSide),
    handle(FORWARD_HANDLE, 'source', outSide),
    handle(BACK_HANDLE, 'source', inSide),
  ];
}

export function mapToFlow(map: ArgumentMap, layout: MapLayout): FlowElements {
  const across = layout.direction === 'LR';
  const labels = new Map<string, string>();
  const nodes = map.nodes.map((claim): ClaimFlowNode => {
    const box = layout.claims[claim.id];
    if (!box) throw new Error(`the layout has no box for node '${claim.id}'`);
    labels.set(claim.id, claim.label);
    return {
      id: claim.id,
      type: CLAIM_NODE,
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      /** The layout already knows the size; passing it keeps React Flow from treating a re-laid node as unmeasured. */
      measured: { width: box.width, height: box.height },
      handles: claimHandles(box.width, box.height, across),
      sourcePosition: across ? Position.Right : Position.Bottom,
      targetPosition: across ? Position.Left : Position.Top,
      ariaLabel: claimAccessibleName(claim.label, claim.kind, claim.status),
      data: {
        kind: claim.kind,
        status: claim.status,
        label: claim.label,
        labelLines: box.labelLines,
        pinned: claim.position !== undefined,
      },
    };
  });
  const partners = new Map<string, string[]>();
  for (const relation of map.edges) {
    if (relation.joint) partners.set(relation.joint, [...(partners.get(relation.joint) ?? []), relation.source]);
  }
  const edges = map.edges.map((relation): RelationFlowEdge => {
    const points = layout.relations[relation.id]?.points ?? [];
    const joint = layout.relations[relation.id]?.joint;
    const sourceHandle = handleAt(points[0], layout.claims[relation.source], across, 'source');
    const targetHandle = handleAt(points[points.length - 1], layout.claims[relation.target], across, 'target');
    const ports = {
      source: portOffset(points[0], layout.claims[relation.source], across, sourceHandle, 'source'),
      target: portOffset(points[points.length - 1], layout.claims[relation.target], across, targetHandle, 'target'),
    };
    // A joint link says with whom it holds, so the merged drawing is not the only sign of it.
    const others = relation.joint ? (partners.get(relation.joint) ?? []).filter((id) => id !== relation.source) : [];
    const jointly = others.length > 0 ? `, jointly with ${others.map((id) => labels.get(id) ?? id).join(' and ')}` : '';
    const words = `${labels.get(relation.source) ?? relation.source} ${lightTheme.relations[relation.relation].word} ${labels.get(relation.target) ?? relation.target}${jointly}`;
    return {
      id: relation.id,
      type: RELATION_EDGE,
      source: relation.source,
      target: relation.target,
      sourceHandle,
      targetHandle,
      ariaLabel: relation.label ? `${words} (${relation.label})` : words,
      data: {
        relation: relation.relation,
        ...(relation.label ? { label: relation.label } : {}),
        points,
        ports,
        ...(joint ? { joint } : {}),
      },
    };
  });
  return { nodes, edges };
}
