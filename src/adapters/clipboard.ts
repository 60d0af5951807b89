// Writes text to the system clipboard; the one place the app touches it.

/** True when the text reached the clipboard; false when the browser refused (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
