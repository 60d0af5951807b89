// The look of computed standing (flag tags, the "Why?" tag, broken links, what-if), shared by the canvas and every export.
import { measureText } from '../../layout/measureText.ts';
import { BADGE_PAD_X, ICON_GAP, ICON_SIZE, PAD_X } from '../../layout/nodeMetrics.ts';
import type { Point } from '../../layout/types.ts';
import type { ClaimFlagKind } from '../../model/evaluateMap.ts';
import { DEFAULT_FLAG_WORDS, type FlagWords } from '../../model/flagWords.ts';
import type { Icon } from './theme.ts';

/** The words on the tags are the map's (src/model/flagWords.ts); the look is fixed. */
export interface FlagStyle {
  /** What the flag means, for the legend. */
  meaning: string;
  icon: Icon;
  /** Tags are dark and filled, unlike the pale status pills, so the two layers never read as one. */
  color: string;
  background: string;
}

export const FLAG_ICONS = {
  restsOnMiscalculation: { path: 'M6 1.3 L11 10.4 H1 Z M6 4.8 V7.2 M6 8.9 V9', fill: false },
  unsupported: { path: 'M6 1.5 A4.5 4.5 0 1 1 5.99 1.5 Z M2.9 9.1 L9.1 2.9', fill: false },
  inTension: { path: 'M1.5 4 H10 M7.6 1.6 L10 4 L7.6 6.4 M10.5 8 H2 M4.4 5.6 L2 8 L4.4 10.4', fill: false },
} as const satisfies Record<ClaimFlagKind, Icon>;

export const FLAG_STYLES: Readonly<Record<ClaimFlagKind, FlagStyle>> = {
  restsOnMiscalculation: {
    meaning: 'Reached from a refuted assumption through motivates/causes links',
    icon: FLAG_ICONS.restsOnMiscalculation,
    color: '#ffffff',
    background: '#9a3412',
  },
  unsupported: {
    meaning: 'Everything that supports it is refuted',
    icon: FLAG_ICONS.unsupported,
    color: '#ffffff',
    background: '#374151',
  },
  inTension: {
    meaning: 'Its mark contradicts the marks around it',
    icon: FLAG_ICONS.inTension,
    color: '#ffffff',
    background: '#6b21a8',
  },
};

/** A broken link keeps its relation's stroke but fades, and a break mark sits on it. */
export const BROKEN_LINK = {
  word: 'Broken link',
  meaning: 'A causes/motivates link whose source is refuted',
  opacity: 0.38,
  markColor: '#9a3412',
  /** Where along the route the break mark sits, as a share of its length (labels sit at one half). */
  at: 0.4,
} as const;

/** Statuses changed in what-if are framed like this, and the view carries a banner. */
export const WHAT_IF = { color: '#1d4ed8', dash: '5 3', banner: '#dbeafe' } as const;

/** Tags straddle the bottom edge of the claim's box, clear of the status row and of incoming arrowheads. */
export const FLAG_TAG = { height: 18, fontSize: 10.5, fontWeight: 600, gap: 4, drop: 9 } as const;
export const WHY_WORD = 'Why?';

export interface TagPlace {
  x: number;
  width: number;
  /** False when the tags would run past a narrow box: the tag then shows its icon alone, and names itself otherwise. */
  word: boolean;
}

function tagWidth(word: string | null, withIcon: boolean): number {
  const text = word === null ? 0 : measureText(word, FLAG_TAG.fontSize, FLAG_TAG.fontWeight) + (withIcon ? ICON_GAP : 0);
  return Math.ceil(2 * BADGE_PAD_X + (withIcon ? ICON_SIZE : 0) + text);
}

function placeTags(flags: readonly ClaimFlagKind[], withWhy: boolean, tags: FlagWords['tags'] | null): { flags: TagPlace[]; why: TagPlace | null; right: number } {
  let x = PAD_X;
  const places = flags.map((flag) => {
    const place = { x, width: tagWidth(tags ? tags[flag] : null, true), word: tags !== null };
    x += place.width + FLAG_TAG.gap;
    return place;
  });
  const why = withWhy && flags.length > 0 ? { x, width: tagWidth(WHY_WORD, false), word: true } : null;
  const last = why ?? places[places.length - 1];
  return { flags: places, why, right: last ? last.x + last.width : 0 };
}

/**
 * Where each flag's tag and the "Why?" tag sit along the bottom edge, from the box's left padding on. Given the
 * box's width, tags that would run past its right edge shrink to their icons (the legend gives the words).
 */
export function flagTagPlaces(
  flags: readonly ClaimFlagKind[],
  withWhy: boolean,
  boxWidth = Infinity,
  words: FlagWords = DEFAULT_FLAG_WORDS,
): { flags: TagPlace[]; why: TagPlace | null } {
  const full = placeTags(flags, withWhy, words.tags);
  const { flags: places, why } = full.right <= boxWidth - PAD_X / 2 ? full : placeTags(flags, withWhy, null);
  return { flags: places, why };
}

/** The point `share` of the way along a route's polyline, with the direction of travel there. */
export function routePointAt(points: readonly Point[], share: number): { point: Point; angle: number } {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot((points[i] as Point).x - (points[i - 1] as Point).x, (points[i] as Point).y - (points[i - 1] as Point).y);
  let left = total * share;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const step = Math.hypot(b.x - a.x, b.y - a.y);
    if (step >= left && step > 0) {
      return { point: { x: a.x + ((b.x - a.x) * left) / step, y: a.y + ((b.y - a.y) * left) / step }, angle: Math.atan2(b.y - a.y, b.x - a.x) };
    }
    left -= step;
  }
  return { point: points[0] ?? { x: 0, y: 0 }, angle: Math.PI / 2 };
}

/** Two short strokes across the link at the break, as path data centred on (0, 0) for a link running along +x. */
export const BREAK_MARK_PATH = 'M-4 -7 L-1 7 M1 -7 L4 7';
/** The gap cut into the link under the break mark. */
export const BREAK_GAP = { width: 12, height: 16 } as const;
