// The options of every relation picker: each relation by the word the legend and the exports use.
import { lightTheme } from '../export/svg/theme';
import { RELATIONS } from '../model/schema';

export function RelationOptions() {
  return RELATIONS.map((kind) => (
    <option key={kind} value={kind}>
      {lightTheme.relations[kind].word}
    </option>
  ));
}
