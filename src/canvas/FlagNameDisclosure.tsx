// In the legend, beside the flag it names: a button that opens the map's field for its flag's name (MapFlagNameField).
import { useId, useState } from 'react';
import { MapFlagNameField } from './MapFlagNameField.tsx';

export function FlagNameDisclosure() {
  const [open, setOpen] = useState(false);
  const fieldId = useId();
  return (
    <div className="legend__flag-name">
      <button type="button" className="button button--small" aria-expanded={open} aria-controls={fieldId} onClick={() => setOpen(!open)}>
        Name this flag…
      </button>
      <div id={fieldId} hidden={!open}>
        {open && <MapFlagNameField />}
      </div>
    </div>
  );
}
