// Argdown in the format registry: .argdown text in (through @argdown/core, loaded on first use) and out.
import type { InterchangeFormat } from '../formats.ts';
import { readArgdown } from './readArgdown.ts';
import { writeArgdown } from './writeArgdown.ts';

export const argdownFormat: InterchangeFormat = {
  name: 'argdown',
  extensions: ['argdown', 'ad'],
  label: 'Argdown',
  // No content check: a file named .argdown is Argdown, and a file of another name is never guessed to be Argdown.
  read: (text, context) => readArgdown(text, context?.fileName?.replace(/\.(argdown|ad)$/i, '')),
  write: writeArgdown,
};
