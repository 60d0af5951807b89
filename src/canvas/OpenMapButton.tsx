// "Open map…": picks a map file from disk and shows it, or shows its problems and keeps the current map.
import { useOpenFile } from './useOpenFile.ts';

export function OpenMapButton() {
  const open = useOpenFile();
  return (
    <button type="button" className="button" onClick={() => void open()}>
      Open map…
    </button>
  );
}
