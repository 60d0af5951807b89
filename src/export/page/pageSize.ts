// Paper sizes and orientations a map or handout can be exported on, in PDF points.

export const PAGE_SIZES = ['a4', 'letter', 'slide', 'fit'] as const;
/** 'fit': one page the size of the drawn map (what export always did); the others are paper, or the deck's 16:9 slide. */
export type PageSize = (typeof PAGE_SIZES)[number];
export const ORIENTATIONS = ['portrait', 'landscape', 'auto'] as const;
/** 'auto': whichever fits the map larger, or on fewer pages. */
export type Orientation = (typeof ORIENTATIONS)[number];

export interface PageChoice {
  size: PageSize;
  orientation: Orientation;
}

export const PAGE_WORDS: Readonly<Record<PageSize, string>> = { a4: 'A4', letter: 'Letter', slide: '16:9 slide', fit: 'Fit to the map' };
export const ORIENTATION_WORDS: Readonly<Record<Orientation, string>> = { portrait: 'Portrait', landscape: 'Landscape', auto: 'Whichever fits best' };

/** Short side × long side in points (ISO 216 A4, US Letter, and the step deck's 16:9 slide). */
const POINTS: Readonly<Record<Exclude<PageSize, 'fit'>, readonly [number, number]>> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
  slide: [675, 1200],
};

export function pagePoints(size: Exclude<PageSize, 'fit'>, orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const [short, long] = POINTS[size];
  return orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short };
}

export function isPageSize(value: string): value is PageSize {
  return (PAGE_SIZES as readonly string[]).includes(value);
}

export function isOrientation(value: string): value is Orientation {
  return (ORIENTATIONS as readonly string[]).includes(value);
}
