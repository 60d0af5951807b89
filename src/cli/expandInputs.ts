// Turns the command's file arguments into map files: plain paths as given, quoted globs (*, ?, **) expanded in sorted order.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const WILD = /[*?[]/;

/** A glob segment as a regular expression: `*` any run within a name, `?` one character, `[…]` a class. */
function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else {
        source += `[${segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

async function entries(dir: string): Promise<{ name: string; isDir: boolean }[]> {
  try {
    const found = await readdir(dir, { withFileTypes: true });
    return found.map((e) => ({ name: e.name, isDir: e.isDirectory() })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

async function walk(dir: string, segments: readonly string[]): Promise<string[]> {
  const [head, ...rest] = segments;
  if (head === undefined) return [dir];
  if (head === '**') {
    const here = await walk(dir, rest);
    const deeper: string[] = [];
    for (const e of await entries(dir)) if (e.isDir && !e.name.startsWith('.') && e.name !== 'node_modules') deeper.push(...(await walk(path.join(dir, e.name), segments)));
    return [...here, ...deeper];
  }
  if (!WILD.test(head)) return walk(path.join(dir, head), rest);
  const pattern = segmentPattern(head);
  const matches: string[] = [];
  for (const e of await entries(dir)) {
    if (e.name.startsWith('.') && !head.startsWith('.')) continue;
    if (!pattern.test(e.name)) continue;
    if (rest.length === 0 ? !e.isDir : e.isDir) matches.push(...(await walk(path.join(dir, e.name), rest)));
  }
  return matches;
}

export type ExpandResult = { ok: true; files: string[] } | { ok: false; message: string };

/** Files keep the order given; a path that names nothing, or a glob that matches nothing, is a usage error. */
export async function expandInputs(args: readonly string[]): Promise<ExpandResult> {
  const files: string[] = [];
  for (const arg of args) {
    if (!WILD.test(arg)) {
      const info = await stat(arg).catch(() => undefined);
      if (!info?.isFile()) return { ok: false, message: `${arg}: no such file` };
      files.push(arg);
      continue;
    }
    const absolute = path.isAbsolute(arg);
    const segments = arg.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
    const walked = await walk(absolute ? path.parse(arg).root : '.', segments);
    const found: string[] = [];
    for (const file of walked) if ((await stat(file).catch(() => undefined))?.isFile()) found.push(file);
    if (found.length === 0) return { ok: false, message: `${arg}: no file matches` };
    files.push(...found);
  }
  const seen = new Set<string>();
  return { ok: true, files: files.filter((f) => !seen.has(path.resolve(f)) && !!seen.add(path.resolve(f))) };
}
