// The keys of the Map menu's commands, shared by the shortcut table and the menu that shows them.
export const MAP_MENU_KEYS = {
  menu: 'Alt+M',
  newMap: 'Ctrl+Alt+N',
  saveAs: 'Ctrl+Shift+S',
} as const;
