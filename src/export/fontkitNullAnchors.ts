// Works around fontkit 2.0.4 crashing on GPOS mark anchors left empty (foliojs/fontkit#367): Noto Sans Gurmukhi, Malayalam and others have them.

interface GposProcessor {
  applyAnchor(markRecord: { markAnchor?: unknown }, baseAnchor: unknown, baseGlyphIndex: number): void;
}

interface WithLayoutEngine {
  _layoutEngine?: { engine?: { GPOSProcessor?: GposProcessor | null } };
}

const GUARDED = Symbol('null anchors guarded');

/**
 * An empty anchor means "no attachment here" (the OpenType spec; HarfBuzz skips it), but fontkit reads its
 * coordinates and throws, in pdfkit's PDF text as in the PNG run widths. Skips such an attachment instead, as
 * the open fix (foliojs/fontkit#374) does; patched once on the fontkit copy the font comes from, so every font of that copy is safe.
 */
export function guardNullAnchors(font: object): void {
  const gpos = (font as WithLayoutEngine)._layoutEngine?.engine?.GPOSProcessor;
  if (!gpos) return;
  const proto = Object.getPrototypeOf(gpos) as GposProcessor & { [GUARDED]?: true };
  if (proto[GUARDED]) return;
  const applyAnchor = proto.applyAnchor;
  proto.applyAnchor = function (this: GposProcessor, markRecord, baseAnchor, baseGlyphIndex) {
    if (!baseAnchor || !markRecord.markAnchor) return;
    applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
  };
  proto[GUARDED] = true;
}
