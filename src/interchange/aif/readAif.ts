// Reads an AIF graph (AIFdb JSON or an OVA3 save file) into a Causeway map, noting every approximation; the map then passes the load gate.
import { slugify, uniqueId, linkStem } from '../../model/edits/uniqueId.ts';
import { hasVisibleCharacter } from '../../model/hasVisibleCharacter.ts';
import { MAX_PROBLEMS, parseMap } from '../../model/parseMap.ts';
import { formatPath, type PathSegment, type Problem } from '../../model/problems.ts';
import { LIMITS, MAP_FORMAT, CURRENT_VERSION, type RelationKind } from '../../model/schema.ts';
import type { ImportNote, ImportResult } from '../formats.ts';
import { aifRoot } from './detectAif.ts';
import { EXTRAS_KEY, INFERENCE_TYPES, relationOfInference, RESTATES_LABEL } from './aifVocabulary.ts';

type Json = Record<string, unknown>;

interface AifNode {
  index: number;
  id: string;
  type: string;
  text: string;
  extras: Json | undefined;
}

interface AifEdge {
  index: number;
  from: string;
  to: string;
}

/** How many node references a grouped note names before it says "and N more". */
const NAMED_IN_NOTE = 5;
/** Ids made from a claim's text stay short enough to read in a link's id. */
const ID_STEM_LENGTH = 40;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const own = (object: Json, key: string): unknown => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);

function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** An id or type as messages quote it: a file's ids may be any text, megabytes long. */
const shown = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Paragraph breaks and runs of spaces do not fit a label; the text keeps them. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function shortId(text: string, fallback: string): string {
  const slug = slugify(text, fallback);
  if (slug.length <= ID_STEM_LENGTH) return slug;
  const cut = slug.slice(0, ID_STEM_LENGTH);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : ID_STEM_LENGTH);
}

/** A label that fits: cut at a word before the limit, with the whole text kept in the claim's text. */
function fittedLabel(text: string): { label: string; cut: boolean } {
  const line = oneLine(text);
  if (line.length <= LIMITS.labelLength) return { label: line, cut: false };
  const room = line.slice(0, LIMITS.labelLength - 1);
  const space = room.lastIndexOf(' ');
  return { label: `${(space > LIMITS.labelLength / 2 ? room.slice(0, space) : room).trimEnd()}…`, cut: true };
}

/** 'nodes[3], nodes[8] and 4 more' */
function listPlaces(places: readonly string[]): string {
  const shown = places.slice(0, NAMED_IN_NOTE).join(', ');
  return places.length > NAMED_IN_NOTE ? `${shown} and ${places.length - NAMED_IN_NOTE} more` : shown;
}

class Notes {
  readonly list: ImportNote[] = [];
  private readonly grouped = new Map<string, string[]>();
  add(where: string, message: string): void {
    this.list.push({ where, message });
  }
  /** One note for many places with the same story (e.g. every TA node left out). */
  group(message: string, where: string): void {
    const places = this.grouped.get(message) ?? [];
    places.push(where);
    this.grouped.set(message, places);
  }
  all(): ImportNote[] {
    return [...this.list, ...[...this.grouped].map(([message, places]) => ({ where: listPlaces(places), message }))];
  }
}

interface Read {
  nodes: AifNode[];
  edges: AifEdge[];
  problems: Problem[];
}

/** The nodes and edges as AIF defines them, or problems naming their JSON paths. */
function readGraph(graph: Json, at: readonly PathSegment[]): Read {
  const problems: Problem[] = [];
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const rawNodes = own(graph, 'nodes');
  const rawEdges = own(graph, 'edges');
  if (!Array.isArray(rawNodes)) problems.push({ path: [...at, 'nodes'], message: 'is missing or not a list: an AIF file lists its nodes' });
  if (!Array.isArray(rawEdges)) problems.push({ path: [...at, 'edges'], message: 'is missing or not a list: an AIF file lists its edges' });
  if (problems.length > 0) return { nodes, edges, problems };
  const seen = new Map<string, number>();
  (rawNodes as unknown[]).forEach((raw, index) => {
    const path = [...at, 'nodes', index];
    if (!isObject(raw)) return void problems.push({ path, message: 'must be an object with nodeID, type and text' });
    const id = idOf(own(raw, 'nodeID'));
    const type = own(raw, 'type');
    const text = own(raw, 'text') ?? '';
    if (id === null) return void problems.push({ path: [...path, 'nodeID'], message: 'is missing or not an id (text or a number)' });
    if (typeof type !== 'string') return void problems.push({ path: [...path, 'type'], message: "is missing or not text (AIF's node types are I, RA, CA, MA, PA, L, TA, YA)" });
    if (typeof text !== 'string') return void problems.push({ path: [...path, 'text'], message: 'must be text' });
    const first = seen.get(id);
    if (first !== undefined) return void problems.push({ path: [...path, 'nodeID'], message: `'${shown(id)}' is already the nodeID of nodes[${first}]` });
    seen.set(id, index);
    const extras = own(raw, EXTRAS_KEY);
    nodes.push({ index, id, type: type.toUpperCase(), text, extras: isObject(extras) ? extras : undefined });
  });
  (rawEdges as unknown[]).forEach((raw, index) => {
    const path = [...at, 'edges', index];
    if (!isObject(raw)) return void problems.push({ path, message: 'must be an object with fromID and toID' });
    const ends: string[] = [];
    for (const key of ['fromID', 'toID'] as const) {
      const id = idOf(own(raw, key));
      if (id === null) problems.push({ path: [...path, key], message: 'is missing or not an id (text or a number)' });
      else if (!seen.has(id)) problems.push({ path: [...path, key], message: `'${shown(id)}' names no node (a dangling edge)` });
      else ends.push(id);
    }
    if (ends.length === 2) edges.push({ index, from: ends[0] as string, to: ends[1] as string });
  });
  return { nodes, edges, problems };
}

/** An edge that closes a loop of scheme nodes (RA → CA → RA…): such an inference would lead back to itself. */
function schemeCycles(nodes: ReadonlyMap<string, AifNode>, edges: readonly AifEdge[], at: readonly PathSegment[]): Problem[] {
  const out = new Map<string, AifEdge[]>();
  for (const edge of edges) {
    if (!INFERENCE_TYPES.has(nodes.get(edge.from)?.type ?? '') || !INFERENCE_TYPES.has(nodes.get(edge.to)?.type ?? '')) continue;
    out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  }
  const problems: Problem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    trail.push(id);
    for (const edge of out.get(id) ?? []) {
      const next = state.get(edge.to);
      if (next === 'open') {
        const loop = [...trail.slice(trail.indexOf(edge.to)), edge.to].map((n) => `${shown(nodes.get(n)?.type ?? '')} ${shown(n)}`).join(' → ');
        problems.push({ path: [...at, 'edges', edge.index], message: `closes a cycle through scheme nodes (${loop}): an inference cannot lead back to itself` });
      } else if (next === undefined) visit(edge.to);
    }
    trail.pop();
    state.set(id, 'done');
  };
  // Iterative deepening is not needed: scheme-to-scheme chains are short, and files are at most 5 MB.
  for (const id of out.keys()) if (!state.has(id)) visit(id);
  return problems;
}

/** A speaker in locution text such as "Poostix says 'John…'" or "Bob: …". */
function speakerOf(text: string): string | null {
  const match = /^\s*([^:'"]{1,60}?)\s*(?::|\bsays\b)/.exec(text);
  return match?.[1] && hasVisibleCharacter(match[1]) ? match[1] : null;
}

function positionsFromOva(value: Json): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const ova = own(value, 'OVA');
  const list = isObject(ova) ? own(ova, 'nodes') : undefined;
  if (!Array.isArray(list)) return positions;
  for (const raw of list) {
    if (!isObject(raw)) continue;
    const id = idOf(own(raw, 'nodeID'));
    const x = Number(own(raw, 'x'));
    const y = Number(own(raw, 'y'));
    if (id !== null && Number.isFinite(x) && Number.isFinite(y)) positions.set(id, { x: Math.round(x), y: Math.round(y) });
  }
  return positions;
}

function titleFrom(fileName: string | undefined): string {
  const stem = fileName?.replace(/^.*[\\/]/, '').replace(/(\.aif)?\.json$/i, '');
  return stem && hasVisibleCharacter(stem) ? stem.slice(0, LIMITS.shortText) : 'Imported AIF map';
}

interface Built {
  map: Json;
  /** For each claim and link of the map, the AIF node it came from, so the load gate's problems name the AIF file's places. */
  claimFrom: number[];
  linkFrom: number[];
}

/** Reads a parsed AIF value; `fileName` gives the map a title when the file carries none. */
export function readAifValue(value: unknown, fileName?: string): ImportResult {
  const root = aifRoot(value);
  if (!root) {
    return { ok: false, problems: [{ path: [], message: 'this is not AIF: an AIF file holds "nodes" and "edges" lists (AIFdb) or an "AIF" object (OVA)' }] };
  }
  const { graph, at } = root;
  const read = readGraph(graph, at);
  if (read.problems.length > 0) return { ok: false, problems: read.problems.slice(0, MAX_PROBLEMS) };
  const byId = new Map(read.nodes.map((node) => [node.id, node]));
  const claimCount = read.nodes.filter((node) => node.type === 'I').length;
  if (claimCount > LIMITS.claims) {
    return { ok: false, problems: [{ path: [...at, 'nodes'], message: `holds ${claimCount} I-nodes; a map holds at most ${LIMITS.claims} claims` }] };
  }
  const cycles = schemeCycles(byId, read.edges, at);
  if (cycles.length > 0) return { ok: false, problems: cycles.slice(0, MAX_PROBLEMS) };
  const built = buildMap(read, byId, at, positionsFromOva(value as Json), isObject(own(graph, EXTRAS_KEY)) ? (own(graph, EXTRAS_KEY) as Json) : undefined, fileName);
  if (!built.ok) return built;
  const parsed = parseMap(built.map);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((problem) => inAifTerms(problem, built, at)) };
  return { ok: true, map: parsed.map, notes: built.notes };
}

/** A load-gate problem of the built map, placed where it came from in the AIF file. */
function inAifTerms(problem: Problem, built: Built, at: readonly PathSegment[]): Problem {
  const [list, index, field, ...rest] = problem.path;
  const from = list === 'nodes' ? built.claimFrom : list === 'edges' ? built.linkFrom : null;
  if (from && typeof index === 'number' && from[index] !== undefined) {
    const node = [...at, 'nodes', from[index] as number];
    const path = field === undefined ? node : list === 'nodes' && field === 'label' ? [...node, 'text'] : [...node, EXTRAS_KEY, field, ...rest];
    return { path, message: problem.message };
  }
  return { path: [...at, EXTRAS_KEY, ...problem.path], message: `${problem.message} (${formatPath(problem.path)} of the map)` };
}

function buildMap(
  read: Read,
  byId: ReadonlyMap<string, AifNode>,
  at: readonly PathSegment[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
  extras: Json | undefined,
  fileName: string | undefined,
): (Built & { ok: true; notes: ImportNote[] }) | { ok: false; problems: Problem[] } {
  const notes = new Notes();
  const place = (node: AifNode) => `${formatPath([...at, 'nodes', node.index])} (${shown(node.type)} ${shown(node.id)})`;
  const into = new Map<string, AifNode[]>();
  const outOf = new Map<string, AifNode[]>();
  for (const edge of read.edges) {
    const from = byId.get(edge.from) as AifNode;
    const to = byId.get(edge.to) as AifNode;
    into.set(to.id, [...(into.get(to.id) ?? []), from]);
    outOf.set(from.id, [...(outOf.get(from.id) ?? []), to]);
  }

  // Claims: one per I-node, in file order.
  const claims: Json[] = [];
  const claimFrom: number[] = [];
  const claimIdOf = new Map<string, string>();
  const takenClaimIds = new Set<string>();
  let placed = 0;
  for (const node of read.nodes) {
    if (node.type !== 'I') continue;
    const claim: Json = { kind: 'claim', status: 'unassessed', sources: [] };
    if (node.extras) {
      // Causeway's own export: its fields come back as they were written.
      for (const [key, value] of Object.entries(node.extras)) if (key !== 'label') Object.defineProperty(claim, key, { value, enumerable: true, writable: true, configurable: true });
      claim.label = node.text;
    } else {
      const { label, cut } = fittedLabel(node.text);
      if (!hasVisibleCharacter(label)) {
        claim.label = `(I-node ${shown(node.id)} has no text)`;
        notes.add(place(node), 'has no text; the claim is labelled with its node id');
      } else {
        claim.label = label;
      }
      if (cut) {
        claim.text = node.text.slice(0, LIMITS.textLength);
        notes.group(`text longer than ${LIMITS.labelLength} characters: the label is its beginning, the whole text is the claim's text`, place(node));
        if (node.text.length > LIMITS.textLength) notes.add(place(node), `text cut at ${LIMITS.textLength} characters`);
      }
      const position = positions.get(node.id);
      if (position) {
        claim.position = position;
        placed++;
      }
    }
    const wanted = typeof claim.id === 'string' ? claim.id : shortId(String(claim.label), `i-${slugify(node.id, String(node.index))}`);
    const id = node.extras ? wanted : uniqueId(wanted, takenClaimIds);
    claim.id = id;
    takenClaimIds.add(id);
    claimIdOf.set(node.id, id);
    claims.push(claim);
    claimFrom.push(node.index);
  }
  if (placed > 0) notes.add(formatPath(['OVA', 'nodes']), `OVA's positions kept for ${placed} claim${placed === 1 ? '' : 's'}: they are pinned where OVA drew them`);

  // Links: one per premise and conclusion of each scheme node, in file order.
  const links: Json[] = [];
  const linkFrom: number[] = [];
  const takenLinkIds = new Set<string>();
  const takenJoints = new Set<string>();
  const triples = new Set<string>();
  const addLink = (node: AifNode, source: string, target: string, relation: RelationKind, fields: Json) => {
    const key = `${source}\u0000${target}\u0000${relation}`;
    if (triples.has(key)) return notes.group(`repeats a link already imported (the same premise, conclusion and relation); left out`, place(node));
    if (source === target) return notes.group('has a claim as its own premise; left out', place(node));
    triples.add(key);
    const id = typeof fields.id === 'string' ? fields.id : uniqueId(linkStem(source, relation, target), takenLinkIds);
    takenLinkIds.add(id);
    const link: Json = { id, source, target, relation };
    if (fields.label !== undefined) link.label = fields.label;
    if (fields.joint !== undefined) link.joint = fields.joint;
    links.push(link);
    linkFrom.push(node.index);
  };
  for (const node of read.nodes) {
    if (node.type === 'I') continue;
    if (node.type === 'L') {
      if (!(outOf.get(node.id) ?? []).some((to) => to.type === 'YA')) notes.group('locution (L node) not anchored to a claim by a YA node; left out', place(node));
      continue;
    }
    if (node.type === 'YA') {
      anchorLocutions(node, into.get(node.id) ?? [], outOf.get(node.id) ?? [], claims, claimIdOf, notes, place);
      continue;
    }
    if (node.type === 'TA') {
      notes.group('transition between locutions (TA node): dialogue structure Causeway has no place for; left out', place(node));
      continue;
    }
    if (node.type === 'PA') {
      notes.group('preference (PA node): Causeway has no preferences between claims; left out', place(node));
      continue;
    }
    if (!INFERENCE_TYPES.has(node.type)) {
      notes.group(`node type Causeway does not know; left out`, place(node));
      continue;
    }
    const premises = (into.get(node.id) ?? []).filter((from) => from.type === 'I');
    const conclusions = (outOf.get(node.id) ?? []).filter((to) => to.type === 'I');
    const onSchemes = [...(into.get(node.id) ?? []), ...(outOf.get(node.id) ?? [])].filter((other) => INFERENCE_TYPES.has(other.type));
    if (onSchemes.length > 0) notes.group('links to another scheme node (e.g. an undercut: an attack on an inference); Causeway links claims only, so that part is left out', place(node));
    if (premises.length === 0 || conclusions.length === 0) {
      notes.group(`${node.type} node without ${premises.length === 0 ? 'a premise' : 'a conclusion'} among the claims; left out`, place(node));
      continue;
    }
    const fields = node.extras ?? {};
    const relation: RelationKind =
      typeof fields.relation === 'string' ? (fields.relation as RelationKind) : node.type === 'CA' ? 'refutes' : relationOfInference(node.text);
    const labelled = node.type === 'MA' && !node.extras ? { label: RESTATES_LABEL } : fields;
    if (node.type === 'MA' && !node.extras) notes.group(`rephrase (MA node): imported as a support from the rephrasing to what it rephrases, labelled '${RESTATES_LABEL}'`, place(node));
    const single = premises.length === 1 && conclusions.length === 1;
    // Several premises into one conclusion hold only together: a joint group named after the scheme node.
    const joint = premises.length > 1 && conclusions.length === 1 && !node.extras ? uniqueId(`ra-${shortId(node.id, 'group')}`, takenJoints) : undefined;
    if (joint) takenJoints.add(joint);
    if (premises.length > 1 && relation !== 'refutes') {
      notes.group(`${premises.length} premises that support only together (a linked argument): imported as a joint group of '${relation}' links`, place(node));
    }
    if (conclusions.length > 1) notes.group(`${conclusions.length} conclusions: each premise is linked to each`, place(node));
    for (const premise of premises) {
      for (const conclusion of conclusions) {
        addLink(node, claimIdOf.get(premise.id) as string, claimIdOf.get(conclusion.id) as string, relation, single ? labelled : { label: labelled.label, joint });
      }
    }
  }
  // A group that lost members to repeats or self-links may hold one link, which is no group.
  const members = new Map<unknown, number>();
  for (const link of links) if (link.joint !== undefined) members.set(link.joint, (members.get(link.joint) ?? 0) + 1);
  for (const link of links) if (link.joint !== undefined && members.get(link.joint) === 1 && takenJoints.has(link.joint as string)) delete link.joint;
  if (links.length > LIMITS.relations) {
    return { ok: false, problems: [{ path: [...at, 'edges'], message: `make ${links.length} links; a map holds at most ${LIMITS.relations}` }] };
  }

  const map: Json = { format: MAP_FORMAT, version: CURRENT_VERSION, meta: { title: titleFrom(fileName) }, nodes: claims, edges: links };
  if (extras) for (const key of ['meta', 'layout', 'story']) if (own(extras, key) !== undefined) map[key] = own(extras, key);
  return { ok: true, map, claimFrom, linkFrom, notes: notes.all() };
}

/** A YA node anchoring a locution (L) in a claim (I): the locution becomes one of the claim's sources. */
function anchorLocutions(
  node: AifNode,
  from: readonly AifNode[],
  to: readonly AifNode[],
  claims: Json[],
  claimIdOf: ReadonlyMap<string, string>,
  notes: Notes,
  place: (node: AifNode) => string,
): void {
  const locutions = from.filter((n) => n.type === 'L');
  const asserted = to.filter((n) => n.type === 'I');
  if (locutions.length === 0 || asserted.length === 0) {
    notes.group('illocution (YA node) that does not anchor a locution in a claim (e.g. one anchoring an inference in a transition); left out', place(node));
    return;
  }
  for (const claimNode of asserted) {
    const claim = claims.find((c) => c.id === claimIdOf.get(claimNode.id));
    const sources = claim?.sources;
    if (!Array.isArray(sources)) continue;
    for (const locution of locutions) {
      if (sources.length >= LIMITS.sourcesPerClaim) {
        notes.add(place(locution), `the claim has ${LIMITS.sourcesPerClaim} sources already; this locution is left out`);
        continue;
      }
      const speaker = speakerOf(locution.text);
      const citation = speaker ? `${speaker} (AIF locution ${shown(locution.id)})` : `AIF locution ${shown(locution.id)}`;
      sources.push({ citation: citation.slice(0, LIMITS.shortText), quote: locution.text.slice(0, LIMITS.quoteLength) });
      notes.group('locution (L node) kept as a source of the claim it asserts, quoting its text', place(locution));
    }
  }
}
