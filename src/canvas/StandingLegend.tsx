// The legend's part for the computed layer: each flag tag with its meaning, the broken link and the what-if frame.
import { BREAK_GAP, BREAK_MARK_PATH, BROKEN_LINK, FLAG_STYLES, WHAT_IF } from '../export/svg/flagTheme.ts';
import { markerId } from '../export/svg/markers.ts';
import { lightTheme } from '../export/svg/theme.ts';
import { CLAIM_FLAG_KINDS } from '../model/evaluateMap.ts';
import { FlagNameDisclosure } from './FlagNameDisclosure.tsx';
import { ThemeIcon } from './ThemeIcon.tsx';
import { useFlagWords } from './useFlagWords.ts';
import './evaluation.css';

function BrokenSample() {
  const style = lightTheme.relations.causes;
  return (
    <svg className="legend__swatch" width="46" height="16" aria-hidden="true" focusable="false">
      <path d="M 2 8 H 42" stroke={style.color} strokeOpacity={BROKEN_LINK.opacity} strokeWidth={style.width} fill="none" markerEnd={`url(#${markerId('causes')})`} />
      <g transform="translate(20 8) rotate(0)">
        <rect x={-BREAK_GAP.width / 2} y={-BREAK_GAP.height / 2 + 2} width={BREAK_GAP.width} height={BREAK_GAP.height - 4} fill="#ffffff" />
        <path d={BREAK_MARK_PATH} transform="scale(0.8)" stroke={BROKEN_LINK.markColor} strokeWidth={2} strokeLinecap="round" fill="none" />
      </g>
    </svg>
  );
}

export function StandingLegend() {
  const words = useFlagWords();
  return (
    <>
      <h2 className="legend__heading">Computed from the marks</h2>
      <ul className="legend__list">
        {CLAIM_FLAG_KINDS.map((flag) => {
          const style = FLAG_STYLES[flag];
          return (
            <li key={flag} className="legend__item legend__item--stacked">
              <span className="legend__flag" style={{ color: style.color, background: style.background }}>
                <ThemeIcon icon={style.icon} />
                {words.tags[flag]}
              </span>
              <span />
              <span className="legend__note">{style.meaning}</span>
            </li>
          );
        })}
        <li className="legend__item">
          <BrokenSample />
          <span>{BROKEN_LINK.word}</span>
          <span className="legend__note">{BROKEN_LINK.meaning}</span>
        </li>
        <li className="legend__item">
          <svg className="legend__swatch" width="34" height="22" aria-hidden="true" focusable="false">
            <rect x="2" y="2" width="30" height="18" rx="3" fill="none" stroke={WHAT_IF.color} strokeWidth="2" strokeDasharray={WHAT_IF.dash} />
          </svg>
          <span>What-if mark</span>
          <span className="legend__note">A status changed only in the what-if view</span>
        </li>
      </ul>
      <FlagNameDisclosure />
    </>
  );
}
