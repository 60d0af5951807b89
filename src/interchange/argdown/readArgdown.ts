// Argdown text to a Causeway map: @argdown/core parses and builds its model, the load gate judges the result.
import type { ArgdownApplication, IArgdownResponse } from '@argdown/core';
import { parseMap } from '../../model/parseMap.ts';
import { formatProblem, type Problem } from '../../model/problems.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import type { ArgdownModel } from './argdownModel.ts';
import { fromArgdownModel } from './fromArgdownModel.ts';
import type { ImportNote } from './importNote.ts';

export type ArgdownReadResult = { ok: true; map: ArgumentMap; notes: ImportNote[] } | { ok: false; problems: Problem[] };

/** Larger texts are refused before parsing: Argdown's parser holds every token of the text at once. */
export const MAX_ARGDOWN_BYTES = 5_000_000;
/** Enough to fix a text; the parser's later errors mostly follow from the first. */
const MAX_SYNTAX_PROBLEMS = 20;

let application: Promise<ArgdownApplication> | undefined;

/** @argdown/core is loaded on first use, so the app's first download does not carry the parser. */
function argdownApplication(): Promise<ArgdownApplication> {
  application ??= import('@argdown/core').then((core) => {
    const app = new core.ArgdownApplication();
    app.addPlugin(new core.ParserPlugin(), 'parse-input');
    // Front matter is read as data only: merged into the request (Argdown's default) it could change the run.
    app.addPlugin(new core.DataPlugin({ frontMatterSettingsMode: core.FrontMatterSettingsModes.IGNORE }), 'build-model');
    app.addPlugin(new core.ModelPlugin(), 'build-model');
    return app;
  });
  return application;
}

export const at = (line: number, column: number): string => `line ${line}, column ${column}`;

/** The first line of a parser message: Chevrotain appends every token sequence it would have accepted. */
function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() || 'the text cannot be read here';
}

interface Located {
  startLine?: number;
  startColumn?: number;
}

function syntaxProblems(response: IArgdownResponse & { lexerErrors?: { line?: number; column?: number; message: string }[]; parserErrors?: { message: string; token: Located }[] }): Problem[] {
  const lexer = (response.lexerErrors ?? []).map((e) => ({ line: e.line ?? 1, column: e.column ?? 1, message: firstLine(e.message) }));
  const parser = (response.parserErrors ?? []).map((e) => ({ line: e.token.startLine ?? 1, column: e.token.startColumn ?? 1, message: firstLine(e.message) }));
  return [...lexer, ...parser]
    .map((e) => ({ ...e, line: Number.isFinite(e.line) ? e.line : 1, column: Number.isFinite(e.column) ? e.column : 1 }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .slice(0, MAX_SYNTAX_PROBLEMS)
    .map((e) => ({ path: [], message: `${at(e.line, e.column)}: ${e.message}` }));
}

/** A YAML error in a `{…}` data block or the front matter, placed in the Argdown text. */
function dataProblem(error: unknown, tokens: readonly (Located & { image: string; tokenType?: { name?: string } })[]): Problem {
  const mark = (error as { mark?: { buffer?: string; line?: number; column?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  const token = mark?.buffer !== undefined ? tokens.find((t) => (t.tokenType?.name === 'Data' || t.tokenType?.name === 'FrontMatter') && t.image.includes(mark.buffer?.trim() ?? '\u0000')) : undefined;
  if (!token || mark?.line === undefined || mark.column === undefined) return { path: [], message: `the data in braces or the front matter cannot be read: ${reason}` };
  const offset = token.image.indexOf(mark.buffer?.trim() ?? '');
  const before = token.image.slice(0, offset).split('\n');
  const line = (token.startLine ?? 1) + before.length - 1 + mark.line;
  const column = mark.line === 0 && before.length === 1 ? (token.startColumn ?? 1) + offset + mark.column : mark.column + 1;
  return { path: [], message: `${at(line, column)}: the data cannot be read as YAML: ${reason}` };
}

/** Where the gate's complaint about `nodes[i]` or `edges[i]` is in the text. */
function placed(problem: Problem, nodeLines: readonly number[], edgeLines: readonly number[]): Problem {
  const [list, index, ...rest] = problem.path;
  const lines = list === 'nodes' ? nodeLines : list === 'edges' ? edgeLines : undefined;
  const line = lines && typeof index === 'number' ? lines[index] : undefined;
  if (line === undefined) return problem.path.length === 0 ? problem : { path: [], message: formatProblem(problem) };
  const field = rest.length > 0 ? `${rest.join('.')} ` : '';
  return { path: [], message: `${at(line, 1)}: ${list === 'nodes' ? 'claim' : 'link'} ${field}${problem.message}` };
}

function buildModel(app: ArgdownApplication, text: string, parsed: IArgdownResponse): ArgdownModel | { problem: Problem } {
  try {
    return app.run({ process: ['build-model'], input: text, logLevel: 'none', logExceptions: false, throwExceptions: true }, parsed) as unknown as ArgdownModel;
  } catch (error) {
    return { problem: dataProblem(error, (parsed.tokens as never) ?? []) };
  }
}

/** Never throws: a map with notes on what was approximated, or problems that say where (line and column). */
export async function readArgdown(text: string, untitled?: string): Promise<ArgdownReadResult> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ARGDOWN_BYTES) {
    return { ok: false, problems: [{ path: [], message: `the text is ${(bytes / 1e6).toFixed(1)} MB; Causeway reads Argdown up to ${MAX_ARGDOWN_BYTES / 1e6} MB` }] };
  }
  const app = await argdownApplication();
  let response: IArgdownResponse;
  try {
    response = app.run({ process: ['parse-input'], input: text, logLevel: 'none', logExceptions: false });
  } catch (error) {
    return { ok: false, problems: [{ path: [], message: `Argdown's parser stopped: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const syntax = syntaxProblems(response);
  if (syntax.length > 0) return { ok: false, problems: syntax };
  // Argdown builds no tree for an empty text; it is a map with no claims.
  const model = response.ast ? buildModel(app, text, response) : { statements: {}, arguments: {}, relations: [], sections: [] };
  if ('problem' in model) return { ok: false, problems: [model.problem] };
  const converted = fromArgdownModel(model, untitled);
  const gated = parseMap(converted.raw);
  if (!gated.ok) return { ok: false, problems: gated.problems.map((p) => placed(p, converted.nodeLines, converted.edgeLines)) };
  return { ok: true, map: gated.map, notes: converted.notes };
}
