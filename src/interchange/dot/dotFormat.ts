// Graphviz DOT in the format registry: export only.
import type { InterchangeFormat } from '../formats.ts';
import { writeDot } from './writeDot.ts';

export const dotFormat: InterchangeFormat = { name: 'dot', extensions: ['dot', 'gv'], label: 'Graphviz DOT', write: writeDot };
