// Every keyboard shortcut of the app, grouped as the help panel lists them; status keys come from the status buttons' own table.
import { CLAIM_KINDS, type ClaimKind, RELATIONS, STATUSES, type Status } from '../model/schema.ts';
import { lightTheme } from '../export/svg/theme.ts';
import { MAP_MENU_KEYS } from './maps/mapMenuKeys.ts';
import { STATUS_KEYS } from './StatusButtons.tsx';

/** What a map shortcut does; the keyboard hook runs it, so the keys it listens for are the ones listed here. */
export type MapCommand =
  | 'add'
  | 'rename'
  | 'link'
  | 'joint'
  | 'delete'
  | 'duplicate'
  | 'selectAll'
  | 'undo'
  | 'redo'
  | 'save'
  | 'deselect'
  | 'mapMenu'
  | 'newMap'
  | 'saveAs'
  | `mark:${Status}`
  | `kind:${ClaimKind}`;

export interface Shortcut {
  /** Alternatives, each a chord written as its keys joined by '+', e.g. 'Ctrl+Shift+Z'. */
  keys: readonly string[];
  action: string;
  /** Set where the map's keyboard hook handles the keys; the others belong to React Flow, a panel or a dialog. */
  command?: MapCommand;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

/** The key that opens the help panel. */
export const HELP_KEY = '?';

const statusShortcuts: Shortcut[] = STATUSES.map((status) => ({
  keys: [STATUS_KEYS[status].toUpperCase()],
  action: `Mark the selected nodes ${lightTheme.statuses[status].word.toLowerCase()}`,
  command: `mark:${status}`,
}));

/** 1–4 give the selected nodes a kind, in the order the legend lists kinds. */
export const KIND_KEYS: Record<ClaimKind, string> = Object.fromEntries(CLAIM_KINDS.map((kind, i) => [kind, String(i + 1)])) as Record<ClaimKind, string>;

const kindShortcuts: Shortcut[] = CLAIM_KINDS.map((kind) => ({
  keys: [KIND_KEYS[kind]],
  action: `Make the selected nodes ${lightTheme.kinds[kind].word.toLowerCase()}s`,
  command: `kind:${kind}`,
}));

/** In "Link to…", Alt+1–4 choose the relation, in the order the relation list shows them. */
export const RELATION_KEYS = Object.fromEntries(RELATIONS.map((relation, i) => [relation, `Alt+${i + 1}`])) as Record<(typeof RELATIONS)[number], string>;

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Moving around',
    shortcuts: [
      { keys: ['Tab', 'Shift+Tab'], action: 'Move between the controls and, on the map, the nodes first, then the links' },
      { keys: ['Space', 'Enter'], action: 'Select the focused node or link (then Enter renames a node)' },
      { keys: ['Ctrl+click'], action: 'Add a node or link to the selection (or take it out)' },
      { keys: ['Shift+drag'], action: 'Select the nodes in an area (drag on the empty canvas)' },
      { keys: ['Arrow keys'], action: 'Move the selected nodes (hold Shift for bigger steps)' },
      { keys: ['Escape'], action: 'Clear the selection, then leave focus mode; close the menu, dialog or panel you are in; in the inspector, put the field back and return to the node', command: 'deselect' },
      { keys: ['Ctrl+F'], action: 'Search the map' },
      { keys: [HELP_KEY], action: 'Show these keyboard shortcuts' },
    ],
  },
  {
    title: 'Editing',
    shortcuts: [
      { keys: ['N'], action: 'Add a node', command: 'add' },
      { keys: ['Enter'], action: 'Rename the selected node (Enter keeps, Escape cancels)', command: 'rename' },
      { keys: ['L'], action: 'Link the selected node to another, chosen by name', command: 'link' },
      { keys: ['J'], action: 'Group the selected links into one node as a joint group (they hold only together), or ungroup them', command: 'joint' },
      ...statusShortcuts,
      ...kindShortcuts,
      { keys: ['Delete', 'Backspace'], action: 'Delete the selected nodes and links', command: 'delete' },
      { keys: ['Ctrl+D'], action: 'Duplicate the selected nodes', command: 'duplicate' },
      { keys: ['Ctrl+A'], action: 'Select all', command: 'selectAll' },
      { keys: ['Ctrl+Z'], action: 'Undo', command: 'undo' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'Redo', command: 'redo' },
      { keys: ['Ctrl+S'], action: 'Save the map (or download it where there is no server)', command: 'save' },
      { keys: ['Ctrl+Enter'], action: 'Keep a multi-line field in the inspector (Escape restores it)' },
    ],
  },
  {
    title: 'Maps',
    shortcuts: [
      { keys: [MAP_MENU_KEYS.menu], action: 'Open the Map menu: new map, save as, duplicate, rename, delete, the map’s details', command: 'mapMenu' },
      { keys: [MAP_MENU_KEYS.newMap], action: 'New map (blank or from another map), its title asked first', command: 'newMap' },
      { keys: [MAP_MENU_KEYS.saveAs], action: 'Save the map as a new file, under a new title and file name', command: 'saveAs' },
    ],
  },
  {
    title: 'Presenting',
    shortcuts: [
      { keys: ['→', 'Space', 'Page Down'], action: 'Next step' },
      { keys: ['←', 'Page Up'], action: 'Previous step' },
      { keys: ['Home', 'End'], action: 'First or last step' },
      { keys: ['Alt+↑', 'Alt+↓'], action: 'Move a step in the story editor' },
      { keys: ['Escape'], action: 'Close the story editor, or stop presenting' },
    ],
  },
  {
    title: 'Lists and dialogs',
    shortcuts: [
      { keys: ['↑', '↓'], action: 'Choose among search results or link targets' },
      { keys: ['Enter'], action: 'Go to the chosen result, or make the link' },
      {
        keys: RELATIONS.map((relation) => RELATION_KEYS[relation]),
        action: `In “Link to…”, choose the relation: ${RELATIONS.join(', ')}`,
      },
      { keys: ['Alt+Enter'], action: 'In “Link to…”, make a new node with the name typed and link to it' },
    ],
  },
];
