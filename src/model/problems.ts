// Problems found in a map: a JSON path plus a plain sentence, and how to print them.
export type PathSegment = string | number;

export interface Problem {
  path: PathSegment[];
  message: string;
}

/** `edges[3].target` — the path notation every error message uses. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(file)';
}

export function formatProblem(problem: Problem): string {
  return `${formatPath(problem.path)}: ${problem.message}`;
}
