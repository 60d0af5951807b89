// A claim's date in the inspector: typed as historians write it, shown back as it was written (or in canonical words).
import { DATE_EXAMPLES, formatHistoricalDate } from '../model/historicalDate.ts';
import type { Claim } from '../model/schema.ts';
import { CommitField } from './CommitField.tsx';

export function ClaimDateField({ claim, onCommit }: { claim: Claim; onCommit(typed: string): void }) {
  const shown = claim.date === undefined ? '' : formatHistoricalDate(claim.date, claim.dateText);
  return <CommitField label="Date" value={shown} hint={`Like ${DATE_EXAMPLES}.`} onCommit={onCommit} />;
}
