// Turns the first schema complaint about an edited value into a plain sentence for the person editing.
import type * as z from 'zod/mini';

const FIELD_WORDS: Record<string, string> = {
  label: 'The label',
  text: 'The text',
  date: 'The date',
  kind: 'The kind',
  status: 'The status',
  citation: 'The citation',
  quote: 'The quote',
  locator: 'The locator',
  url: 'The link',
  sources: 'The list of sources',
  relation: 'The relation',
};

export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The value is not allowed.';
  const field = [...issue.path].reverse().find((segment): segment is string => typeof segment === 'string');
  const subject = (field && FIELD_WORDS[field]) ?? 'The value';
  return `${subject} ${issue.message}.`;
}
