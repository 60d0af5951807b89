// The inspector for one claim: every field of it, its sources, its pin, and the commands on it.
import { lightTheme } from '../export/svg/theme.ts';
import { CLAIM_KINDS, type Claim, STATUSES } from '../model/schema.ts';
import { shownStatus } from '../state/evaluationView.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { ClaimDateField } from './ClaimDateField.tsx';
import { CommitField } from './CommitField.tsx';
import { SourcesEditor } from './SourcesEditor.tsx';

export function ClaimInspector({ claim }: { claim: Claim }) {
  const store = useMapStoreApi();
  /** What-if and practice show and set their own marks here, never the map's (practice must not give them away). */
  const mode = useMapStore((s) => s.evaluationMode);
  const update = (patch: Parameters<ReturnType<typeof store.getState>['updateClaim']>[1]) => store.getState().updateClaim(claim.id, patch);
  return (
    <form className="inspector__form" aria-label={`Node “${claim.label}”`} onSubmit={(event) => event.preventDefault()}>
      <CommitField label="Label" value={claim.label} onCommit={(label) => update({ label })} />
      <CommitField label="Text" value={claim.text ?? ''} multiline hint="Ctrl+Enter or leaving the field keeps it." onCommit={(text) => update({ text })} />
      <div className="field">
        <label htmlFor={`kind-${claim.id}`}>Kind</label>
        <select id={`kind-${claim.id}`} value={claim.kind} onChange={(event) => update({ kind: event.target.value as Claim['kind'] })}>
          {CLAIM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {lightTheme.kinds[kind].word}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`status-${claim.id}`}>{mode.kind === 'practice' ? 'Your mark' : mode.kind === 'whatIf' ? 'Status (what if)' : 'Status'}</label>
        <select
          id={`status-${claim.id}`}
          value={shownStatus(mode, claim) ?? ''}
          onChange={(event) => store.getState().setClaimStatus(claim.id, event.target.value as Claim['status'])}
        >
          {shownStatus(mode, claim) === null && (
            <option value="" disabled>
              Not marked yet
            </option>
          )}
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {lightTheme.statuses[status].word}
            </option>
          ))}
        </select>
      </div>
      <ClaimDateField claim={claim} onCommit={(date) => update({ date })} />
      <SourcesEditor claimId={claim.id} sources={claim.sources} />
      <div className="inspector__row">
        {claim.position ? (
          <>
            <span className="inspector__hint">
              Pinned at {claim.position.x}, {claim.position.y}
            </span>
            <button type="button" className="button button--small" onClick={() => store.getState().unpin([claim.id])}>
              Unpin
            </button>
          </>
        ) : (
          <span className="inspector__hint">Placed by the automatic layout; drag it to pin it.</span>
        )}
      </div>
      <div className="inspector__row">
        <button type="button" className="button button--small" onClick={() => store.getState().openLinkTo()}>
          Link this node to…
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => store.getState().deleteClaims([claim.id])}>
          Delete node
        </button>
      </div>
    </form>
  );
}
