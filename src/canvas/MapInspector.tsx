// The inspector with nothing selected: the map's own fields (here the flag's name; the title and source join it).
import { MapFlagNameField } from './MapFlagNameField.tsx';

export function MapInspector() {
  return (
    <aside className="inspector" aria-label="Map">
      <h2 className="inspector__title">Map</h2>
      <form className="inspector__form" aria-label="The map’s fields" onSubmit={(event) => event.preventDefault()}>
        <MapFlagNameField />
      </form>
    </aside>
  );
}
