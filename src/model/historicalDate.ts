// Historical dates: what people type (431 BC, c. 1200 BC, June 1950, 1948–1950) to the stored, sortable form and back.
/**
 * The stored form is the ISO 8601-2 / EDTF subset that old files already use: `1950`, `1950-06`, `1950-06-25`, plus
 * astronomical years for BC (`-0430` is 431 BC: year 0000 is 1 BC, so every year before AD 1 is one less than its
 * BC number), `~` after a date for circa (`-1199~` is c. 1200 BC) and `/` between two dates for a range
 * (`1948/1950`). Text compares wrongly across BC/AD ("-0430" < "-0431"), so sorting goes by `dateSortKey`.
 */

export interface DatePoint {
  /** Astronomical year: 1 is AD 1, 0 is 1 BC, -430 is 431 BC. */
  year: number;
  month?: number;
  day?: number;
  circa: boolean;
}

export interface HistoricalDate {
  /** The stored form, e.g. `-0430/-0403`. */
  stored: string;
  start: DatePoint;
  /** The same point as `start` unless the date is a range. */
  end: DatePoint;
}

/** `error` says what is wrong in a phrase ("February has no day 30 that year"), to follow "must be a date like …:". */
export type DateReading = { ok: true; date: HistoricalDate } | { ok: false; error: string };

const POINT_PATTERN = String.raw`-?\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?~?`;
/** The stored form's shape (the JSON Schema carries it); `readStoredDate` also checks the calendar and the range's order. */
export const STORED_DATE_PATTERN = new RegExp(`^${POINT_PATTERN}(?:/${POINT_PATTERN})?$`);

export const DATE_EXAMPLES = '1950, 1950-06-25, June 1950, 431 BC, c. 1200 BC, AD 14 or 1948–1950';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MAX_YEAR = 9999;

function isLeap(year: number): boolean {
  const mod = (n: number) => ((year % n) + n) % n;
  return mod(4) === 0 && (mod(100) !== 0 || mod(400) === 0);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(year: number): string {
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}

function storedPoint(point: DatePoint): string {
  const month = point.month === undefined ? '' : `-${String(point.month).padStart(2, '0')}`;
  const day = point.day === undefined ? '' : `-${String(point.day).padStart(2, '0')}`;
  return `${pad(point.year)}${month}${day}${point.circa ? '~' : ''}`;
}

/** A number that orders dates in time, BC before AD: year, then month, then day (a year alone sorts before its months). */
export function pointSortKey(point: DatePoint): number {
  return point.year * 10_000 + (point.month ?? 0) * 100 + (point.day ?? 0);
}

function calendarProblem(point: DatePoint): string | null {
  if (point.month !== undefined && (point.month < 1 || point.month > 12)) return `${point.month} is not a month (1–12)`;
  if (point.month !== undefined && point.day !== undefined && (point.day < 1 || point.day > daysIn(point.year, point.month))) {
    return `${MONTHS[point.month - 1]} has no day ${point.day} that year`;
  }
  return null;
}

function made(start: DatePoint, end: DatePoint, single: boolean): DateReading {
  for (const point of single ? [start] : [start, end]) {
    const problem = calendarProblem(point);
    if (problem) return { ok: false, error: problem };
  }
  if (!single && pointSortKey(end) < pointSortKey(start)) return { ok: false, error: 'the range ends before it starts' };
  const stored = single ? storedPoint(start) : `${storedPoint(start)}/${storedPoint(end)}`;
  return { ok: true, date: { stored, start, end: single ? start : end } };
}

const STORED_POINT = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~?)$/;

function readStoredPoint(text: string): DatePoint | null {
  const match = STORED_POINT.exec(text);
  if (!match) return null;
  const [, minus, year, month, day, circa] = match;
  if (minus && year === '0000') return null;
  return {
    year: Number(`${minus}${year}`),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
    circa: circa === '~',
  };
}

/** Reads a stored date (`1950-06-25`, `-0430`, `-1199~`, `1948/1950`); null when it is not one. */
export function readStoredDate(stored: string): HistoricalDate | null {
  if (!STORED_DATE_PATTERN.test(stored)) return null;
  const [first = '', second] = stored.split('/');
  const start = readStoredPoint(first);
  const end = second === undefined ? start : readStoredPoint(second);
  if (!start || !end) return null;
  const reading = made(start, end, second === undefined);
  return reading.ok ? reading.date : null;
}

// ——— Reading what people type ———

type Era = 'BC' | 'AD' | null;

interface TypedPoint {
  /** The year as written (BC years counted back from 1). */
  year: number;
  yearDigits: number;
  month?: number;
  day?: number;
  era: Era;
  circa: boolean;
  /** Written as an ISO date (1950-06-25): its year is already the astronomical one. */
  iso: boolean;
}

const CIRCA = /^(?:(?:circa|approximately|approx\.?|about|ca\.?|c\.)\s*|c\s+)(?=\d|[a-z])/i;
const ERA_BEFORE = /^(a\.?\s?d\.?|c\.?\s?e\.?)\s*(?=\d)/i;
const ERA_AFTER = /(?<=\d|\s)\s*(b\.?\s?c\.?\s?e\.?|b\.?\s?c\.?|a\.?\s?d\.?|c\.?\s?e\.?)$/i;
/** "15 March AD 14": the era between the month and the year. */
const ERA_INSIDE = /\s(?:a\.?\s?d\.?|c\.?\s?e\.?)\s+(?=\d{1,4}$)/i;
const MONTH_WORD = '([a-z]+)\\.?';

function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((name) => name.toLowerCase().startsWith(lower) || (lower === 'sept' && name === 'September'));
  return index < 0 ? null : index + 1;
}

function eraOf(word: string): Era {
  return /^b/i.test(word) ? 'BC' : 'AD';
}

/** One date as typed, without range marks; a string is a reason it is not one. */
function readTypedPoint(raw: string): TypedPoint | string {
  let text = raw.trim().replace(/\s+/g, ' ');
  let circa = false;
  let era: Era = null;
  const circaMatch = CIRCA.exec(text);
  if (circaMatch) {
    circa = true;
    text = text.slice(circaMatch[0].length);
  }
  if (text.endsWith('~')) {
    circa = true;
    text = text.slice(0, -1).trim();
  }
  const before = ERA_BEFORE.exec(text);
  if (before) {
    era = eraOf(before[1] ?? '');
    text = text.slice(before[0].length);
  } else {
    const after = ERA_AFTER.exec(text);
    if (after && after.index > 0) {
      era = eraOf(after[1] ?? '');
      text = text.slice(0, after.index).trim();
    }
  }
  const inside = era === null ? ERA_INSIDE.exec(text) : null;
  if (inside) {
    era = 'AD';
    text = `${text.slice(0, inside.index)} ${text.slice(inside.index + inside[0].length)}`;
  }
  const base = { era, circa };
  let match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (match && match[2] !== undefined && era === null) {
    return { ...base, year: Number(match[1]), yearDigits: 4, month: Number(match[2]), ...(match[3] === undefined ? {} : { day: Number(match[3]) }), iso: true };
  }
  match = /^(\d{1,4})$/.exec(text);
  if (match) return { ...base, year: Number(match[1]), yearDigits: (match[1] ?? '').length, iso: false };
  match = new RegExp(`^${MONTH_WORD} (\\d{1,4})$`, 'i').exec(text);
  const withMonth = (word: string, year: string, day?: string): TypedPoint | string => {
    const month = monthNumber(word);
    if (month === null) return `'${word}' is not a month`;
    return { ...base, year: Number(year), yearDigits: year.length, month, ...(day === undefined ? {} : { day: Number(day) }), iso: false };
  };
  if (match) return withMonth(match[1] ?? '', match[2] ?? '');
  match = new RegExp(`^(\\d{1,2}) ${MONTH_WORD},? (\\d{1,4})$`, 'i').exec(text);
  if (match) return withMonth(match[2] ?? '', match[3] ?? '', match[1]);
  match = new RegExp(`^${MONTH_WORD} (\\d{1,2}),? (\\d{1,4})$`, 'i').exec(text);
  if (match) return withMonth(match[1] ?? '', match[3] ?? '', match[2]);
  return `Causeway cannot read '${raw.trim()}'`;
}

function toPoint(typed: TypedPoint): DatePoint | string {
  if (!typed.iso && typed.year === 0) return 'there is no year 0: 1 BC is followed by AD 1';
  if (typed.year > MAX_YEAR) return `years go up to ${MAX_YEAR}`;
  const year = typed.era === 'BC' ? 1 - typed.year : typed.year;
  return {
    year,
    ...(typed.month === undefined ? {} : { month: typed.month }),
    ...(typed.day === undefined ? {} : { day: typed.day }),
    circa: typed.circa,
  };
}

/** Where a typed range splits: a slash, an en or em dash, " to ", a spaced hyphen, or a hyphen before a year of 3–4 digits. */
function splitRange(text: string): { left: string; right: string; dash: boolean } | null {
  for (const separator of [/\s*\/\s*/, /\s*[–—]\s*/, /\s+to\s+/i, /\s+-\s+/]) {
    const parts = text.split(separator);
    if (parts.length === 2) return { left: parts[0] ?? '', right: parts[1] ?? '', dash: /[–—]/.test(text) };
    if (parts.length > 2) return null;
  }
  const hyphen = /^(.*\d)-(\d{3,4}(?!\d|-\d).*)$/.exec(text);
  return hyphen ? { left: hyphen[1] ?? '', right: hyphen[2] ?? '', dash: false } : null;
}

/**
 * Reads a date as people write it. A range's unmarked end takes the other end's era and circa ("431–404 BC",
 * "c. 1200–1150 BC"), and an AD range's end may drop the digits it shares with its start ("1948–50").
 */
export function parseHistoricalDate(text: string): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'it is empty' };
  const stored = readStoredDate(trimmed);
  if (stored) return { ok: true, date: stored };
  const failed = (reason: string): DateReading => ({ ok: false, error: reason });

  const range = splitRange(trimmed);
  if (!range) {
    const typed = readTypedPoint(trimmed);
    if (typeof typed === 'string') return failed(typed);
    const point = toPoint(typed);
    return typeof point === 'string' ? failed(point) : made(point, point, true);
  }
  const left = readTypedPoint(range.left);
  const right = readTypedPoint(range.right);
  if (typeof left === 'string') return failed(left);
  if (typeof right === 'string') return failed(right);
  const shortEnd = right.era === null && left.era !== 'BC' && range.dash && !left.iso && right.month === undefined && right.yearDigits < left.yearDigits;
  if (left.era === null && !left.iso) left.era = right.era;
  if (right.era === null && !right.iso) right.era = left.era;
  if (left.circa !== right.circa && CIRCA.test(range.left.trim())) right.circa = true;
  if (shortEnd) {
    const unit = 10 ** right.yearDigits;
    right.year = Math.floor(left.year / unit) * unit + right.year;
  }
  const start = toPoint(left);
  const end = toPoint(right);
  if (typeof start === 'string') return failed(start);
  if (typeof end === 'string') return failed(end);
  return made(start, end, false);
}

// ——— Showing a stored date ———

function pointWords(point: DatePoint): string {
  const bc = point.year <= 0;
  const number = bc ? 1 - point.year : point.year;
  const dayMonth = [point.day, point.month === undefined ? undefined : MONTHS[point.month - 1]].filter((part) => part !== undefined).join(' ');
  return [dayMonth, bc ? `${number} BC` : `AD ${number}`].filter(Boolean).join(' ');
}

/** AD years of four digits read as they are stored (1950, 1950-06-25); other dates in words (431 BC, 15 March 44 BC). */
function pointText(point: DatePoint): string {
  const body = point.year >= 1000 ? storedPoint({ ...point, circa: false }) : pointWords(point);
  return `${point.circa ? 'c. ' : ''}${body}`;
}

/** The canonical way to show a stored date; `parseHistoricalDate` reads it back to the same stored form. */
export function canonicalDateText(date: HistoricalDate): string {
  const { start, end } = date;
  if (start === end) return pointText(start);
  // Read back, an unmarked end takes a circa start's circa: a circa start with an exact end only has its stored form.
  if (start.circa && !end.circa) return date.stored;
  const yearsOnly = start.month === undefined && end.month === undefined;
  const dropCirca = (text: string) => (start.circa ? text.replace(/^c\. /, '') : text);
  if (yearsOnly && end.year <= 0 && start.circa === end.circa) return `${start.circa ? 'c. ' : ''}${1 - start.year}–${1 - end.year} BC`;
  if (yearsOnly && start.year >= 1000) return `${pointText(start)}–${dropCirca(pointText(end))}`;
  // After a BC start an unmarked year would be read as BC too, so an AD end says AD.
  const endText = start.year <= 0 && end.month === undefined ? `${end.circa ? 'c. ' : ''}${pointWords(end)}` : pointText(end);
  return `${pointText(start)} – ${dropCirca(endText)}`;
}

/** How a claim's date is shown: as the person wrote it when the file keeps that, else in the canonical words. */
export function formatHistoricalDate(stored: string, written?: string): string {
  if (written !== undefined && written !== '') return written;
  const date = readStoredDate(stored);
  return date ? canonicalDateText(date) : stored;
}

/** Orders stored dates in time (start, then end, then the stored text so equal dates still order the same way). */
export function compareDates(a: string, b: string): number {
  const da = readStoredDate(a);
  const db = readStoredDate(b);
  if (!da || !db) return da ? -1 : db ? 1 : a < b ? -1 : a > b ? 1 : 0;
  return (
    pointSortKey(da.start) - pointSortKey(db.start) ||
    pointSortKey(da.end) - pointSortKey(db.end) ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
}

/**
 * What a claim stores for a typed date: the stored form, and the typed text only when it differs from the
 * canonical words for it (so `1950-06-25` and `431 BC` store nothing extra, `431 BCE` keeps its BCE).
 */
export function storedDateFields(reading: HistoricalDate, typed: string): { date: string; dateText?: string } {
  const written = typed.trim().replace(/\s+/g, ' ');
  return written === reading.stored || written === canonicalDateText(reading) ? { date: reading.stored } : { date: reading.stored, dateText: written };
}
