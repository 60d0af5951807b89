// The shortcut table as Markdown, so the README lists exactly what the help panel lists.
import { SHORTCUT_GROUPS } from './shortcuts.ts';

export function shortcutsMarkdown(): string {
  const rows = ['| keys | what they do |', '|---|---|'];
  for (const group of SHORTCUT_GROUPS) {
    rows.push(`| **${group.title}** | |`);
    for (const shortcut of group.shortcuts) {
      rows.push(`| ${shortcut.keys.map((key) => `\`${key}\``).join(' or ')} | ${shortcut.action} |`);
    }
  }
  return rows.join('\n');
}
