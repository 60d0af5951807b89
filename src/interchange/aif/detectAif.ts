// Tells AIF JSON (AIFdb's nodes/edges, OVA3's {AIF, OVA}) from a Causeway map by content: both are .json files.

/** The AIF graph inside a parsed file and the JSON path to it, or null when the value is not AIF. */
export function aifRoot(value: unknown): { graph: Record<string, unknown>; at: string[] } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  // A Causeway map names its format; AIF files do not.
  if ('format' in raw) return null;
  if (raw.AIF !== null && typeof raw.AIF === 'object' && !Array.isArray(raw.AIF)) return { graph: raw.AIF as Record<string, unknown>, at: ['AIF'] };
  if (Array.isArray(raw.nodes) && Array.isArray(raw.edges)) return { graph: raw, at: [] };
  return null;
}

export function looksLikeAif(text: string): boolean {
  // Cheap first: every AIF file lists node ids, and the common case (a Causeway map) never parses twice.
  if (!text.includes('nodeID') && !text.includes('"AIF"')) return false;
  try {
    return aifRoot(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) !== null;
  } catch {
    return false;
  }
}
