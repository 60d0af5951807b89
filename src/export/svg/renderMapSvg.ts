// The one renderer: map + layout + theme → a self-contained SVG string, the source of every export (SVG, PNG, PDF).
import type { ClaimBox, MapLayout, RelationRoute } from '../../layout/types.ts';
import type { ArgumentMap, Claim, Relation } from '../../model/schema.ts';
import { claimSvg, type MarksStyle } from './claimSvg.ts';
import { citationSvg, titleSvg } from './headerSvg.ts';
import { type Block, legendSvg } from './legendSvg.ts';
import { markerDefs } from './markers.ts';
import { relationLabelSvg, relationSvg } from './relationSvg.ts';
import { flagWords } from '../../model/flagWords.ts';
import { brokenRelationSvg, claimStandingSvg, type StandingInput, standingExtent, standingLegendSection, whatIfNoteSvg } from './standingSvg.ts';
import { FONT_STACK } from './svgText.ts';
import type { Theme } from './theme.ts';
import { element, escapeXml, num } from './xml.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';

export type Background = 'white' | 'transparent';

export interface RenderOptions {
  /** Draw the map's title above it (default true). */
  title?: boolean;
  /** Draw the legend of kinds, statuses and relations below it (default true). */
  legend?: boolean;
  /** Draw the source citation at the bottom, when the map has one (default true). */
  citation?: boolean;
  /** Only these claims, and the relations between two of them. */
  selection?: Iterable<string>;
  /** 'white' paints the theme's background; 'transparent' paints nothing behind the map (default 'white'). */
  background?: Background;
  /**
   * A presentation step: only the `shown` claims (and relations between two of them) are drawn, inside the
   * whole map's frame so every step lines up with the next, and `current` is ringed; the marks of `hiddenMarks`
   * (staged reveal, stagedStep) are drawn as "?". `frame` is the standing whose flags the frame makes room
   * for (the whole map's), so a step that reveals a flag does not move the map.
   */
  reveal?: { shown: Iterable<string>; current?: string; hiddenMarks?: ReadonlySet<string>; frame?: StandingInput };
  /** The computed layer (flags, broken links, what-if frames and note) drawn as on the canvas, with its legend entries. */
  standing?: StandingInput;
  /** 'blank' (a practice handout): an empty box to mark by hand instead of each status badge, and a legend that explains it. */
  marks?: MarksStyle;
  /**
   * The part of the layout to frame, in layout coordinates, instead of the bounds of what is drawn: a slide's
   * zoomed view or one tile of a handout split across pages. What lies outside is drawn, to be clipped by the page.
   */
  frame?: { x: number; y: number; width: number; height: number };
  /**
   * With `frame`: 'overlapping' (default) draws every claim reaching into it (tiles of a split page share the
   * claims on their seam); 'inside' only the claims wholly inside, with the links that touch one of them, so
   * no clipped text lingers in a PDF's text layer beside the slide's words.
   */
  frameKeeps?: 'overlapping' | 'inside';
}

/** The ring around a presentation step's claim: outside the box, so the box itself is drawn exactly as on the canvas. */
const STEP_RING = { gap: 6, width: 4, radius: 10, color: '#d97706' } as const;

function stepRingSvg(box: ClaimBox): string {
  const out = STEP_RING.gap + STEP_RING.width / 2;
  return element('rect', {
    x: num(box.x - out),
    y: num(box.y - out),
    width: num(box.width + 2 * out),
    height: num(box.height + 2 * out),
    rx: STEP_RING.radius,
    fill: 'none',
    stroke: STEP_RING.color,
    'stroke-width': STEP_RING.width,
    'data-role': 'current-step',
  });
}

export interface RenderedSvg {
  svg: string;
  /** Whole pixels, so a raster at scale s is exactly width·s × height·s. */
  width: number;
  height: number;
  /** Where the map's frame (the bounds, or `frame`) lies in the SVG, for a page or slide that places it. */
  mapFrame: { x: number; y: number; width: number; height: number };
}

const MARGIN = 24;
const GAP = 20;
/** Narrow selections still get a legend and title that fit. */
const MIN_CONTENT_WIDTH = 420;

interface Drawn {
  claims: { claim: Claim; box: ClaimBox }[];
  relations: { relation: Relation; route: RelationRoute }[];
}

function pick(map: ArgumentMap, layout: MapLayout, selection: Iterable<string> | undefined): Drawn {
  const chosen = selection ? new Set(selection) : undefined;
  const claims = map.nodes.flatMap((claim) => {
    const box = layout.claims[claim.id];
    return box && (!chosen || chosen.has(claim.id)) ? [{ claim, box }] : [];
  });
  const drawn = new Set(claims.map(({ claim }) => claim.id));
  const relations = map.edges.flatMap((relation) => {
    const route = layout.relations[relation.id];
    return route && drawn.has(relation.source) && drawn.has(relation.target) ? [{ relation, route }] : [];
  });
  return { claims, relations };
}

/** Bounds of what is drawn (not of the whole layout), so a selection is cropped to itself. */
function boundsOf({ claims, relations }: Drawn, extra: readonly { x: number; y: number }[] = []): { x: number; y: number; width: number; height: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const include = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const { box } of claims) {
    include(box.x, box.y);
    include(box.x + box.width, box.y + box.height);
  }
  for (const { route } of relations) for (const p of route.points) include(p.x, p.y);
  for (const p of extra) include(p.x, p.y);
  if (minX > maxX) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function placed(part: string, block: Block, x: number, y: number): string {
  return element('g', { 'data-part': part, transform: `translate(${num(x)} ${num(y)})` }, block.svg);
}

/** The frame the renderer puts around the map for these options, in layout coordinates (a page splits it into tiles). */
export function framedBounds(map: ArgumentMap, layout: MapLayout, options: RenderOptions = {}): { x: number; y: number; width: number; height: number } {
  if (options.frame) return options.frame;
  const framed = pick(map, layout, options.reveal ? undefined : options.selection);
  return boundsOf(framed, options.standing ? standingExtent(framed.claims.map(({ box }) => box), options.standing) : []);
}

type Rect = { x: number; y: number; width: number; height: number };

function overlaps(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y;
}

/**
 * Only what reaches into the frame: a page clips the rest away, but clipped text would still be in a PDF's
 * text layer (copied, searched and read aloud out of place).
 */
function within(drawn: Drawn, frame: Rect | undefined, keeps: RenderOptions['frameKeeps']): Drawn & { unlabelled: ReadonlySet<string> } {
  if (!frame) return { ...drawn, unlabelled: new Set() };
  if (keeps === 'inside') {
    const inside = (box: Rect) => box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
    const claims = drawn.claims.filter(({ box }) => inside(box));
    const kept = new Set(claims.map(({ claim }) => claim.id));
    const relations = drawn.relations.filter(({ relation }) => kept.has(relation.source) || kept.has(relation.target));
    // A link leaving the view is drawn to the edge, but its label could sit outside.
    const unlabelled = new Set(relations.filter(({ relation }) => !kept.has(relation.source) || !kept.has(relation.target)).map(({ relation }) => relation.id));
    return { claims, relations, unlabelled };
  }
  return {
    claims: drawn.claims.filter(({ box }) => overlaps(box, frame)),
    relations: drawn.relations.filter(({ route }) => overlaps(boundsOf({ claims: [], relations: [{ route } as Drawn['relations'][number]] }), frame)),
    unlabelled: new Set(),
  };
}

export function renderMapSvgDocument(map: ArgumentMap, layout: MapLayout, theme: Theme, options: RenderOptions = {}): RenderedSvg {
  const drawn = within(pick(map, layout, options.reveal ? options.reveal.shown : options.selection), options.frame, options.frameKeeps);
  const standing = options.standing && { ...options.standing, words: options.standing.words ?? flagWords(map.meta.flagName) };
  // A deck keeps the whole map's frame on every slide (reveal.frame), so revealing a flag does not shift the map.
  const frameStanding = options.reveal?.frame ?? standing;
  const bounds = framedBounds(map, layout, { ...options, standing: frameStanding });
  const whatIfCount = standing?.whatIfWas ? Object.keys(standing.whatIfWas).length : 0;
  const currentBox = options.reveal?.current === undefined ? undefined : drawn.claims.find(({ claim }) => claim.id === options.reveal?.current)?.box;
  const contentWidth = Math.ceil(Math.max(bounds.width, MIN_CONTENT_WIDTH));

  const blocks: string[] = [];
  let y = MARGIN;
  if (options.title !== false) {
    const title = titleSvg(map.meta.title, contentWidth, theme);
    blocks.push(placed('title', title, MARGIN, y));
    y += title.height + GAP;
  }
  if (whatIfCount > 0) {
    const note = whatIfNoteSvg(whatIfCount);
    blocks.push(placed('what-if', note, MARGIN, y));
    y += note.height + GAP;
  }

  const mapBody =
    element(
      'g',
      { 'data-part': 'relations' },
      drawn.relations
        .map(({ relation, route }) => (standing ? brokenRelationSvg(relationSvg(relation, route, theme), relation.id, route, standing) : relationSvg(relation, route, theme)))
        .join(''),
    ) +
    element('g', { 'data-part': 'relation-labels' }, drawn.relations.flatMap(({ relation, route }) => (drawn.unlabelled.has(relation.id) ? [] : [relationLabelSvg(relation, route, theme)])).join('')) +
    element('g', { 'data-part': 'claims' }, drawn.claims.map(({ claim, box }) => claimSvg(claim, box, theme, options.marks, options.reveal?.hiddenMarks?.has(claim.id))).join('')) +
    (standing ? element('g', { 'data-part': 'standing' }, drawn.claims.map(({ box }) => claimStandingSvg(box, standing)).join('')) : '') +
    (currentBox ? stepRingSvg(currentBox) : '');
  const mapLeft = MARGIN + (contentWidth - bounds.width) / 2 - bounds.x;
  blocks.push(element('g', { 'data-part': 'map', transform: `translate(${num(mapLeft)} ${num(y - bounds.y)})` }, mapBody));
  const mapFrame = { x: mapLeft + bounds.x, y, width: bounds.width, height: bounds.height };
  y += bounds.height;

  if (options.legend !== false) {
    const legend = legendSvg(theme, contentWidth, standing ? [standingLegendSection(theme, whatIfCount > 0, standing.words)] : [], { marks: options.marks });
    y += GAP;
    blocks.push(placed('legend', legend, MARGIN, y));
    y += legend.height;
  }
  if (options.citation !== false && map.meta.source) {
    const citation = citationSvg(map.meta.source, contentWidth, theme);
    y += GAP;
    blocks.push(placed('citation', citation, MARGIN, y));
    y += citation.height;
  }

  const width = contentWidth + 2 * MARGIN;
  const height = Math.ceil(y + MARGIN);
  const background = options.background === 'transparent' ? '' : element('rect', { width, height, fill: theme.background, 'data-part': 'background' });
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(FONT_STACK)}" role="img">` +
    `<title>${escapeXml(neutraliseBidi(map.meta.title))}</title>` +
    `<defs>${markerDefs(theme)}</defs>` +
    background +
    blocks.join('') +
    '</svg>\n';
  return { svg, width, height, mapFrame };
}

/** The SVG file's text. */
export function renderMapSvg(map: ArgumentMap, layout: MapLayout, theme: Theme, options: RenderOptions = {}): string {
  return renderMapSvgDocument(map, layout, theme, options).svg;
}
