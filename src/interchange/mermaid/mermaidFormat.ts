// Mermaid in the format registry: export only (a flowchart for slides, wikis and Markdown).
import type { InterchangeFormat } from '../formats.ts';
import { writeMermaid } from './writeMermaid.ts';

export const mermaidFormat: InterchangeFormat = { name: 'mermaid', extensions: ['mmd'], label: 'Mermaid flowchart', write: writeMermaid };
