// Explains the map's look: each kind's shape and icon, each status badge, each relation's stroke and arrowhead.
import { useId, useState } from 'react';
import { lightTheme } from '../export/svg/theme.ts';
import { CLAIM_KINDS, RELATIONS, STATUSES } from '../model/schema.ts';
import { markerId } from '../export/svg/markers.ts';
import { StandingLegend } from './StandingLegend.tsx';
import { ThemeIcon } from './ThemeIcon.tsx';
import './Legend.css';

const KIND_MEANING = {
  event: 'Something that happened',
  claim: 'A thesis the author argues',
  assumption: 'A belief held at the time',
  evidence: 'What the sources show',
} as const;

function KindSwatch({ kind }: { kind: (typeof CLAIM_KINDS)[number] }) {
  const style = lightTheme.kinds[kind];
  return (
    <svg className="legend__swatch" width="34" height="22" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="32" height="20" rx={Math.min(style.radius, 8)} fill={style.fill} stroke={style.stroke} strokeWidth="1.5" strokeDasharray={style.dash || undefined} />
    </svg>
  );
}

function RelationSample({ relation }: { relation: (typeof RELATIONS)[number] }) {
  const style = lightTheme.relations[relation];
  return (
    <svg className="legend__swatch" width="46" height="16" aria-hidden="true" focusable="false">
      <path d="M 2 8 H 42" stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash || undefined} fill="none" markerEnd={`url(#${markerId(relation)})`} />
    </svg>
  );
}

/** Below this window width the legend opens collapsed, giving its column back to the map; its toggle opens it. */
const LEGEND_OPEN_FROM_PX = 1280;

export function Legend() {
  const [open, setOpen] = useState(() => window.innerWidth >= LEGEND_OPEN_FROM_PX);
  const bodyId = useId();
  return (
    <aside className={open ? 'legend' : 'legend legend--closed'} aria-label="Legend">
      <button type="button" className="legend__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className="legend__chevron">{open ? '›' : '‹'}</span>
        {open ? 'Hide legend' : 'Legend'}
      </button>
      <div id={bodyId} className="legend__body" hidden={!open}>
        <h2 className="legend__heading">Kinds</h2>
        <ul className="legend__list">
          {CLAIM_KINDS.map((kind) => (
            <li key={kind} className="legend__item">
              <KindSwatch kind={kind} />
              <span className="legend__kind" style={{ color: lightTheme.kinds[kind].stroke }}>
                <ThemeIcon icon={lightTheme.kinds[kind].icon} />
                {lightTheme.kinds[kind].word}
              </span>
              <span className="legend__note">{KIND_MEANING[kind]}</span>
            </li>
          ))}
        </ul>
        <h2 className="legend__heading">Status</h2>
        <ul className="legend__list">
          {STATUSES.map((status) => {
            const style = lightTheme.statuses[status];
            return (
              <li key={status} className="legend__item">
                <span className="legend__badge" style={{ color: style.color, background: style.background }}>
                  <ThemeIcon icon={style.icon} />
                  {style.word}
                </span>
              </li>
            );
          })}
        </ul>
        <h2 className="legend__heading">Links</h2>
        <ul className="legend__list">
          {RELATIONS.map((relation) => (
            <li key={relation} className="legend__item">
              <RelationSample relation={relation} />
              <span>{lightTheme.relations[relation].word}</span>
            </li>
          ))}
        </ul>
        <StandingLegend />
      </div>
    </aside>
  );
}
