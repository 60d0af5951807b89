// The parts of @argdown/core's model the importer reads, typed here so the pure layer needs only type imports from it.
import type { IArgument, IEquivalenceClass, IRelation, ISection } from '@argdown/core';

/** What the parse-input and build-model processors leave in the response. */
export interface ArgdownModel {
  statements: Record<string, IEquivalenceClass>;
  arguments: Record<string, IArgument>;
  relations: IRelation[];
  sections: ISection[];
  frontMatter?: unknown;
}
