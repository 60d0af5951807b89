// The open map's words for its computed flags, for the tags, the legend and Why? on the canvas.
import { useMemo } from 'react';
import { type FlagWords, flagWords } from '../model/flagWords.ts';
import { useMapStore } from '../state/useMapStore.ts';

export function useFlagWords(): FlagWords {
  const name = useMapStore((s) => s.map?.meta.flagName);
  return useMemo(() => flagWords(name), [name]);
}
