// AIF in the format registry: AIFdb JSON and OVA3 save files in, AIFdb JSON out.
import { parseJsonText } from '../../model/parseJsonText.ts';
import type { InterchangeFormat } from '../formats.ts';
import { looksLikeAif } from './detectAif.ts';
import { readAifValue } from './readAif.ts';
import { writeAif } from './writeAif.ts';

export const aifFormat: InterchangeFormat = {
  name: 'aif',
  extensions: ['aif.json', 'json'],
  label: 'AIF (AIFdb JSON, OVA)',
  detect: looksLikeAif,
  read: async (text, context) => {
    // The same 5 MB limit and line:column syntax errors as a Causeway map file.
    const json = parseJsonText(text);
    return json.ok ? readAifValue(json.value, context?.fileName) : json;
  },
  write: writeAif,
};
