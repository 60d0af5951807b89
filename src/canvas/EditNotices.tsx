// Messages about editing that must be seen (restored changes, refusals, failed saves) and the dialogs of editing; each loads when first needed.
import { ConflictDialog, EditAlerts, LinkToDialog, RestoreNotice } from './lazyPanels.tsx';
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
