// Widths of text runs as the rasterizer will draw them: Inter from its generated metrics, fallback runs shaped by fontkit in their own font.
import type { Font } from 'fontkit';
import { measureText } from '../layout/measureText';
import type { FallbackFont } from './fallbackFonts';
import type { MeasureRun } from './fontRuns';

/** A measure for resvgRunsSvg; fontkit is loaded here, only for maps that need fallback fonts. */
export async function runMeasure(fallbacks: readonly FallbackFont[]): Promise<MeasureRun> {
  const fontkit = await import('fontkit');
  const opened = fallbacks.map((f) => ({ ...f, font: fontkit.create(f.bytes as Buffer) as Font }));
  return (text, script, size, weight) => {
    if (!script) return measureText(text, size, weight);
    const faces = opened.filter((f) => f.script === script);
    const face = faces.find((f) => (f.weight >= 500) === (weight >= 500)) ?? faces[0];
    if (!face) return measureText(text, size, weight);
    return (face.font.layout(text).advanceWidth * size) / face.font.unitsPerEm;
  };
}
