// The tables of calendar.ts and the summer-time rule of opening-state.ts against the browser's own
// Intl.DateTimeFormat and time-zone data: every day of a year, every minute of a day, every month
// and weekday, in the three locales; Lille's clock every six hours of 2000–2040 and minute by
// minute around each change of time.
import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatMinute,
  formatMonth,
  formatWeekday,
} from '../../src/localization/calendar.js';
import { parisTime } from '../../src/hours/opening-state.js';
import type { Locale } from '../../src/data/types.js';

const LOCALES: Locale[] = ['fr', 'en', 'ar'];
/** Arabic with Western digits, as the widget writes it. */
const intl = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale, {
    ...options,
    timeZone: 'UTC',
  });
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const DAY = 86_400_000;

describe('calendar: dates and times as Intl writes them, without Intl', () => {
  it('writes every day of 2026 and of 2019 as Intl’s long date', () => {
    for (const locale of LOCALES) {
      const format = intl(locale, { dateStyle: 'long' });
      for (const start of [Date.UTC(2026, 0, 1, 12), Date.UTC(2019, 0, 1, 12)]) {
        for (let day = 0; day < 365; day += 1) {
          const time = start + day * DAY;
          expect(formatDate(iso(time), locale), `${locale} ${iso(time)}`).to.equal(
            format.format(time),
          );
        }
      }
    }
    expect(formatDate('2026-12-06', 'fr')).to.equal('6 décembre 2026');
  });

  it('writes the month of a source as Intl does', () => {
    for (const locale of LOCALES) {
      const format = intl(locale, { month: 'long', year: 'numeric' });
      for (let month = 0; month < 12; month += 1) {
        const time = Date.UTC(2019, month, 22, 12);
        expect(formatMonth(iso(time), locale), `${locale} ${month}`).to.equal(format.format(time));
      }
    }
    expect(formatMonth('2019-09-22', 'fr')).to.equal('septembre 2019');
  });

  it('names the weekdays as Intl does, Monday first', () => {
    for (const locale of LOCALES) {
      const format = intl(locale, { weekday: 'long' });
      for (let weekday = 0; weekday < 7; weekday += 1) {
        // 5 January 2026 is a Monday.
        expect(formatWeekday(weekday, locale)).to.equal(
          format.format(Date.UTC(2026, 0, 5 + weekday)),
        );
      }
    }
    expect(formatWeekday(0, 'fr')).to.equal('lundi');
  });

  it('writes every minute of a day as Intl does in English and Arabic, the French way in French', () => {
    for (const locale of ['en', 'ar'] as const) {
      const format = intl(locale, { hour: 'numeric', minute: '2-digit' });
      for (let minute = 0; minute < 1440; minute += 1) {
        expect(formatMinute(minute, locale), `${locale} ${minute}`).to.equal(
          format.format(Date.UTC(2026, 0, 5, 0, minute)),
        );
      }
    }
    expect(formatMinute(9 * 60, 'fr')).to.equal('9 h');
    expect(formatMinute(9 * 60 + 5, 'fr')).to.equal('9 h 05');
    expect(formatMinute(24 * 60, 'fr')).to.equal('0 h');
  });

  it('gives back what is no calendar date as it is', () => {
    for (const value of ['', 'bientôt', '2026-02-30', '2026-13-01', '26-12-06']) {
      expect(formatDate(value, 'fr')).to.equal(value);
      expect(formatMonth(value, 'fr')).to.equal(value);
    }
  });
});

describe('parisTime: the summer-time rule against the time-zone data', () => {
  const paris = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  });
  const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const expected = (time: number) => {
    const parts = Object.fromEntries(paris.formatToParts(time).map((p) => [p.type, p.value]));
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
      minute: Number(parts.hour) * 60 + Number(parts.minute),
    };
  };
  const check = (time: number) =>
    expect(parisTime(new Date(time)), new Date(time).toISOString()).to.deep.equal(expected(time));

  it('reads Lille’s clock as the time-zone data does, 2000–2040', () => {
    for (let time = Date.UTC(2000, 0, 1); time < Date.UTC(2041, 0, 1); time += 6 * 3_600_000)
      check(time);
  });

  it('changes the time on the minute the time-zone data does, 2000–2040', () => {
    for (let year = 2000; year <= 2040; year += 1) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(year, month + 1, 0));
        const change = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (let minute = -90; minute <= 90; minute += 1) check(change + minute * 60_000);
      }
    }
  });
});
