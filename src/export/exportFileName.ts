// Download and output file names: the map's name with the format's extension (korean-war-escalation.png).

/** A safe file stem from a map name or title: lowercase words joined by hyphens, never empty. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/\.json$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem || 'map';
}

export function exportFileName(name: string, extension: string): string {
  return `${fileStem(name)}.${extension}`;
}
