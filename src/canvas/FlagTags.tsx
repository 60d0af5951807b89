// The computed flags of one claim as dark tags on the bottom edge of its box, with the "Why?" button that explains them.
import { memo } from 'react';
import { FLAG_STYLES, FLAG_TAG, flagTagPlaces, WHY_WORD } from '../export/svg/flagTheme.ts';
import type { ClaimFlagKind } from '../model/evaluateMap.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { ThemeIcon } from './ThemeIcon.tsx';
import { useFlagWords } from './useFlagWords.ts';
import './evaluation.css';

interface FlagTagsProps {
  id: string;
  label: string;
  flags: readonly ClaimFlagKind[];
  boxWidth: number;
  boxHeight: number;
}

export const FlagTags = memo(function FlagTags({ id, label, flags, boxWidth, boxHeight }: FlagTagsProps) {
  const store = useMapStoreApi();
  const words = useFlagWords();
  if (flags.length === 0) return null;
  const places = flagTagPlaces(flags, true, boxWidth, words);
  const top = boxHeight - FLAG_TAG.height / 2;
  return (
    <>
      {flags.map((flag, i) => {
        const style = FLAG_STYLES[flag];
        const place = places.flags[i];
        return (
          <span
            key={flag}
            className="flag-tag"
            data-flag={flag}
            title={place?.word === false ? words.tags[flag] : undefined}
            style={{ top, left: place?.x, width: place?.width, height: FLAG_TAG.height, color: style.color, background: style.background }}
          >
            <ThemeIcon icon={style.icon} />
            <span className={place?.word === false ? 'visually-hidden' : undefined}>{words.tags[flag]}</span>
          </span>
        );
      })}
      {places.why && (
        <button
          type="button"
          className="flag-why nodrag nopan"
          style={{ top, left: places.why.x, width: places.why.width, height: FLAG_TAG.height }}
          aria-label={`Why is ${label} flagged?`}
          onClick={(event) => {
            event.stopPropagation();
            store.getState().openWhy(id);
          }}
          onKeyDown={(event) => {
            // Enter and Space belong to the button here, not to the node's selection or the rename shortcut.
            if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
          }}
        >
          {WHY_WORD}
        </button>
      )}
    </>
  );
});
