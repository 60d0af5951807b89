// Opens the browser's print dialog (the outline's print stylesheet decides what is printed).
export function printPage(): void {
  window.print();
}
