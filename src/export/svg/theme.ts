// The look of kinds, statuses and relations, shared by the canvas and every export so they cannot drift.
import type { ClaimKind, RelationKind, Status } from '../../model/schema.ts';

/** 12×12 icon drawn as an SVG path; `fill` icons are filled, the others stroked. */
export interface Icon {
  path: string;
  fill: boolean;
}

export interface KindStyle {
  word: string;
  icon: Icon;
  fill: string;
  stroke: string;
  /** Corner radius of the box: the shape tells kinds apart without colour. */
  radius: number;
  /** SVG stroke-dasharray of the box outline, '' for solid. */
  dash: string;
}

export interface StatusStyle {
  word: string;
  icon: Icon;
  color: string;
  background: string;
}

export interface RelationStyle {
  word: string;
  color: string;
  /** SVG stroke-dasharray, '' for solid. */
  dash: string;
  width: number;
  /** Arrowhead drawn at the target: a filled triangle, an open chevron, or a bar (⊣) for refutation. */
  marker: 'triangle' | 'chevron' | 'bar';
}

export interface Theme {
  font: { family: string; labelSize: number; labelWeight: number; smallSize: number; smallWeight: number };
  background: string;
  text: string;
  mutedText: string;
  kinds: Record<ClaimKind, KindStyle>;
  statuses: Record<Status, StatusStyle>;
  relations: Record<RelationKind, RelationStyle>;
}

export const ICONS = {
  event: { path: 'M7 1 L2.5 7 H5.8 L4.8 11 L9.5 4.8 H6.3 Z', fill: true },
  claim: { path: 'M1.5 2 H10.5 V8 H6 L3.5 10.5 V8 H1.5 Z', fill: false },
  assumption: { path: 'M3.2 9 A2.4 2.4 0 0 1 3 4.2 A3 3 0 0 1 8.6 4 A2.5 2.5 0 0 1 8.8 9 Z', fill: false },
  evidence: { path: 'M2.5 1 H7 L9.5 3.5 V11 H2.5 Z M7 1 V3.5 H9.5', fill: false },
  supported: { path: 'M2.2 6.4 L4.8 9 L9.8 3.2', fill: false },
  refuted: { path: 'M2.8 2.8 L9.2 9.2 M9.2 2.8 L2.8 9.2', fill: false },
  contested: { path: 'M6 1.8 V7 M6 9.4 V10.2', fill: false },
  unassessed: { path: 'M3.8 4.3 A2.2 2.2 0 1 1 6.9 6.3 C6.2 6.7 6 7.1 6 7.9 M6 10 V10.4', fill: false },
} as const satisfies Record<string, Icon>;

export const lightTheme: Theme = {
  font: { family: 'Inter', labelSize: 14, labelWeight: 600, smallSize: 11, smallWeight: 600 },
  background: '#ffffff',
  text: '#111827',
  mutedText: '#4b5563',
  kinds: {
    event: { word: 'Event', icon: ICONS.event, fill: '#eef4ff', stroke: '#2f5fb3', radius: 2, dash: '' },
    claim: { word: 'Claim', icon: ICONS.claim, fill: '#f5f3ff', stroke: '#6d4fc2', radius: 12, dash: '' },
    assumption: { word: 'Assumption', icon: ICONS.assumption, fill: '#fff8eb', stroke: '#a16207', radius: 12, dash: '6 3' },
    evidence: { word: 'Evidence', icon: ICONS.evidence, fill: '#f0faf4', stroke: '#2f7a4f', radius: 0, dash: '' },
  },
  statuses: {
    supported: { word: 'Supported', icon: ICONS.supported, color: '#166534', background: '#dcfce7' },
    refuted: { word: 'Refuted', icon: ICONS.refuted, color: '#991b1b', background: '#fee2e2' },
    contested: { word: 'Contested', icon: ICONS.contested, color: '#92400e', background: '#fef3c7' },
    unassessed: { word: 'Unassessed', icon: ICONS.unassessed, color: '#374151', background: '#e5e7eb' },
  },
  relations: {
    causes: { word: 'causes', color: '#334155', dash: '', width: 2, marker: 'triangle' },
    supports: { word: 'supports', color: '#15803d', dash: '', width: 1.75, marker: 'chevron' },
    refutes: { word: 'refutes', color: '#b91c1c', dash: '7 4', width: 2, marker: 'bar' },
    motivates: { word: 'motivates', color: '#7c3aed', dash: '2 3', width: 2, marker: 'triangle' },
  },
};

/** Outline of a claim's box in px; the canvas draws it as a CSS border inside the box, the SVG insets it by half. */
export const BOX_STROKE_WIDTH = 1.5;
/** Stroke of the outlined (non-`fill`) icons, at their 12 px size. */
export const ICON_STROKE_WIDTH = 1.5;

/** The kind row's word as drawn: upper case, in the small font, in the kind's stroke colour. */
export function kindCaption(kind: KindStyle): string {
  return kind.word.toUpperCase();
}
