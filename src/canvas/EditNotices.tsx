// Messages about editing that must be seen (restored changes, refusals, failed saves) and the dialogs of editing.
// In the first download, not loaded on first use: a failed save often means the server is gone, and their code with it.
import { EditAlerts } from './EditAlerts.tsx';
import { ConflictDialog, LinkToDialog, RestoreNotice } from './lazyPanels.tsx';
import './Dialogs.css';

export function EditNotices() {
  return (
    <div className="edit-notices">
      <RestoreNotice />
      <EditAlerts />
      <LinkToDialog />
      <ConflictDialog />
    </div>
  );
}
