// Test support: the renderer's SVG parsed strictly as XML into a small element tree to query.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface SvgElement {
  name: string;
  attrs: Record<string, string>;
  children: SvgElement[];
  /** Text directly inside this element (entities decoded). */
  text: string;
}

type Ordered = Record<string, unknown>;

function toElement(node: Ordered): SvgElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (!name || name === '#text' || name.startsWith('?')) return undefined;
  const rawChildren = node[name] as Ordered[];
  const attrs = (node[':@'] as Record<string, string> | undefined) ?? {};
  const text = rawChildren.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
  const children = rawChildren.map(toElement).filter((e): e is SvgElement => !!e);
  return { name, attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.replace(/^@_/, ''), String(v)])), children, text };
}

/** Throws with the parser's message when the text is not well-formed XML. */
export function parseSvg(svg: string): SvgElement {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
  });
  const root = (parser.parse(svg) as Ordered[]).map(toElement).find((e) => e?.name === 'svg');
  if (!root) throw new Error('no <svg> root element');
  return root;
}

export function all(root: SvgElement, predicate: (e: SvgElement) => boolean): SvgElement[] {
  const found: SvgElement[] = [];
  const visit = (e: SvgElement) => {
    if (predicate(e)) found.push(e);
    e.children.forEach(visit);
  };
  visit(root);
  return found;
}

export function byAttr(root: SvgElement, name: string, value?: string): SvgElement[] {
  return all(root, (e) => (value === undefined ? name in e.attrs : e.attrs[name] === value));
}

/** All text in an element and its descendants, tspans joined by `separator`. */
export function textOf(e: SvgElement, separator = ''): string {
  const parts = [e.text, ...e.children.map((c) => textOf(c, separator))].filter((t) => t !== '');
  return parts.join(separator);
}
