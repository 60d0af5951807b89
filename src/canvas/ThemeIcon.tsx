// Draws one of the theme's 12×12 icons inline, in the current text colour.
import { ICON_SIZE } from '../layout/nodeMetrics.ts';
import { ICON_STROKE_WIDTH, type Icon } from '../export/svg/theme.ts';

export function ThemeIcon({ icon, className }: { icon: Icon; className?: string }) {
  return (
    <svg className={className} width={ICON_SIZE} height={ICON_SIZE} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path
        d={icon.path}
        fill={icon.fill ? 'currentColor' : 'none'}
        stroke={icon.fill ? 'none' : 'currentColor'}
        strokeWidth={ICON_STROKE_WIDTH}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
