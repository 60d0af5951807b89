// The export formats and their options, shared by the in-app menu, the CLI and the benchmark.
import type { FallbackFont, FallbackScript } from './fallbackFonts.ts';
import type { Handout } from './page/handoutMap.ts';
import type { Orientation, PageSize } from './page/pageSize.ts';
import type { RenderOptions } from './svg/renderMapSvg.ts';

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const PNG_SCALES = [1, 2, 3] as const;

/**
 * Largest PNG drawn, in pixels: 64 MP is 256 MB of RGBA while it is painted, which the browser's wasm
 * memory and every image viewer still handle. A bigger request is drawn at the largest scale that fits.
 */
export const MAX_PNG_PIXELS = 64_000_000;

export const MIME_TYPES: Record<ExportFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  json: 'application/json',
};

export interface ExportOptions extends RenderOptions {
  /** PNG only: pixels per SVG pixel (1, 2 or 3 in the app; any positive number from the CLI). */
  scale?: number;
  /** PNG and PDF: the paper the map is laid out on ('fit', the default: one page the map's own size). */
  page?: PageSize;
  orientation?: Orientation;
  /** A student handout: the marks blank, or the teacher's marks as the answer key. */
  handout?: Handout;
}

export interface ExportedFile {
  format: ExportFormat;
  bytes: Uint8Array;
  mimeType: string;
  /** Size in pixels (PNG: after scaling); absent for JSON. */
  width?: number;
  height?: number;
  /** Set when the file differs from what was asked, e.g. a PNG drawn smaller to stay under MAX_PNG_PIXELS. */
  note?: string;
  /** Pages of a map laid out on paper (PDF pages, or PNGs in a zip). */
  pages?: number;
  /** The file's extension when it is not the format's: 'zip' for a PNG per page. */
  extension?: string;
}

export interface PngResult {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** What differs between Node and the browser: how an SVG becomes pixels, and where the fonts' bytes come from. */
export interface ExportBackend {
  /** Draws with Inter plus the fallback fonts the SVG's text needs (neededFallbackFonts). */
  renderPng(svg: string, scale: number): Promise<PngResult>;
  /** Inter 400 and 600 TTF bytes, for the PDF. */
  interFonts(): Promise<{ regular: Uint8Array; semibold: Uint8Array }>;
  /** The fallback fonts of these scripts that this backend has (the browser's: those the page fetched), for the PDF. */
  fallbackFonts(scripts: readonly FallbackScript[]): Promise<FallbackFont[]>;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
