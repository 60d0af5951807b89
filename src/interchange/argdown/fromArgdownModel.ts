// Argdown's model (statements, arguments, relations, sections) as a Causeway map: raw for the load gate, with notes.
import type { IArgument, IEquivalenceClass, IRelation, IStatement, RelationMember } from '@argdown/core';
import { LIMITS, type RelationKind } from '../../model/schema.ts';
import type { ArgdownModel } from './argdownModel.ts';
import { CAUSEWAY_KEY, CLAIM_DATA_KEYS, DEFAULT_RELATION, defaultRelationId } from './argdownFields.ts';
import { normaliseStatementText } from './argdownSyntax.ts';
import type { ImportNote } from './importNote.ts';
import { idAllocator } from './slugify.ts';

export interface ConvertedMap {
  /** A map-shaped object for parseMap; fields typed in the text are passed on as written, for the gate to judge. */
  raw: Record<string, unknown>;
  notes: ImportNote[];
  /** The source line of each claim and link, to place the gate's problems in the text. */
  nodeLines: number[];
  edgeLines: number[];
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);
const UNTITLED = /^Untitled \d+$/;
/** How many words of an untitled statement make its id. */
const ID_WORDS = 6;
const RELATION_KINDS: readonly string[] = ['causes', 'supports', 'refutes', 'motivates'];

/** The member that defines a statement: its first top-level appearance, else the first with text. */
function definingMember(ec: IEquivalenceClass): IStatement | undefined {
  return ec.members.find((m) => m.role === 'top-level-statement' && m.text?.trim()) ?? ec.members.find((m) => m.text?.trim()) ?? ec.members[0];
}

const lineOf = (item: { startLine?: number } | undefined): number => (item?.startLine && Number.isFinite(item.startLine) ? item.startLine : 1);

/** YAML reads `date: 1950` as a number and `1950-06-25` as a date; both mean the text a person typed. */
function dateText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

function shorten(text: string): string {
  return text.length <= LIMITS.labelLength ? text : `${text.slice(0, LIMITS.labelLength - 1).trimEnd()}…`;
}

/** `untitled` is the map's title when the text gives none. */
export function fromArgdownModel(model: ArgdownModel, untitled = 'Argdown map'): ConvertedMap {
  const notes: ImportNote[] = [];
  const nodes: Raw[] = [];
  const nodeLines: number[] = [];
  const edges: (Raw & { line: number; column: number; seq: number })[] = [];
  const allocate = idAllocator();
  const idOf = new Map<string, string>();
  const linksOf = new Map<string, Raw[]>();

  // Statements in the order they are defined (a claim written first is listed first), then those only referred to.
  const classes = Object.values(model.statements).sort((a, b) => {
    const [da, db] = [definingMember(a), definingMember(b)];
    const topA = da?.role === 'top-level-statement' ? 0 : 1;
    const topB = db?.role === 'top-level-statement' ? 0 : 1;
    return topA - topB || lineOf(da) - lineOf(db) || (da?.startColumn ?? 0) - (db?.startColumn ?? 0);
  });
  for (const ec of classes) {
    const title = ec.title ?? 'statement';
    const member = definingMember(ec);
    // Argdown names an untitled statement "Untitled 3"; its own words make a more readable id.
    const words = UNTITLED.test(title) ? normaliseStatementText(member?.text ?? '') : '';
    const id = allocate(words ? words.split(' ').slice(0, ID_WORDS).join(' ') : title);
    idOf.set(`s:${title}`, id);
    const where = `line ${lineOf(member)}`;
    const data: Raw = isRecord(ec.data) ? ec.data : {};
    const texts = [...new Set(ec.members.map((m) => normaliseStatementText(m.text ?? '')).filter(Boolean))];
    const written = normaliseStatementText(member?.text ?? '');
    // A label Argdown cannot hold exactly is also kept in data; the text wins once someone has edited it.
    let label = typeof data.label === 'string' && normaliseStatementText(data.label) === written ? data.label : written || texts[0] || title;
    const node: Raw = { id, kind: data.kind ?? 'claim', label, status: data.status ?? 'unassessed', sources: data.sources ?? [] };
    if (data.date !== undefined) node.date = dateText(data.date);
    if (data.dateText !== undefined) node.dateText = String(data.dateText);
    if (data.text !== undefined) node.text = data.text;
    if (label.length > LIMITS.labelLength && node.text === undefined) {
      node.text = label;
      label = shorten(label);
      node.label = label;
      notes.push({ where, message: `[${title}]'s text is longer than a label; the label is shortened and the whole text kept as the claim's text` });
    }
    const others = texts.filter((t) => t !== written);
    if (others.length > 0) {
      notes.push({ where, message: `[${title}] has ${others.length + 1} formulations; the first is the label${node.text === undefined ? ', the others are its text' : ', the others are dropped'}` });
      if (node.text === undefined) node.text = others.join('\n\n');
    }
    if (Array.isArray(data.pos) && data.pos.length === 2) node.position = { x: data.pos[0], y: data.pos[1] };
    else if (data.pos !== undefined) node.position = data.pos;
    if (Array.isArray(data.links)) linksOf.set(id, data.links.filter(isRecord));
    const foreign = Object.keys(data).filter((key) => !(CLAIM_DATA_KEYS as readonly string[]).includes(key));
    if (foreign.length > 0) notes.push({ where, message: `[${title}]'s data ${foreign.join(', ')} has no place in a Causeway claim and is left out` });
    if (ec.tags && ec.tags.length > 0) notes.push({ where, message: `[${title}]'s tags ${ec.tags.map((t) => `#${t}`).join(' ')} are left out` });
    nodes.push(node);
    nodeLines.push(lineOf(member));
  }

  let seq = 0;
  const addEdge = (source: string, target: string, relation: RelationKind, where: { startLine?: number; startColumn?: number } | undefined, extra: Raw = {}) => {
    edges.push({ id: defaultRelationId(source, relation, target), source, target, relation, ...extra, line: lineOf(where), column: where?.startColumn ?? 1, seq: seq++ });
  };

  // Arguments have no node of their own in Causeway: each becomes a claim its premises support and that supports its conclusion.
  for (const argument of Object.values(model.arguments) as IArgument[]) {
    const title = argument.title ?? 'argument';
    const id = allocate(title);
    idOf.set(`a:${title}`, id);
    const description = argument.members.map((m) => normaliseStatementText(m.text ?? '')).find(Boolean);
    const where = `line ${lineOf(argument.members[0] ?? argument.pcs[0])}`;
    const label = description ?? title;
    const node: Raw = { id, kind: 'claim', label: shorten(label), status: 'unassessed', sources: [] };
    if (label.length > LIMITS.labelLength) node.text = label;
    nodes.push(node);
    nodeLines.push(lineOf(argument.members[0] ?? argument.pcs[0]));
    const premises = argument.pcs.filter((s) => s.role !== 'main-conclusion');
    const conclusion = argument.pcs.find((s) => s.role === 'main-conclusion');
    for (const premise of premises) {
      const premiseId = idOf.get(`s:${premise.title}`);
      if (premiseId) addEdge(premiseId, id, 'supports', premise);
    }
    const conclusionId = conclusion && idOf.get(`s:${conclusion.title}`);
    if (conclusionId) addEdge(id, conclusionId, 'supports', conclusion);
    const intermediate = premises.filter((s) => s.role === 'intermediary-conclusion').length;
    notes.push({
      where,
      message: argument.pcs.length > 0
        ? `argument <${title}> is a claim supported by each of its ${premises.length} premises${intermediate > 0 ? ` (${intermediate} of them intermediate conclusions)` : ''} and supporting its conclusion; Causeway draws premises as separate reasons, not a joint group`
        : `argument <${title}> is a claim (Causeway has no argument nodes)`,
    });
    if (argument.tags && argument.tags.length > 0) notes.push({ where, message: `<${title}>'s tags ${argument.tags.map((t) => `#${t}`).join(' ')} are left out` });
  }

  const endOf = (member: RelationMember | undefined): string | undefined => {
    if (!member) return undefined;
    if (member.type === 'equivalence-class') return idOf.get(`s:${member.title}`);
    if (member.type === 'argument') return idOf.get(`a:${member.title}`);
    return idOf.get(`a:${member.argumentTitle}`);
  };
  for (const relation of model.relations as IRelation[]) {
    const source = endOf(relation.from);
    const target = endOf(relation.to);
    const occurrence = relation.occurrences[0];
    const where = `line ${lineOf(occurrence)}`;
    if (!source || !target) {
      notes.push({ where, message: `a relation (${relation.relationType}) whose ends Argdown could not resolve is left out` });
      continue;
    }
    switch (relation.relationType) {
      case 'support':
      case 'attack': {
        const type = relation.relationType;
        const entries = (linksOf.get(source) ?? []).filter((entry) => entry.to === target && typeof entry.as === 'string' && RELATION_KINDS.includes(entry.as) && (entry.as === 'refutes') === (type === 'attack'));
        if (entries.length === 0) addEdge(source, target, DEFAULT_RELATION[type], occurrence);
        for (const entry of entries) {
          const kind = entry.as as RelationKind;
          addEdge(source, target, kind, occurrence, { id: entry.id ?? defaultRelationId(source, kind, target), ...(entry.label === undefined ? {} : { label: entry.label }), ...(entry.joint === undefined ? {} : { joint: entry.joint }) });
        }
        break;
      }
      case 'undercut':
        addEdge(source, target, 'refutes', occurrence);
        notes.push({ where, message: `an undercut (an attack on the inference of <${relation.to?.type === 'inference' ? relation.to.argumentTitle : relation.to?.title}>) is brought in as "refutes" the argument's claim` });
        break;
      case 'entails':
        addEdge(source, target, 'supports', occurrence);
        notes.push({ where, message: 'an entailment is brought in as "supports"' });
        break;
      default:
        addEdge(source, target, 'refutes', occurrence);
        addEdge(target, source, 'refutes', occurrence);
        notes.push({ where, message: `a ${relation.relationType} relation is brought in as two "refutes" links, one each way` });
    }
  }
  for (const section of model.sections) notes.push({ where: `line ${lineOf(section)}`, message: `the heading "${section.title ?? ''}" is left out (Causeway maps have no sections)` });

  const ordered = orderEdges(edges, model.frontMatter, notes);
  return { raw: mapOf(model.frontMatter, nodes, ordered, notes, untitled), notes, nodeLines, edgeLines: ordered.map((edge) => edge.line) };
}

/** Links in the order of their lines, duplicates and self-links left out with a note, then any order the text asks for. */
function orderEdges(edges: (Raw & { line: number; column: number; seq: number })[], frontMatter: unknown, notes: ImportNote[]): (Raw & { line: number })[] {
  edges.sort((a, b) => a.line - b.line || a.column - b.column || a.seq - b.seq);
  const seen = new Set<string>();
  const ids = new Set<string>();
  const kept: (Raw & { line: number })[] = [];
  for (const { column: _column, seq: _seq, ...edge } of edges) {
    const key = `${String(edge.source)}\u0000${String(edge.relation)}\u0000${String(edge.target)}`;
    if (edge.source === edge.target) {
      notes.push({ where: `line ${edge.line}`, message: `a link from a claim to itself (${String(edge.source)}) is left out` });
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    // Two long claim ids make a default link id longer than the format allows; a shortened one still reads.
    const wanted = String(edge.id);
    const base = wanted.length > LIMITS.idLength ? wanted.slice(0, LIMITS.idLength - 6).replace(/-+$/, '') : wanted;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base.slice(0, LIMITS.idLength - 6).replace(/-+$/, '')}-${n}`;
    ids.add(id);
    kept.push({ ...edge, id });
  }
  const wanted = isRecord(frontMatter) && isRecord(frontMatter[CAUSEWAY_KEY]) ? frontMatter[CAUSEWAY_KEY].edgeOrder : undefined;
  if (!Array.isArray(wanted)) return kept;
  const rank = new Map(wanted.map((id, i) => [id, i]));
  return kept.map((edge, i) => ({ edge, i })).sort((a, b) => (rank.get(a.edge.id) ?? wanted.length + a.i) - (rank.get(b.edge.id) ?? wanted.length + b.i)).map(({ edge }) => edge);
}

function mapOf(frontMatter: unknown, nodes: Raw[], edges: (Raw & { line: number })[], notes: ImportNote[], untitled: string): Raw {
  const front: Raw = isRecord(frontMatter) ? frontMatter : {};
  const own: Raw = isRecord(front[CAUSEWAY_KEY]) ? front[CAUSEWAY_KEY] : {};
  const meta: Raw = { title: typeof front.title === 'string' || typeof front.title === 'number' ? String(front.title) : untitled };
  if (front.title === undefined) notes.push({ where: 'front matter', message: `the text has no title; the map is called "${untitled}"` });
  if (front.summary !== undefined) meta.summary = front.summary;
  else if (typeof front.abstract === 'string') meta.summary = front.abstract;
  if (front.source !== undefined) meta.source = front.source;
  const foreign = Object.keys(front).filter((key) => !['title', 'summary', 'abstract', 'source', CAUSEWAY_KEY].includes(key));
  if (foreign.length > 0) notes.push({ where: 'front matter', message: `${foreign.join(', ')} has no place in a Causeway map and is left out` });
  const map: Raw = { format: 'causeway-map', version: 1, meta };
  if (own.flagName !== undefined) meta.flagName = own.flagName;
  if (own.schema !== undefined) map.$schema = own.schema;
  if (own.direction !== undefined) map.layout = { direction: own.direction };
  else if (own.layout !== undefined) map.layout = own.layout;
  if (Array.isArray(own.story)) {
    const ids = new Set(nodes.map((n) => n.id));
    map.story = own.story.filter((step: unknown) => {
      const kept = !isRecord(step) || typeof step.id !== 'string' || ids.has(step.id);
      if (!kept) notes.push({ where: 'front matter', message: `the story's step "${String((step as Raw).id)}" names no claim in the text and is left out` });
      return kept;
    });
  } else if (own.story !== undefined) map.story = own.story;
  map.nodes = nodes;
  map.edges = edges.map(({ line: _line, ...edge }) => edge);
  return map;
}
