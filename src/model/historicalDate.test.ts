import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, formatHistoricalDate, parseHistoricalDate, readStoredDate, storedDateFields } from './historicalDate.ts';
import { loadSeedMap } from './testSeedMap.ts';

const seedMap = loadSeedMap();

function stored(text: string): string {
  const reading = parseHistoricalDate(text);
  if (!reading.ok) throw new Error(`'${text}' was refused: ${reading.error}`);
  return reading.date.stored;
}

function refusal(text: string): string {
  const reading = parseHistoricalDate(text);
  if (reading.ok) throw new Error(`'${text}' was read as ${reading.date.stored}`);
  return reading.error;
}

describe('parseHistoricalDate', () => {
  it('keeps the ISO forms files already hold', () => {
    expect(stored('1950')).toBe('1950');
    expect(stored('1950-06')).toBe('1950-06');
    expect(stored('1950-06-25')).toBe('1950-06-25');
  });

  it('reads BC and BCE years as astronomical years (1 BC is year 0)', () => {
    expect(stored('431 BC')).toBe('-0430');
    expect(stored('431 BCE')).toBe('-0430');
    expect(stored('431 B.C.')).toBe('-0430');
    expect(stored('1 BC')).toBe('0000');
    expect(stored('44bc')).toBe('-0043');
  });

  it('reads AD and CE years, before or after the number', () => {
    expect(stored('AD 14')).toBe('0014');
    expect(stored('14 AD')).toBe('0014');
    expect(stored('14 CE')).toBe('0014');
    expect(stored('A.D. 800')).toBe('0800');
    expect(stored('431')).toBe('0431');
  });

  it('reads circa as the ~ qualifier', () => {
    expect(stored('c. 1200 BC')).toBe('-1199~');
    expect(stored('ca. 1200 BC')).toBe('-1199~');
    expect(stored('circa 1200 BC')).toBe('-1199~');
    expect(stored('c.1850')).toBe('1850~');
  });

  it('reads months and days in words', () => {
    expect(stored('June 1950')).toBe('1950-06');
    expect(stored('Jun. 1950')).toBe('1950-06');
    expect(stored('25 June 1950')).toBe('1950-06-25');
    expect(stored('June 25, 1950')).toBe('1950-06-25');
    expect(stored('15 March 44 BC')).toBe('-0043-03-15');
  });

  it('reads ranges with an en dash, a hyphen, a slash or "to"', () => {
    expect(stored('1948–1950')).toBe('1948/1950');
    expect(stored('1948-1950')).toBe('1948/1950');
    expect(stored('1948 - 1950')).toBe('1948/1950');
    expect(stored('1948 to 1950')).toBe('1948/1950');
    expect(stored('1948/1950')).toBe('1948/1950');
    expect(stored('June 1950 – July 1953')).toBe('1950-06/1953-07');
    expect(stored('1948–50')).toBe('1948/1950');
  });

  it('gives a BC range’s unmarked end the other end’s era and circa', () => {
    expect(stored('431–404 BC')).toBe('-0430/-0403');
    expect(stored('431-404 BCE')).toBe('-0430/-0403');
    expect(stored('c. 1200–1150 BC')).toBe('-1199~/-1149~');
    expect(stored('44 BC – AD 14')).toBe('-0043/0014');
  });

  it('refuses what is not a date, saying why', () => {
    expect(refusal('')).toBe('it is empty');
    expect(refusal('the 1950s')).toBe("Causeway cannot read 'the 1950s'");
    expect(refusal('1950-1')).toBe("Causeway cannot read '1950-1'");
    expect(refusal('0 BC')).toBe('there is no year 0: 1 BC is followed by AD 1');
    expect(refusal('1950-02-30')).toBe('February has no day 30 that year');
    expect(refusal('1950-13')).toMatch(/13 is not a month/);
    expect(refusal('404–431 BC')).toBe('the range ends before it starts');
    expect(refusal('Smarch 1950')).toMatch(/'Smarch' is not a month/);
    expect(refusal('12345')).toBe("Causeway cannot read '12345'");
  });

  it('never throws, and whatever it reads is a stored date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[cC.a ]{0,4}\d{1,5}(?:[-–/ ]\d{1,4}){0,2}(?: B\.?C\.?E?| AD)?$/)), (text) => {
        const reading = parseHistoricalDate(text);
        if (reading.ok) expect(readStoredDate(reading.date.stored)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('knows leap years, BC ones too (astronomical year -4 is 5 BC)', () => {
    expect(stored('2000-02-29')).toBe('2000-02-29');
    expect(refusal('1900-02-29')).toMatch(/no day 29/);
    expect(stored('29 February 5 BC')).toBe('-0004-02-29');
  });
});

describe('formatHistoricalDate', () => {
  it('shows what the person wrote when the file keeps it', () => {
    expect(formatHistoricalDate('-0430', '431 BCE')).toBe('431 BCE');
  });

  it('shows a stored date in canonical words otherwise, ISO dates unchanged', () => {
    expect(formatHistoricalDate('1950-06-25')).toBe('1950-06-25');
    expect(formatHistoricalDate('-0430')).toBe('431 BC');
    expect(formatHistoricalDate('-1199~')).toBe('c. 1200 BC');
    expect(formatHistoricalDate('0014')).toBe('AD 14');
    expect(formatHistoricalDate('-0430/-0403')).toBe('431–404 BC');
    expect(formatHistoricalDate('-0043/0014')).toBe('44 BC – AD 14');
    expect(formatHistoricalDate('1948/1950')).toBe('1948–1950');
    expect(formatHistoricalDate('-0043-03-15')).toBe('15 March 44 BC');
  });

  it('reads back every stored date it shows to the same stored form', () => {
    const point = fc
      .record({ year: fc.integer({ min: -9998, max: 9999 }), month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), day: fc.integer({ min: 1, max: 28 }), circa: fc.boolean(), withDay: fc.boolean() })
      .map(({ year, month, day, circa, withDay }) => {
        const pad = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
        const monthPart = month === undefined ? '' : `-${String(month).padStart(2, '0')}${withDay ? `-${String(day).padStart(2, '0')}` : ''}`;
        return `${pad}${monthPart}${circa ? '~' : ''}`;
      });
    fc.assert(
      fc.property(point, point, fc.boolean(), (a, b, range) => {
        const text = range ? (compareDates(a, b) <= 0 ? `${a}/${b}` : `${b}/${a}`) : a;
        const date = readStoredDate(text);
        if (!date) return;
        expect(stored(formatHistoricalDate(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('compareDates', () => {
  it('orders BC before AD, earlier BC years first, a year before its months', () => {
    const dates = ['1950-06-25', '0014', '-0043-03-15', '-0430', '1950', '-0430/-0403', '1950-06', '-1199~', '-0431'];
    expect([...dates].sort(compareDates)).toEqual(['-1199~', '-0431', '-0430', '-0430/-0403', '-0043-03-15', '0014', '1950', '1950-06', '1950-06-25']);
  });

  it('orders the seed map’s dates as their text did', () => {
    const dates = seedMap.nodes.flatMap((claim) => (claim.date === undefined ? [] : [claim.date]));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort(compareDates)).toEqual([...dates].sort());
  });
});

describe('storedDateFields', () => {
  it('keeps the typed text only when the canonical words differ from it', () => {
    const fields = (text: string) => {
      const reading = parseHistoricalDate(text);
      if (!reading.ok) throw new Error(reading.error);
      return storedDateFields(reading.date, text);
    };
    expect(fields('1950-06-25')).toEqual({ date: '1950-06-25' });
    expect(fields('431 BC')).toEqual({ date: '-0430' });
    expect(fields(' 431  BCE ')).toEqual({ date: '-0430', dateText: '431 BCE' });
    expect(fields('June 1950')).toEqual({ date: '1950-06', dateText: 'June 1950' });
  });

  it('leaves every seed date as it is stored', () => {
    for (const claim of seedMap.nodes) {
      if (claim.date === undefined) continue;
      const reading = parseHistoricalDate(claim.date);
      expect(reading.ok && storedDateFields(reading.date, claim.date)).toEqual({ date: claim.date });
    }
  });
});
