// Widths of text runs as the rasterizer will draw them: each run shaped by fontkit in its own font, Inter or a fallback.
import type { Font } from 'fontkit';
import { measureText } from '../layout/measureText.ts';
import type { FallbackFont } from './fallbackFonts.ts';
import type { LoadedFallbacks, MeasureRun } from './fontRuns.ts';

/** Widths for resvgRunsSvg, and which characters each fallback really has; fontkit is loaded here, only for maps that need fallback fonts. */
export async function runMeasure(fallbacks: readonly FallbackFont[], inter: { regular: Uint8Array; semibold: Uint8Array }): Promise<{ measure: MeasureRun; fonts: LoadedFallbacks }> {
  const fontkit = await import('fontkit');
  const opened = fallbacks.map((f) => ({ ...f, font: fontkit.create(f.bytes as Buffer) as Font }));
  // Inter runs are shaped too: kerning and symbols outside the generated metrics (✓) get their real width.
  const interFaces = [
    { weight: 400, font: fontkit.create(inter.regular as Buffer) as Font },
    { weight: 600, font: fontkit.create(inter.semibold as Buffer) as Font },
  ];
  const measure: MeasureRun = (text, script, size, weight) => {
    const faces = script ? opened.filter((f) => f.script === script) : interFaces;
    const face = faces.find((f) => f.weight >= 500 === weight >= 500) ?? faces[0];
    if (!face) return measureText(text, size, weight);
    return (face.font.layout(text).advanceWidth * size) / face.font.unitsPerEm;
  };
  const fonts: LoadedFallbacks = {
    has: (script) => opened.some((f) => f.script === script),
    draws: (script, cp) => opened.some((f) => f.script === script && f.font.hasGlyphForCodePoint(cp)),
  };
  return { measure, fonts };
}
