// The report of the last import (what was approximated or left out), kept outside the map store: it belongs to the opening, not to the map.
import type { ImportNote } from '../interchange/formats.ts';

export interface ImportReportData {
  /** The file the person opened, and the name the new map goes by. */
  fileName: string;
  mapName: string;
  notes: ImportNote[];
  /** The map store's session the import opened; another opening hides the report. */
  session: number;
}

let current: ImportReportData | null = null;
const listeners = new Set<() => void>();

export function showImportReport(report: ImportReportData | null): void {
  current = report;
  for (const listener of listeners) listener();
}

export function importReport(): ImportReportData | null {
  return current;
}

export function subscribeToImportReport(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
