// Joins a line's fallback-font runs with the spaces, digits and punctuation between them, so resvg shapes and spaces a line of one script itself.
import type { FallbackScript } from './fallbackFonts.ts';
import type { LinePiece, LoadedFallbacks } from './fontRuns.ts';

/** Text of no script of its own: spaces, digits, punctuation, and marks that follow them. */
const NO_SCRIPT = /^[\p{Script=Common}\p{Script=Inherited}]+$/u;

const joinable = (piece: LinePiece) => piece.script === undefined && NO_SCRIPT.test(piece.text);

function drawsAll(fonts: LoadedFallbacks, script: FallbackScript, pieces: readonly LinePiece[]): boolean {
  if (!fonts.draws) return true;
  return pieces.every((piece) => Array.from(piece.text).every((ch) => fonts.draws?.(script, ch.codePointAt(0) as number)));
}

/** A fallback run's script, direction and neighbours agree with a stretch of script-less pieces. */
function ownerOf(before: LinePiece | undefined, after: LinePiece | undefined, stretch: readonly LinePiece[], fonts: LoadedFallbacks): LinePiece | undefined {
  const owner = before?.script ? before : after?.script ? after : undefined;
  if (!owner?.script) return undefined;
  const fits = (edge: LinePiece | undefined) => edge === undefined || (edge.script === owner.script && edge.odd === owner.odd);
  if (!fits(before) || !fits(after) || stretch.some((p) => p.odd !== owner.odd)) return undefined;
  return drawsAll(fonts, owner.script, stretch) ? owner : undefined;
}

/**
 * Pieces (in drawing order) with each stretch of spaces, digits and punctuation handed to the fallback run on
 * both sides of it (or on one side, at the line's end) when that font draws it, and neighbouring runs of one
 * font and direction made one. Each resvg chunk is placed by fontkit's measured width, which for Indic and
 * other shaped scripts differs from resvg's own shaping; a line in one script now is one chunk, spaced by resvg.
 */
export function joinRuns(pieces: readonly LinePiece[], fonts: LoadedFallbacks): LinePiece[] {
  const owned: LinePiece[] = [];
  for (let i = 0; i < pieces.length; ) {
    if (!joinable(pieces[i] as LinePiece)) {
      owned.push(pieces[i] as LinePiece);
      i++;
      continue;
    }
    let end = i;
    while (end < pieces.length && joinable(pieces[end] as LinePiece)) end++;
    const stretch = pieces.slice(i, end);
    const owner = ownerOf(pieces[i - 1], pieces[end], stretch, fonts);
    owned.push(...(owner ? stretch.map((p) => ({ ...p, script: owner.script, space: false })) : stretch));
    i = end;
  }
  const joined: LinePiece[] = [];
  for (const piece of owned) {
    const last = joined[joined.length - 1];
    if (last?.script && last.script === piece.script && last.odd === piece.odd) {
      // Right-to-left pieces come in drawing order, their text in reading order: the later piece is read first.
      joined[joined.length - 1] = { ...last, text: piece.odd ? piece.text + last.text : last.text + piece.text, space: false };
    } else joined.push(piece);
  }
  return joined;
}
