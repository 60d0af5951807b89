// Where several relations meet one side of a claim: their ends spread along that side, in the order their routes arrive from; a joint group's ends meet.
import type { Direction } from '../model/schema.ts';
import type { ClaimBox, JointDrawing, MapLayout, Point, RelationRoute } from './types.ts';

/** Room between two neighbouring ends on one side, at most; a crowded side packs them closer. */
export const PORT_GAP = 18;
/** How far before the target a joint group's branches meet, leaving one stem with one arrowhead (layers are 64 px apart and more). */
export const JOINT_STEM = 22;
/** Share of a side the ends may use, so none lands on a rounded corner. */
const USABLE_SHARE = 0.7;

type Box = Pick<ClaimBox, 'x' | 'y' | 'width' | 'height'>;
type Side = 'in' | 'out';

/** The side a route end sits on: forward routes leave the out side (bottom/right) and enter the in side; back routes the reverse. */
const sideOf = (route: RelationRoute, end: 'start' | 'end'): Side => ((end === 'start') === !route.back ? 'out' : 'in');

/** The middle of a box's side, where a single relation ends (the canvas's handle). */
export function sideCentre(box: Box, side: Side, direction: Direction): Point {
  if (direction === 'TB') return { x: box.x + box.width / 2, y: side === 'out' ? box.y + box.height : box.y };
  return { x: side === 'out' ? box.x + box.width : box.x, y: box.y + box.height / 2 };
}

/** Whether a point lies on a box's side (within 0.5 px across it, anywhere along it). */
export function onSide(point: Point, box: Box, side: Side, direction: Direction): boolean {
  const centre = sideCentre(box, side, direction);
  if (direction === 'TB') return Math.abs(point.y - centre.y) <= 0.5 && point.x >= box.x && point.x <= box.x + box.width;
  return Math.abs(point.x - centre.x) <= 0.5 && point.y >= box.y && point.y <= box.y + box.height;
}

interface End {
  route: string;
  /** The routes that end here together: a joint group's members, or the route alone. */
  members: string[];
  end: 'start' | 'end';
  /** Where the route goes from this end, across the flow (x in TB): the order of the ends along the side. */
  toward: number;
  /** The far end, across the flow: breaks ties between routes that leave in the same direction. */
  far: number;
}

/**
 * Moves the ends of the routes that share a side of a claim apart: m ends sit `PORT_GAP` apart (closer
 * when the side is short), centred on the side, in the order of the point each route heads for next (its
 * first bend, or the other claim's side), so that the routes fan out without crossing at the box as
 * Graphviz's dot ends them. A side with one relation keeps it in the middle. Only the end points move;
 * the result depends on the boxes and the routes' bends, never on where the ends were, so spreading a
 * spread layout changes nothing. Canvas and exports both draw these points.
 */
export function spreadPorts(
  layout: Pick<MapLayout, 'direction' | 'claims' | 'relations'>,
  endsOf: (routeId: string) => { source: string; target: string; joint?: string | undefined } | undefined,
): MapLayout['relations'] {
  const { direction, claims } = layout;
  const across = (p: Point): number => (direction === 'TB' ? p.x : p.y);
  const sides = new Map<string, End[]>();
  for (const route of Object.values(layout.relations)) {
    const ends = endsOf(route.id);
    const [source, target] = [claims[ends?.source ?? ''], claims[ends?.target ?? '']];
    if (!source || !target || route.points.length < 2) continue;
    const first = sideCentre(source, sideOf(route, 'start'), direction);
    const last = sideCentre(target, sideOf(route, 'end'), direction);
    const inner = route.points.slice(1, -1);
    const add = (claim: string, side: Side, end: End): void => {
      const key = `${claim}\n${side}`;
      const list = sides.get(key);
      if (list) list.push(end);
      else sides.set(key, [end]);
    };
    add(source.id, sideOf(route, 'start'), { route: route.id, members: [route.id], end: 'start', toward: across(inner[0] ?? last), far: across(last) });
    const into: End = { route: route.id, members: [route.id], end: 'end', toward: across(inner[inner.length - 1] ?? first), far: across(first) };
    add(ends?.joint ? `${target.id}\n${ends.joint}` : target.id, sideOf(route, 'end'), into);
  }
  for (const [key, list] of [...sides]) {
    const parts = key.split('\n');
    if (parts.length !== 3) continue;
    const [claimId, , side] = parts as [string, string, Side];
    // A joint group's ends on one side are one end: where their mean heading puts it, shared by all of them.
    sides.delete(key);
    const mean = (pick: (end: End) => number) => list.reduce((sum, end) => sum + pick(end), 0) / list.length;
    const members = list.map((end) => end.route).sort(compareText);
    const merged: End = { route: members[0] as string, members, end: 'end', toward: mean((end) => end.toward), far: mean((end) => end.far) };
    const plainKey = `${claimId}\n${side}`;
    const plain = sides.get(plainKey);
    if (plain) plain.push(merged);
    else sides.set(plainKey, [merged]);
  }
  const moved = new Map<string, { start?: Point; end?: Point }>();
  const joined: { members: string[]; end: Point; side: Side }[] = [];
  for (const [key, list] of sides) {
    const [claimId, side] = key.split('\n') as [string, Side];
    const box = claims[claimId] as ClaimBox;
    const centre = sideCentre(box, side, direction);
    list.sort((a, b) => a.toward - b.toward || a.far - b.far || (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
    const length = direction === 'TB' ? box.width : box.height;
    const gap = list.length > 1 ? Math.min(PORT_GAP, (length * USABLE_SHARE) / (list.length - 1)) : 0;
    list.forEach((end, k) => {
      const offset = Math.round((k - (list.length - 1) / 2) * gap * 10) / 10;
      const point = direction === 'TB' ? { x: Math.round((centre.x + offset) * 10) / 10, y: centre.y } : { x: centre.x, y: Math.round((centre.y + offset) * 10) / 10 };
      for (const member of end.members) {
        const entry = moved.get(member) ?? {};
        entry[end.end] = point;
        moved.set(member, entry);
      }
      if (end.members.length > 1) joined.push({ members: end.members, end: point, side });
    });
  }
  const relations: MapLayout['relations'] = {};
  for (const [id, route] of Object.entries(layout.relations)) {
    const ends = moved.get(id);
    if (!ends) {
      relations[id] = route;
      continue;
    }
    const points = [...route.points];
    if (ends.start) points[0] = ends.start;
    if (ends.end) points[points.length - 1] = ends.end;
    const { joint: _stale, ...rest } = route;
    relations[id] = { ...rest, points };
  }
  for (const group of joined) {
    for (const member of group.members) {
      const route = relations[member] as RelationRoute;
      relations[member] = { ...route, joint: jointDrawing(route.points, group.end, group.side, direction, member === group.members[0]) };
    }
  }
  return relations;
}

/** A joint member's branch to the junction, `JOINT_STEM` before the shared end against the way the route enters. */
function jointDrawing(points: readonly Point[], end: Point, side: Side, direction: Direction, lead: boolean): JointDrawing {
  // A route enters the in side (top/left) moving forward along the flow, the out side (a back route) moving back.
  const sign = side === 'in' ? 1 : -1;
  const along = (p: Point): number => (direction === 'TB' ? p.y : p.x);
  const junction = direction === 'TB' ? { x: end.x, y: end.y - sign * JOINT_STEM } : { x: end.x - sign * JOINT_STEM, y: end.y };
  const inner = points.slice(1, -1).filter((p) => sign * (along(junction) - along(p)) > 0);
  return { lead, junction, branch: [points[0] as Point, ...inner, junction] };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
