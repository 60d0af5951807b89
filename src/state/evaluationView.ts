// What the evaluation shows for the current mode: the map with what-if applied, its computed standing, practice verdicts.
import { applyWhatIf } from '../model/applyWhatIf.ts';
import { comparePractice, type PracticeResult } from '../model/comparePractice.ts';
import { type ClaimFlagKind, claimFlags, type Evaluation, evaluateMap } from '../model/evaluateMap.ts';
import type { ArgumentMap, Status } from '../model/schema.ts';
import type { StandingInput } from '../export/svg/standingSvg.ts';
import type { EvaluationMode } from './evaluationState.ts';

/** Computed once per map object: every edit makes a new map, so a cached answer is never stale. */
const evaluations = new WeakMap<ArgumentMap, Evaluation>();

export function evaluationOf(map: ArgumentMap): Evaluation {
  let evaluation = evaluations.get(map);
  if (!evaluation) {
    evaluation = evaluateMap(map);
    evaluations.set(map, evaluation);
  }
  return evaluation;
}

const whatIfMaps = new WeakMap<ArgumentMap, { overrides: object; shown: ArgumentMap }>();

/** The map whose statuses are on screen: the real one, or the real one with the what-if overrides applied. */
export function shownMapOf(map: ArgumentMap, mode: EvaluationMode): ArgumentMap {
  if (mode.kind !== 'whatIf') return map;
  const cached = whatIfMaps.get(map);
  if (cached?.overrides === mode.overrides) return cached.shown;
  const shown = applyWhatIf(map, mode.overrides);
  whatIfMaps.set(map, { overrides: mode.overrides, shown });
  return shown;
}

export type PracticeVerdict = 'agree' | 'differ' | 'unmarked';

/** What one claim shows in practice: the student's mark, and after "Check" the verdict and the map's mark. */
export interface PracticeView {
  mark: Status | null;
  verdict: PracticeVerdict | null;
  expected: Status | null;
}

/** The computed layer of one claim as the canvas and the exports draw it. */
export interface ClaimStandingView {
  flags: readonly ClaimFlagKind[];
  /** The real mark, when what-if shows another one. */
  whatIfWas: Status | null;
  practice: PracticeView | null;
}

export interface StandingView {
  /** Only claims that show something of the computed layer; plain claims are left out so they cost nothing. */
  claims: Readonly<Record<string, ClaimStandingView>>;
  brokenRelations: ReadonlySet<string>;
}

const NO_FLAGS: readonly ClaimFlagKind[] = [];

const practiceResults = new WeakMap<ArgumentMap, { marks: object; result: PracticeResult }>();

export function practiceResultOf(map: ArgumentMap, marks: Readonly<Record<string, Status>>): PracticeResult {
  const cached = practiceResults.get(map);
  if (cached?.marks === marks) return cached.result;
  const result = comparePractice(map, marks);
  practiceResults.set(map, { marks, result });
  return result;
}

/**
 * The standing layer for `map` (the real map) in `mode`. In practice the flags would give the answers away,
 * so they and the broken links appear only after "Check", computed from the map's own marks as feedback, and
 * only on the claims the student marked (a link only where they marked the claim it starts from).
 */
export function standingViewOf(map: ArgumentMap, mode: EvaluationMode): StandingView {
  const cached = standingViews.get(map);
  if (cached?.mode === mode) return cached.view;
  const view = computeStandingView(map, mode);
  standingViews.set(map, { mode, view });
  return view;
}

const standingViews = new WeakMap<ArgumentMap, { mode: EvaluationMode; view: StandingView }>();

function computeStandingView(map: ArgumentMap, mode: EvaluationMode): StandingView {
  const shown = shownMapOf(map, mode);
  const hidden = mode.kind === 'practice' && !mode.checked;
  // A checked round gives feedback on what the student marked: flags on the other claims, or a link broken by an
  // unmarked claim, would give away the answers they have not tried yet.
  const marked = mode.kind === 'practice' ? (id: string) => Object.hasOwn(mode.marks, id) : () => true;
  const evaluation = evaluationOf(shown);
  const result = mode.kind === 'practice' && mode.checked ? practiceResultOf(map, mode.marks) : null;
  const differ = new Map(result?.differ.map((d) => [d.id, d]) ?? []);
  const agree = new Set(result?.agree ?? []);
  const claims: Record<string, ClaimStandingView> = {};
  shown.nodes.forEach((claim, i) => {
    const real = map.nodes[i]?.status ?? claim.status;
    let practice: PracticeView | null = null;
    if (mode.kind === 'practice') {
      const mark = Object.hasOwn(mode.marks, claim.id) ? (mode.marks[claim.id] ?? null) : null;
      const verdict: PracticeVerdict | null = !result ? null : agree.has(claim.id) ? 'agree' : differ.has(claim.id) ? 'differ' : 'unmarked';
      practice = { mark, verdict, expected: result ? real : null };
    }
    const flags = hidden || !marked(claim.id) ? NO_FLAGS : claimFlags(evaluation, claim.id).map((flag) => flag.kind as ClaimFlagKind);
    const whatIfWas = claim.status === real ? null : real;
    if (flags.length > 0 || whatIfWas || practice) claims[claim.id] = { flags: flags.length ? flags : NO_FLAGS, whatIfWas, practice };
  });
  const brokenRelations = new Set<string>();
  if (!hidden) {
    // Only a practice round asks where a link starts; the other modes show every broken link.
    const sources = mode.kind === 'practice' ? new Map(shown.edges.map((relation) => [relation.id, relation.source])) : null;
    for (const [id, standing] of Object.entries(evaluation.relations)) if (standing.broken && (!sources || marked(sources.get(id) ?? ''))) brokenRelations.add(id);
  }
  return { claims, brokenRelations };
}

/** True when the claim shows anything of the computed layer, so plain claims can skip the extra work. */
export function hasStanding(view: ClaimStandingView | undefined): view is ClaimStandingView {
  return view !== undefined && (view.flags.length > 0 || view.whatIfWas !== null || view.practice !== null);
}

/** The status a claim shows in `mode` (what the status buttons press): an override, the student's mark (null when unmarked) or its own. */
export function shownStatus(mode: EvaluationMode, claim: { id: string; status: Status }): Status | null {
  if (mode.kind === 'whatIf') return Object.hasOwn(mode.overrides, claim.id) ? (mode.overrides[claim.id] ?? claim.status) : claim.status;
  if (mode.kind === 'practice') return Object.hasOwn(mode.marks, claim.id) ? (mode.marks[claim.id] ?? null) : null;
  return claim.status;
}

/**
 * What an image export draws in `mode`: the statuses on screen with their flags, and in what-if the real marks of
 * the changed claims so the export says it is a what-if view. A practice round exports the plain map, since its
 * flags would give the answers away and the student's marks are not the map's.
 */
export function exportViewOf(map: ArgumentMap, mode: EvaluationMode): { map: ArgumentMap; standing?: StandingInput } {
  if (mode.kind === 'practice') return { map };
  const shown = shownMapOf(map, mode);
  const whatIfWas: Record<string, Status> = {};
  shown.nodes.forEach((claim, i) => {
    const real = map.nodes[i]?.status;
    if (real && real !== claim.status) whatIfWas[claim.id] = real;
  });
  const evaluation = evaluationOf(shown);
  return { map: shown, standing: mode.kind === 'whatIf' ? { evaluation, whatIfWas } : { evaluation } };
}
