// Whether a text shows anything: a label of spaces, NBSPs, zero-width or other invisible characters draws an empty box with no name.

/**
 * A character that draws something. Not one: white space of every kind (NBSP, U+3000, tabs, line breaks), control
 * and format characters (ZWSP, U+2060, U+FEFF, bidi controls), lone surrogates, combining marks without a letter
 * to sit on, the default-ignorable code points (Hangul fillers, variation selectors, tag characters) and the blank
 * braille pattern U+2800, which is drawn as nothing. Unassigned code points count as visible: a newer emoji than
 * this engine's Unicode tables knows is still a picture.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/** The complaint about a label or title with nothing visible in it, as the load gate and the inspector word it. */
export const NO_VISIBLE_CHARACTER = 'must contain a visible character';
