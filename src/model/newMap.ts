// A new map: blank with only its title, or another map's claims and links under a new title (a template).
import { type ArgumentMap, CURRENT_VERSION, MAP_FORMAT, SCHEMA_REF } from './schema.ts';

export function blankMap(title: string): ArgumentMap {
  return { $schema: SCHEMA_REF, format: MAP_FORMAT, version: CURRENT_VERSION, meta: { title }, nodes: [], edges: [] };
}

/**
 * The template's claims, links, story and layout under the new title. Its summary and source describe the
 * template's own argument, so they stay behind: a map made from it has no source until its author gives one.
 */
export function mapFromTemplate(template: ArgumentMap, title: string): ArgumentMap {
  return { ...template, meta: { title } };
}
