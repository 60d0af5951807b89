// Whether the canvas draws its claims in full or as sketches: one choice for all claims, made from the zoom.

import { createContext } from 'react';

/**
 * Below this zoom a claim's 14 px label is under 4.2 px on screen and its 11 px captions under 3.3 px: nothing in it
 * can be read, and drawing a few hundred claims' glyphs made every frame of a drag slow.
 */
export const SKETCH_BELOW_ZOOM = 0.3;

/** True while claims are drawn as sketches: the same box, with bars where the words are. */
export const SketchContext = createContext(false);
