// The options of every relation picker: each relation by the word the legend and the exports use.
import { lightTheme } from '../export/svg/theme.ts';
import { RELATIONS } from '../model/schema.ts';

export function RelationOptions() {
  return RELATIONS.map((kind) => (
    <option key={kind} value={kind}>
      {lightTheme.relations[kind].word}
    </option>
  ));
}
