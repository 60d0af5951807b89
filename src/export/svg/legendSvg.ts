// The legend block: kinds (shape, icon, word), statuses (the badge itself) and relations (stroke and arrowhead).
import { measureText } from '../../layout/measureText.ts';
import { ICON_SIZE, STATUS_ROW } from '../../layout/nodeMetrics.ts';
import { CLAIM_KINDS, type ClaimKind, RELATIONS, type RelationKind, type Status, STATUSES } from '../../model/schema.ts';
import { badgeWidth } from './badgeWidth.ts';
import { BLANK_MARK, badgeSvg, blankMarkSvg, iconSvg, type MarksStyle } from './claimSvg.ts';
import { markerId } from './markers.ts';
import { baselineIn, textLine } from './svgText.ts';
import { BOX_STROKE_WIDTH, type Theme } from './theme.ts';
import { element, num } from './xml.ts';

export const LEGEND_ROW = 24;
const ROW = LEGEND_ROW;
const ITEM_GAP = 18;
const WORD_GAP = 6;
const SWATCH = { width: 24, height: 18 };
const LINE_LENGTH = 36;
const WORD = { size: 12, weight: 400 };
const HEADING = { size: 11, weight: 600 };
export const LEGEND_HEADINGS = { kinds: 'Kinds', statuses: 'Status', relations: 'Links', blank: 'Your mark' } as const;

/**
 * What a practice handout's legend says about the empty boxes. The student draws the status's own icon, so
 * the key reads the same; the words describe the marks without naming them, so the page holds no status word.
 */
export const BLANK_MARK_MEANINGS: Readonly<Record<Status, string>> = {
  supported: 'the evidence bears it out',
  refuted: 'the evidence shows it false',
  contested: 'the evidence is divided',
  unassessed: 'cannot be judged yet',
};

export interface LegendOptions {
  /** 'blank': the statuses row explains the empty box of a practice handout instead. */
  marks?: MarksStyle;
  /** A compact legend: only the kinds, statuses and links that are drawn (a slide's). */
  only?: { kinds: ReadonlySet<ClaimKind>; statuses: ReadonlySet<Status>; relations: ReadonlySet<RelationKind> };
}

export interface LegendItem {
  width: number;
  draw: (x: number, top: number) => string;
}

export interface LegendSection {
  heading: string;
  items: LegendItem[];
}

type Item = LegendItem;

export interface Block {
  svg: string;
  width: number;
  height: number;
}

export function legendWordWidth(text: string): number {
  return Math.ceil(measureText(text, WORD.size, WORD.weight));
}

export function legendWord(text: string, x: number, top: number, theme: Theme): string {
  return word(text, x, top, theme);
}

function word(text: string, x: number, top: number, theme: Theme): string {
  return textLine(text, x, baselineIn(top, ROW, WORD.size), { ...WORD, fill: theme.text });
}

function blankItems(theme: Theme): Item[] {
  const wordWidth = (text: string) => Math.ceil(measureText(text, WORD.size, WORD.weight));
  const boxWord = 'draw in each box the sign of your mark:';
  const box: Item = {
    width: BLANK_MARK.size + WORD_GAP + wordWidth(boxWord),
    draw: (x, top) => blankMarkSvg(x, top + (ROW - STATUS_ROW) / 2, theme) + word(boxWord, x + BLANK_MARK.size + WORD_GAP, top, theme),
  };
  return [
    box,
    ...STATUSES.map((status) => {
      const style = theme.statuses[status];
      const meaning = BLANK_MARK_MEANINGS[status];
      return {
        width: ICON_SIZE + WORD_GAP + wordWidth(meaning),
        draw: (x: number, top: number) => iconSvg(style.icon, x, top + (ROW - ICON_SIZE) / 2, theme.text) + word(meaning, x + ICON_SIZE + WORD_GAP, top, theme),
      };
    }),
  ];
}

function items(theme: Theme, options: LegendOptions): { heading: string; items: Item[] }[] {
  const wordWidth = (text: string) => Math.ceil(measureText(text, WORD.size, WORD.weight));
  const only = options.only;
  const sections: { heading: string; items: Item[] }[] = [
    {
      heading: LEGEND_HEADINGS.kinds,
      items: CLAIM_KINDS.filter((kind) => !only || only.kinds.has(kind)).map((kind) => {
        const style = theme.kinds[kind];
        return {
          width: SWATCH.width + WORD_GAP + wordWidth(style.word),
          draw: (x, top) => {
            const y = top + (ROW - SWATCH.height) / 2;
            return (
              element('rect', {
                x: x + BOX_STROKE_WIDTH / 2,
                y: y + BOX_STROKE_WIDTH / 2,
                width: SWATCH.width - BOX_STROKE_WIDTH,
                height: SWATCH.height - BOX_STROKE_WIDTH,
                rx: Math.min(style.radius, 6),
                fill: style.fill,
                stroke: style.stroke,
                'stroke-width': BOX_STROKE_WIDTH,
                'stroke-dasharray': style.dash ? '3 2' : '',
              }) +
              iconSvg(style.icon, x + (SWATCH.width - ICON_SIZE) / 2, y + (SWATCH.height - ICON_SIZE) / 2, style.stroke) +
              word(style.word, x + SWATCH.width + WORD_GAP, top, theme)
            );
          },
        };
      }),
    },
    options.marks === 'blank'
      ? { heading: LEGEND_HEADINGS.blank, items: blankItems(theme) }
      : {
          heading: LEGEND_HEADINGS.statuses,
          items: STATUSES.filter((status) => !only || only.statuses.has(status)).map((status) => ({
            width: badgeWidth(theme.statuses[status].word, theme),
            draw: (x: number, top: number) => badgeSvg(status, x, top + (ROW - STATUS_ROW) / 2, theme),
          })),
        },
    {
      heading: LEGEND_HEADINGS.relations,
      items: RELATIONS.filter((relation) => !only || only.relations.has(relation)).map((relation) => {
        const style = theme.relations[relation];
        return {
          width: LINE_LENGTH + WORD_GAP + wordWidth(style.word),
          draw: (x, top) =>
            element('path', {
              d: `M${num(x)} ${num(top + ROW / 2)}H${num(x + LINE_LENGTH)}`,
              fill: 'none',
              stroke: style.color,
              'stroke-width': style.width,
              'stroke-dasharray': style.dash,
              'marker-end': `url(#${markerId(relation)})`,
            }) + word(style.word, x + LINE_LENGTH + WORD_GAP, top, theme),
        };
      }),
    },
  ];
  return sections.filter((section) => section.items.length > 0);
}

/** One row per section, items wrapping within `maxWidth`; drawn with its top-left corner at (0, 0). */
export function legendSvg(theme: Theme, maxWidth: number, extra: readonly LegendSection[] = [], options: LegendOptions = {}): Block {
  const sections = [...items(theme, options), ...extra.filter((section) => section.items.length > 0)];
  if (sections.length === 0) return { svg: '', width: 0, height: 0 };
  const indent = Math.ceil(Math.max(...sections.map((s) => measureText(s.heading.toUpperCase(), HEADING.size, HEADING.weight)))) + ITEM_GAP;
  let svg = '';
  let top = 0;
  let width = 0;
  for (const section of sections) {
    svg += textLine(section.heading.toUpperCase(), 0, baselineIn(top, ROW, HEADING.size), { ...HEADING, fill: theme.mutedText });
    let x = indent;
    for (const item of section.items) {
      if (x > indent && x + item.width > maxWidth) {
        top += ROW;
        x = indent;
      }
      svg += item.draw(x, top);
      width = Math.max(width, x + item.width);
      x += item.width + ITEM_GAP;
    }
    top += ROW;
  }
  return { svg, width, height: top };
}
