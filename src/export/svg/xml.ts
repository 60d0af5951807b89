// XML text and number formatting for the SVG renderer: escaping, invalid-character removal, stable numbers.

/** Characters XML 1.0 forbids, and lone UTF-16 surrogates; a map label may hold any of them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe in element text and in double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Two decimals at most, no `-0`, no exponent: the same number always prints the same way. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  return String(rounded);
}

/** ` name="value"` pairs in the given order; undefined and empty values are left out. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value === undefined || value === '') continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

export function element(name: string, pairs: Record<string, string | number | undefined>, children?: string): string {
  return children === undefined ? `<${name}${attrs(pairs)}/>` : `<${name}${attrs(pairs)}>${children}</${name}>`;
}
