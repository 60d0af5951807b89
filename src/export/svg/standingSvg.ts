// The computed layer in SVG, as the canvas draws it: flag tags on claims, broken links, what-if frames, note and legend items.
import { measureText } from '../../layout/measureText.ts';
import { BADGE_PAD_X, ICON_GAP, ICON_SIZE } from '../../layout/nodeMetrics.ts';
import type { ClaimBox, Point, RelationRoute } from '../../layout/types.ts';
import { claimFlags, CLAIM_FLAG_KINDS, type ClaimFlagKind, type Evaluation, relationBroken } from '../../model/evaluateMap.ts';
import type { Status } from '../../model/schema.ts';
import { iconSvg } from './claimSvg.ts';
import { BREAK_GAP, BREAK_MARK_PATH, BROKEN_LINK, FLAG_STYLES, FLAG_TAG, flagTagPlaces, routePointAt, WHAT_IF } from './flagTheme.ts';
import { type Block, LEGEND_ROW, type LegendItem, type LegendSection, legendWord, legendWordWidth } from './legendSvg.ts';
import { markerId } from './markers.ts';
import { baselineIn, textLine } from './svgText.ts';
import type { Theme } from './theme.ts';
import { element, escapeXml, num } from './xml.ts';

/** What the renderer needs to draw the computed layer; the map it renders is the one the flags were computed from. */
export interface StandingInput {
  evaluation: Evaluation;
  /** In a what-if export: the real mark of each claim whose status was changed for the view. */
  whatIfWas?: Readonly<Record<string, Status>>;
}

const WHAT_IF_FRAME_GAP = 3;

function flagKinds(evaluation: Evaluation, claimId: string): ClaimFlagKind[] {
  return claimFlags(evaluation, claimId).map((flag) => flag.kind as ClaimFlagKind);
}

/** The flag tags on the bottom edge of a claim's box, in map coordinates (drawn above every claim). */
export function claimStandingSvg(box: ClaimBox, standing: StandingInput): string {
  let svg = '';
  if (standing.whatIfWas && Object.hasOwn(standing.whatIfWas, box.id)) {
    svg += element('rect', {
      x: box.x - WHAT_IF_FRAME_GAP,
      y: box.y - WHAT_IF_FRAME_GAP,
      width: box.width + 2 * WHAT_IF_FRAME_GAP,
      height: box.height + 2 * WHAT_IF_FRAME_GAP,
      rx: 6,
      fill: 'none',
      stroke: WHAT_IF.color,
      'stroke-width': 2,
      'stroke-dasharray': WHAT_IF.dash,
      'data-role': 'what-if',
    });
  }
  const flags = flagKinds(standing.evaluation, box.id);
  const places = flagTagPlaces(flags, false, box.width);
  const top = box.y + box.height - FLAG_TAG.height / 2;
  flags.forEach((flag, i) => {
    const place = places.flags[i];
    if (!place) return;
    const style = FLAG_STYLES[flag];
    const x = box.x + place.x;
    const tag =
      element('rect', { x, y: top, width: place.width, height: FLAG_TAG.height, rx: 4, fill: style.background, stroke: '#ffffff', 'stroke-width': 2, 'data-flag': flag }) +
      iconSvg(style.icon, x + BADGE_PAD_X, top + (FLAG_TAG.height - ICON_SIZE) / 2, style.color) +
      (place.word
        ? textLine(style.word, x + BADGE_PAD_X + ICON_SIZE + ICON_GAP, baselineIn(top, FLAG_TAG.height, FLAG_TAG.fontSize), {
            size: FLAG_TAG.fontSize,
            weight: FLAG_TAG.fontWeight,
            fill: style.color,
          })
        : '');
    svg += place.word ? tag : element('g', { 'data-compact-flag': flag }, element('title', {}, escapeXml(style.word)) + tag);
  });
  return svg === '' ? '' : element('g', { 'data-standing': box.id }, svg);
}

/** Points the computed layer draws outside the claims' boxes, so the drawing's bounds include them. */
export function standingExtent(boxes: readonly ClaimBox[], standing: StandingInput): Point[] {
  const points: Point[] = [];
  for (const box of boxes) {
    if (standing.whatIfWas && Object.hasOwn(standing.whatIfWas, box.id)) {
      points.push({ x: box.x - WHAT_IF_FRAME_GAP - 1, y: box.y - WHAT_IF_FRAME_GAP - 1 });
      points.push({ x: box.x + box.width + WHAT_IF_FRAME_GAP + 1, y: box.y + box.height + WHAT_IF_FRAME_GAP + 1 });
    }
    const places = flagTagPlaces(flagKinds(standing.evaluation, box.id), false, box.width).flags;
    const last = places[places.length - 1];
    if (last) points.push({ x: box.x + last.x + last.width + 1, y: box.y + box.height + FLAG_TAG.height / 2 + 1 });
  }
  return points;
}

/** A relation drawn faded with a break mark when it is broken; `drawn` is the relation's own SVG. */
export function brokenRelationSvg(drawn: string, relationId: string, route: RelationRoute, standing: StandingInput): string {
  if (!relationBroken(standing.evaluation, relationId)) return drawn;
  const { point, angle } = routePointAt(route.joint?.branch ?? route.points, BROKEN_LINK.at);
  const mark = element(
    'g',
    { transform: `translate(${num(point.x)} ${num(point.y)}) rotate(${num((angle * 180) / Math.PI)})`, 'data-role': 'break-mark' },
    element('rect', { x: -BREAK_GAP.width / 2, y: -BREAK_GAP.height / 2, width: BREAK_GAP.width, height: BREAK_GAP.height, fill: '#ffffff' }) +
      element('path', { d: BREAK_MARK_PATH, fill: 'none', stroke: BROKEN_LINK.markColor, 'stroke-width': 2, 'stroke-linecap': 'round' }),
  );
  return element('g', { 'stroke-opacity': BROKEN_LINK.opacity, 'data-broken': 'true', 'data-relation-id': relationId }, drawn) + mark;
}

/** "What if…" under the title: the export shows a temporary view, not the map's marks. */
export function whatIfNoteSvg(changed: number): Block {
  const height = 22;
  const font = { size: 12, weight: 600 };
  const words = `What-if view: ${changed === 1 ? '1 status differs' : `${changed} statuses differ`} from the map’s real marks (dashed frames).`;
  const svg =
    element('rect', { x: 0, y: 0, width: 6, height, fill: WHAT_IF.color }) +
    textLine(words, 14, baselineIn(0, height, font.size), { ...font, fill: WHAT_IF.color }, { 'data-part': 'what-if-note' });
  return { svg, width: 14 + Math.ceil(measureText(words, font.size, font.weight)), height };
}

/** The legend's section for the computed layer: flag tags, the broken link and (in what-if) the frame. */
export function standingLegendSection(theme: Theme, whatIf: boolean): LegendSection {
  const row = LEGEND_ROW;
  const word = (text: string, x: number, top: number) => legendWord(text, x, top, theme);
  const wordWidth = legendWordWidth;
  const flagItems: LegendItem[] = CLAIM_FLAG_KINDS.map((flag) => {
    const style = FLAG_STYLES[flag];
    const width = flagTagPlaces([flag], false).flags[0]?.width ?? 0;
    return {
      width,
      draw: (x, top) => {
        const y = top + (row - FLAG_TAG.height) / 2;
        return (
          element('rect', { x, y, width, height: FLAG_TAG.height, rx: 4, fill: style.background }) +
          iconSvg(style.icon, x + BADGE_PAD_X, y + (FLAG_TAG.height - ICON_SIZE) / 2, style.color) +
          textLine(style.word, x + BADGE_PAD_X + ICON_SIZE + ICON_GAP, baselineIn(y, FLAG_TAG.height, FLAG_TAG.fontSize), { size: FLAG_TAG.fontSize, weight: FLAG_TAG.fontWeight, fill: style.color })
        );
      },
    };
  });
  const line = 36;
  const causes = theme.relations.causes;
  const broken: LegendItem = {
    width: line + 6 + wordWidth(BROKEN_LINK.word),
    draw: (x, top) =>
      element(
        'g',
        { 'stroke-opacity': BROKEN_LINK.opacity },
        element('path', { d: `M${num(x)} ${num(top + row / 2)}H${num(x + line)}`, fill: 'none', stroke: causes.color, 'stroke-width': causes.width, 'marker-end': `url(#${markerId('causes')})` }),
      ) +
      element('path', { d: BREAK_MARK_PATH, transform: `translate(${num(x + line * 0.45)} ${num(top + row / 2)}) scale(0.7)`, fill: 'none', stroke: BROKEN_LINK.markColor, 'stroke-width': 2, 'stroke-linecap': 'round' }) +
      word(BROKEN_LINK.word, x + line + 6, top),
  };
  const items = [...flagItems, broken];
  if (whatIf) {
    items.push({
      width: 30 + 6 + wordWidth('What-if mark'),
      draw: (x, top) =>
        element('rect', { x: x + 1, y: top + 4, width: 28, height: row - 8, rx: 3, fill: 'none', stroke: WHAT_IF.color, 'stroke-width': 2, 'stroke-dasharray': WHAT_IF.dash }) +
        word('What-if mark', x + 36, top),
    });
  }
  return { heading: 'Computed', items };
}
