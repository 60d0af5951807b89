// Staged reveal on the canvas and the step panel: while presenting the map's own marks, each step's marks and flags as stagedStep gives them.
import { lightTheme } from '../export/svg/theme.ts';
import { claimFlags, type ClaimFlagKind } from '../model/evaluateMap.ts';
import { DEFAULT_FLAG_WORDS } from '../model/flagWords.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { HIDDEN_MARK_WORDS, type StagedStep, stagedStep } from '../model/stagedMarks.ts';
import type { EvaluationMode } from './evaluationState.ts';
import type { ClaimStandingView, StandingView } from './evaluationView.ts';
import type { ClaimFlowNode, FlowElements } from './mapToFlow.ts';
import { presentOrder } from './teachingState.ts';
import { withStanding } from './withStanding.ts';

/** Only the last step asked for is kept: stepping through a big map must not keep a copy of it per step. */
const lastStaged = new WeakMap<ArgumentMap, { step: number; staged: StagedStep | null }>();

/**
 * The staged step while presenting the map's own marks; null otherwise. What-if shows the marks being tried and
 * practice the student's own, so neither is staged.
 */
export function stagedStepOf(map: ArgumentMap, presenting: { step: number } | null, mode: EvaluationMode): StagedStep | null {
  if (!presenting || mode.kind !== 'real') return null;
  const cached = lastStaged.get(map);
  if (cached?.step === presenting.step) return cached.staged;
  const staged = stagedStep(map, presentOrder(map), presenting.step);
  lastStaged.set(map, { step: presenting.step, staged });
  return staged;
}

const NO_FLAGS: readonly ClaimFlagKind[] = [];

/** The flags and broken links of the staged map, as the canvas's standing layer. */
function stagedStandingView(staged: StagedStep): StandingView {
  const claims: Record<string, ClaimStandingView> = {};
  for (const claim of staged.map.nodes) {
    const flags = claimFlags(staged.evaluation, claim.id).map((flag) => flag.kind as ClaimFlagKind);
    if (flags.length > 0) claims[claim.id] = { flags, whatIfWas: null, practice: null };
  }
  const brokenRelations = new Set(Object.entries(staged.evaluation.relations).flatMap(([id, standing]) => (standing.broken ? [id] : [])));
  return { claims, brokenRelations };
}

/** `flow` is mapToFlow of `staged.map`: adds the staged flags, and draws each hidden mark as "?" with its words in the name. */
export function withStagedMarks(flow: FlowElements, staged: StagedStep, words = DEFAULT_FLAG_WORDS): FlowElements {
  const standing = withStanding(flow, stagedStandingView(staged), words);
  if (staged.hiddenMarks.size === 0) return standing;
  const nodes = standing.nodes.map((node): ClaimFlowNode => {
    if (!staged.hiddenMarks.has(node.id)) return node;
    const flags = node.data.standing?.flags ?? NO_FLAGS;
    const parts = [`${node.data.label} — ${lightTheme.kinds[node.data.kind].word}`, `mark ${HIDDEN_MARK_WORDS}`];
    if (flags.length > 0) parts.push(`flagged: ${flags.map((flag) => words.titles[flag].toLowerCase()).join(', ')}`);
    return { ...node, ariaLabel: parts.join(', '), data: { ...node.data, markHidden: true } };
  });
  return { nodes, edges: standing.edges };
}
