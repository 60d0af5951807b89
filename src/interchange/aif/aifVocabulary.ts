// AIF's node types and the scheme names Causeway writes and recognises, shared by the reader and the writer.
import type { RelationKind } from '../../model/schema.ts';

/** Scheme nodes that relate claims: inference (RA), conflict (CA), rephrase (MA), preference (PA). */
export const INFERENCE_TYPES = new Set(['RA', 'CA', 'MA', 'PA']);

/** The AIF node and scheme text written for each relation; a plain AIF reader sees an inference or a conflict. */
export const SCHEME_OF: Record<RelationKind, { type: 'RA' | 'CA'; text: string }> = {
  supports: { type: 'RA', text: 'Default Inference' },
  causes: { type: 'RA', text: 'Argument From Cause To Effect' },
  motivates: { type: 'RA', text: 'Practical Reasoning' },
  refutes: { type: 'CA', text: 'Default Conflict' },
};

/** An RA node's relation when the file says nothing of Causeway: its scheme's name decides. */
export function relationOfInference(schemeText: string): RelationKind {
  if (/cause\s+to\s+effect|causal/i.test(schemeText)) return 'causes';
  if (/practical\s+reasoning/i.test(schemeText)) return 'motivates';
  return 'supports';
}

/** The key under which Causeway keeps its own fields in an AIF file; AIF readers ignore keys they do not know. */
export const EXTRAS_KEY = 'causeway';

/** The label a rephrase (MA) link gets: it becomes a support from the rephrasing to what it rephrases. */
export const RESTATES_LABEL = 'restates';
