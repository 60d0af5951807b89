// Vector PDF from the renderer's SVG: pdfkit draws its shapes, with Inter embedded (subset) so the text is real, selectable text.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';

export interface PdfFonts {
  /** Inter 400 and 600 as TTF bytes; the SVG uses no other weight. */
  regular: Uint8Array;
  semibold: Uint8Array;
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
}

/** One PDF with a page per SVG (e.g. a slide per presentation step), each page the size of its SVG. */
export function svgPagesToPdf(pages: readonly PdfPage[], fonts: PdfFonts, title: string): Promise<Uint8Array> {
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
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => resolve(concat(chunks)));
  });
  for (const { svg, width, height } of pages) {
    const fit = Math.min(1, MAX_PAGE_PT / (width * PX_TO_PT), MAX_PAGE_PT / (height * PX_TO_PT));
    const page = { width: width * PX_TO_PT * fit, height: height * PX_TO_PT * fit };
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    SVGtoPDF(doc, svg, 0, 0, {
      width: page.width,
      height: page.height,
      assumePt: false,
      // The renderer draws text only at 400 and 600; svg-to-pdfkit reports 600 as bold.
      fontCallback: (_family, bold) => (bold ? 'Inter-SemiBold' : 'Inter'),
      warningCallback: (message) => {
        throw new Error(`PDF export: ${message}`);
      },
    });
  }
  doc.end();
  return done;
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
