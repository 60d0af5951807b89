// Test helper: which columns of a PNG (8-bit RGBA, as resvg writes) hold near-black ink, to measure gaps between drawn words.
import { inflateSync } from 'node:zlib';

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The RGBA rows of a non-interlaced 8-bit RGBA PNG. */
export function decodeRgba(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const view = Buffer.from(png);
  const width = view.readUInt32BE(16);
  const height = view.readUInt32BE(20);
  if (view[24] !== 8 || view[25] !== 6 || view[28] !== 0) throw new Error('only 8-bit RGBA, non-interlaced PNGs');
  const idat: Buffer[] = [];
  for (let at = 8; at < view.length; ) {
    const length = view.readUInt32BE(at);
    if (view.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(view.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const a = x >= 4 ? (pixels[y * stride + x - 4] as number) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const c = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] as number) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] as number;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** Per column, whether any pixel is near the label colour (#111827; the status chip’s #374151 is lighter), ignoring the lighter edges of anti-aliasing. */
export function inkColumns(png: Uint8Array): boolean[] {
  const { width, height, pixels } = decodeRgba(png);
  return Array.from({ length: width }, (_, x) => {
    for (let y = 0; y < height; y++) {
      const i = (y * width + x) * 4;
      if ((pixels[i + 3] as number) > 200 && (pixels[i] as number) < 40 && (pixels[i + 1] as number) < 45 && (pixels[i + 2] as number) < 60) return true;
    }
    return false;
  });
}

/** Widths of the blank column runs between the first and the last inked column. */
export function inkGaps(columns: readonly boolean[]): number[] {
  const first = columns.indexOf(true);
  const last = columns.lastIndexOf(true);
  const gaps: number[] = [];
  let run = 0;
  for (let x = first; x <= last; x++) {
    if (columns[x]) {
      if (run > 0) gaps.push(run);
      run = 0;
    } else run++;
  }
  return gaps;
}
