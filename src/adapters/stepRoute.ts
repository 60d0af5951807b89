// The presentation step in the address bar (?map=NAME&step=N, 1-based): read it, and keep it in step without adding history entries.
const PARAM = 'step';

/** The step asked for, or null when there is none or it is not a positive whole number. */
export function currentStepParam(): number | null {
  const raw = new URLSearchParams(window.location.search).get(PARAM);
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const step = Number(raw);
  return step >= 1 ? step : null;
}

/** Writes the step (or removes it); replaceState, so Back leaves the presentation's page rather than walking its steps. */
export function replaceStepParam(step: number | null): void {
  const url = new URL(window.location.href);
  if (step === null) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, String(step));
  const next = `${url.pathname}${url.search}${url.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', next);
}
