// The shared theme's colours and font as CSS custom properties, so stylesheets never restate them.
import type { CSSProperties } from 'react';
import { lightTheme } from '../export/svg/theme.ts';

export const themeVariables = {
  '--font-family': `'${lightTheme.font.family}', system-ui, -apple-system, 'Segoe UI', sans-serif`,
  '--text': lightTheme.text,
  '--muted': lightTheme.mutedText,
  '--canvas': lightTheme.background,
  '--danger': lightTheme.statuses.refuted.color,
  '--danger-bg': lightTheme.statuses.refuted.background,
} as CSSProperties;
