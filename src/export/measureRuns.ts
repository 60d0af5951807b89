// Widths of text runs as the rasterizer will draw them: each run shaped by fontkit in its own font, Inter or a fallback.
import type { Font, GlyphPosition } from 'fontkit';
import { measureText } from '../layout/measureText.ts';
import type { FallbackFont, FallbackScript } from './fallbackFonts.ts';
import { guardNullAnchors } from './fontkitNullAnchors.ts';
import type { LoadedFallbacks, MeasureRun, OutlineRun } from './fontRuns.ts';

/** Widths and outlines for resvgRunsSvg, and which characters each fallback really has; fontkit is loaded here, only for maps that need fallback fonts. */
export async function runMeasure(fallbacks: readonly FallbackFont[], inter: { regular: Uint8Array; semibold: Uint8Array }): Promise<{ measure: MeasureRun; outline: OutlineRun; fonts: LoadedFallbacks }> {
  const fontkit = await import('fontkit');
  const opened = fallbacks.map((f) => ({ ...f, font: fontkit.create(f.bytes as Buffer) as Font }));
  for (const { font } of opened) guardNullAnchors(font);
  // Inter runs are shaped too: kerning and symbols outside the generated metrics (✓) get their real width.
  const interFaces = [
    { weight: 400, font: fontkit.create(inter.regular as Buffer) as Font },
    { weight: 600, font: fontkit.create(inter.semibold as Buffer) as Font },
  ];
  const faceFor = (script: FallbackScript | undefined, weight: number) => {
    const faces = script ? opened.filter((f) => f.script === script) : interFaces;
    return faces.find((f) => f.weight >= 500 === weight >= 500) ?? faces[0];
  };
  const measure: MeasureRun = (text, script, size, weight) => {
    const face = faceFor(script, weight);
    if (!face) return measureText(text, size, weight);
    return (face.font.layout(text).advanceWidth * size) / face.font.unitsPerEm;
  };
  const outline: OutlineRun = (text, script, size, weight) => {
    const face = faceFor(script, weight);
    if (!face) return '';
    const scale = size / face.font.unitsPerEm;
    const run = face.font.layout(text);
    let pen = 0;
    const parts = run.glyphs.map((glyph, i) => {
      const { xAdvance, xOffset, yOffset } = run.positions[i] as GlyphPosition;
      // Font units point up; the SVG's y points down.
      const d = glyph.path.transform(scale, 0, 0, -scale, (pen + xOffset) * scale, -yOffset * scale).toSVG();
      pen += xAdvance;
      return d;
    });
    return parts.join('');
  };
  const fonts: LoadedFallbacks = {
    has: (script) => opened.some((f) => f.script === script),
    draws: (script, cp) => opened.some((f) => f.script === script && f.font.hasGlyphForCodePoint(cp)),
  };
  return { measure, outline, fonts };
}
