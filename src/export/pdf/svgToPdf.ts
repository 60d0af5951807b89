// Vector PDF from the renderer's SVG: pdfkit draws its shapes, with Inter and any needed fallback fonts embedded (subset) so the text is real, selectable text.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { guardNullAnchors } from '../fontkitNullAnchors.ts';
import { FALLBACK_FAMILIES, type FallbackFont, type FallbackScript } from '../fallbackFonts.ts';
import type { LoadedFallbacks } from '../fontRuns.ts';

export interface PdfFonts {
  /** Inter 400 and 600 as TTF bytes; the SVG uses no other weight. */
  regular: Uint8Array;
  semibold: Uint8Array;
  /** Fonts for the scripts Inter lacks (Arabic, Hebrew, CJK, emoji), only those the text needs. */
  fallbacks?: readonly FallbackFont[];
}

/** CSS pixels to PDF points: the page has the size the map has on a 96 dpi screen. */
const PX_TO_PT = 72 / 96;
/** PDF viewers refuse pages larger than 200 inches; larger maps are scaled down to fit. */
const MAX_PAGE_PT = 14_400;

export function svgToPdf(svg: string, width: number, height: number, fonts: PdfFonts, title: string): Promise<Uint8Array> {
  return svgPagesToPdf([{ svg, width, height }], fonts, title);
}

export interface PdfPage {
  svg: string;
  width: number;
  height: number;
  /**
   * Presenter notes: a PDF text annotation in the page's top-right corner. Viewers list it with the page's
   * comments and show it on a click; it is never printed (its print flag is off).
   */
  notes?: string;
}

/** Where the notes' icon sits: in the slide's top-right margin, clear of its words. */
const NOTE_ICON = { size: 16, inset: 6 } as const;

/** One PDF with a page per SVG (e.g. a slide per presentation step), each page the size of its SVG. */
export async function svgPagesToPdf(pages: readonly PdfPage[], fonts: PdfFonts, title: string): Promise<Uint8Array> {
  // The run splitting (bidi) is loaded only for text that needs fallback fonts.
  const runs = fonts.fallbacks?.length ? (await import('../fontRuns.ts')).pdfRunsSvg : undefined;
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    info: { Title: title, Creator: 'Causeway' },
    displayTitle: true,
    lang: 'en',
    // No default font: pdfkit's is Helvetica, whose metrics its browser build does not ship; all text here is Inter.
    font: null as unknown as string,
  });
  doc.registerFont('Inter', fonts.regular as Buffer);
  doc.registerFont('Inter-SemiBold', fonts.semibold as Buffer);
  placeMarks(doc, 'Inter');
  placeMarks(doc, 'Inter-SemiBold');
  const fallbackNames = new Map<string, string>();
  const drawers: { script: FallbackScript; draws: (cp: number) => boolean }[] = [];
  for (const { script, weight, bytes } of fonts.fallbacks ?? []) {
    const name = `${FALLBACK_FAMILIES[script]} ${weight}`;
    doc.registerFont(name, bytes as Buffer);
    fallbackNames.set(`${script} ${weight}`, name);
    const { font } = placeMarks(doc, name);
    guardNullAnchors(font);
    drawers.push({ script, draws: (cp) => font.hasGlyphForCodePoint(cp) });
  }
  const loaded: LoadedFallbacks = {
    has: (script) => drawers.some((d) => d.script === script),
    draws: (script, cp) => drawers.some((d) => d.script === script && d.draws(cp)),
  };
  const fontFor = (family: string, bold: boolean): string => {
    const script = (Object.keys(FALLBACK_FAMILIES) as FallbackScript[]).find((s) => FALLBACK_FAMILIES[s] === family.trim());
    if (!script) return bold ? 'Inter-SemiBold' : 'Inter';
    return (fallbackNames.get(`${script} ${bold ? 600 : 400}`) ?? fallbackNames.get(`${script} ${bold ? 400 : 600}`)) as string;
  };
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => resolve(concat(chunks)));
  });
  for (const { svg, width, height, notes } of pages) {
    const fit = Math.min(1, MAX_PAGE_PT / (width * PX_TO_PT), MAX_PAGE_PT / (height * PX_TO_PT));
    const page = { width: width * PX_TO_PT * fit, height: height * PX_TO_PT * fit };
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    SVGtoPDF(doc, runs ? runs(svg, loaded) : svg, 0, 0, {
      width: page.width,
      height: page.height,
      assumePt: false,
      // The renderer draws text only at 400 and 600; svg-to-pdfkit reports 600 as bold. Only the runs of pdfRunsSvg (src/export/fontRuns.ts) name a fallback alone.
      fontCallback: (family, bold) => fontFor(family, bold),
      warningCallback: (message) => {
        throw new Error(`PDF export: ${message}`);
      },
    });
    if (notes) doc.note(page.width - NOTE_ICON.size - NOTE_ICON.inset, NOTE_ICON.inset, NOTE_ICON.size, NOTE_ICON.size, notes, {
        // A String object, which pdfkit writes as a PDF string; a plain string would become a name.
        T: new String('Presenter notes'),
        Name: 'Note',
      } as unknown as PDFKit.Mixins.AnnotationOption);
  }
  doc.end();
  return done;
}

interface LaidOutFont {
  layoutRun(text: string, features?: unknown): { positions: { advanceWidth: number; yOffset: number }[] };
  /** The fontkit font inside pdfkit's. */
  font: { hasGlyphForCodePoint(cp: number): boolean };
}

/**
 * Two svg-to-pdfkit slips that misplace combining marks (Arabic dots and vowels, Hebrew points, separate
 * accents): it skips every glyph whose advance is zero, and adds fontkit's upward y offsets in its downward
 * SVG coordinates. A hair of advance (far below a point) gets marks drawn; the flipped offset puts them where the font says.
 */
function placeMarks(doc: PDFKit.PDFDocument, name: string): LaidOutFont {
  doc.font(name);
  const font = (doc as unknown as { _font: LaidOutFont })._font;
  const layoutRun = font.layoutRun.bind(font);
  font.layoutRun = (text, features) => {
    const run = layoutRun(text, features);
    for (const position of run.positions) {
      if (position.advanceWidth === 0) position.advanceWidth = 1e-6;
      position.yOffset = -position.yOffset;
    }
    return run;
  };
  return font;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
