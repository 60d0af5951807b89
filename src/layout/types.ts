// The shapes a layout produces: where each claim's box sits and how each relation is routed.
import type { Direction } from '../model/schema.ts';

export interface Point {
  x: number;
  y: number;
}

/** A claim's drawn box: top-left corner, size, and the label's line breaks as drawn. */
export interface ClaimBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  labelLines: string[];
}

/**
 * A relation's route from the source's outgoing handle (bottom centre in TB, right centre in LR) to the
 * target's incoming handle (top centre / left centre), both included. A `back` relation closes a cycle
 * and runs against the flow: it leaves the source's top (TB) / left (LR) centre and enters the target's
 * bottom / right centre.
 */
export interface RelationRoute {
  id: string;
  points: Point[];
  back?: true;
  /** Set on a member of a joint group whose links end together: how it is drawn merged with the others. */
  joint?: JointDrawing;
}

/**
 * A joint group is drawn as one arrow: each member's branch runs from its source to the junction, a short way
 * before the target, and one stem with the group's one arrowhead runs from there into the target. The stem is
 * drawn by the lead member (the smallest link id) only. `points` still end at the target, where the stem does.
 */
export interface JointDrawing {
  lead: boolean;
  junction: Point;
  /** The member's route with its end at the junction (bends beyond the junction left out). */
  branch: Point[];
}

export interface MapLayout {
  direction: Direction;
  claims: Record<string, ClaimBox>;
  relations: Record<string, RelationRoute>;
  /** Bounding box of all boxes and routes. */
  bounds: { x: number; y: number; width: number; height: number };
}
