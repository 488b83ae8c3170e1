import { expect } from '@open-wc/testing';
import { easterSunday, isPublicHoliday, publicHolidays } from '../../src/hours/public-holidays.js';
import { isOpenAt, openingState, parisTime } from '../../src/hours/opening-state.js';
import type { CompiledHours, MinuteInterval } from '../../src/data/types.js';

const h = (hour: number, minute = 0) => hour * 60 + minute;
const weekdays = (intervals: MinuteInterval[]): MinuteInterval[][] => [
  intervals,
  intervals,
  intervals,
  intervals,
  intervals,
  [],
  [],
];
/** Mo-Fr 09:00-12:30,13:30-17:00; PH off */
const OFFICE: CompiledHours = {
  alwaysOpen: false,
  week: weekdays([
    [h(9), h(12, 30)],
    [h(13, 30), h(17)],
  ]),
  publicHolidays: { mode: 'closed' },
};
/** Paris wall-clock instant given in UTC (CET = UTC+1 in winter, CEST = UTC+2 in summer). */
const at = (iso: string) => new Date(iso);

describe('public holidays', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2024)).to.deep.equal([3, 31]);
    expect(easterSunday(2025)).to.deep.equal([4, 20]);
    expect(easterSunday(2026)).to.deep.equal([4, 5]);
    expect(easterSunday(2027)).to.deep.equal([3, 28]);
    expect(easterSunday(2038)).to.deep.equal([4, 25]);
  });

  it('lists the eleven French public holidays, Easter Monday, Ascension and Whit Monday included', () => {
    const holidays = publicHolidays(2026);
    expect(holidays.size).to.equal(11);
    for (const date of [
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]) {
      expect(isPublicHoliday(date), date).to.equal(true);
    }
    expect(isPublicHoliday('2026-04-05')).to.equal(false);
    expect(isPublicHoliday('2026-12-26')).to.equal(false);
  });
});

describe('parisTime', () => {
  it('reads the wall clock in Lille whatever the device’s time zone', () => {
    expect(parisTime(at('2026-11-27T13:05:00Z'))).to.deep.equal({
      date: '2026-11-27',
      weekday: 4,
      minute: h(14, 5),
    });
    expect(parisTime(at('2026-07-01T22:30:00Z'))).to.deep.equal({
      date: '2026-07-02',
      weekday: 3,
      minute: h(0, 30),
    });
  });

  it('follows the daylight saving changes', () => {
    // 29 March 2026: at 02:00 CET clocks go to 03:00 CEST.
    expect(parisTime(at('2026-03-29T00:59:00Z')).minute).to.equal(h(1, 59));
    expect(parisTime(at('2026-03-29T01:00:00Z')).minute).to.equal(h(3, 0));
    // 25 October 2026: at 03:00 CEST clocks go back to 02:00 CET; 02:30 happens twice.
    expect(parisTime(at('2026-10-25T00:30:00Z')).minute).to.equal(h(2, 30));
    expect(parisTime(at('2026-10-25T01:30:00Z')).minute).to.equal(h(2, 30));
  });
});

describe('openingState', () => {
  it('is open during opening hours, with the closing time', () => {
    expect(openingState(OFFICE, at('2026-11-27T09:00:00Z'))).to.deep.equal({
      kind: 'open',
      closesAt: h(12, 30),
      closesOnNextDay: false,
    });
  });

  it('is closed over lunch and opens again the same day', () => {
    expect(openingState(OFFICE, at('2026-11-27T12:00:00Z'))).to.deep.equal({
      kind: 'closed',
      opensIn: { days: 0, minute: h(13, 30) },
    });
  });

  it('treats the closing minute as closed', () => {
    expect(openingState(OFFICE, at('2026-11-27T16:00:00Z')).kind).to.equal('closed');
    expect(openingState(OFFICE, at('2026-11-27T15:59:00Z')).kind).to.equal('open');
  });

  it('opens on Monday after a Friday evening, and skips a public holiday', () => {
    expect(openingState(OFFICE, at('2026-11-27T18:00:00Z'))).to.deep.equal({
      kind: 'closed',
      opensIn: { days: 3, minute: h(9) },
    });
    // Thursday 14 May 2026 is Ascension: closed; it opens Friday.
    expect(openingState(OFFICE, at('2026-05-14T08:00:00Z'))).to.deep.equal({
      kind: 'closed',
      opensIn: { days: 1, minute: h(9) },
    });
    // Friday 22 May 2026 evening: Monday 25 is Whit Monday, so Tuesday.
    expect(openingState(OFFICE, at('2026-05-22T17:00:00Z'))).to.deep.equal({
      kind: 'closed',
      opensIn: { days: 4, minute: h(9) },
    });
    // Easter Monday 6 April 2026.
    expect(openingState(OFFICE, at('2026-04-06T08:00:00Z')).kind).to.equal('closed');
  });

  it('keeps usual hours on holidays when the data says so, or the holiday’s own hours', () => {
    const usual: CompiledHours = { ...OFFICE, publicHolidays: { mode: 'usual' } };
    expect(openingState(usual, at('2026-05-14T08:00:00Z')).kind).to.equal('open');
    const short: CompiledHours = {
      ...OFFICE,
      publicHolidays: { mode: 'open', intervals: [[h(10), h(12)]] },
    };
    expect(openingState(short, at('2026-05-14T07:30:00Z'))).to.deep.equal({
      kind: 'closed',
      opensIn: { days: 0, minute: h(10) },
    });
    expect(openingState(short, at('2026-05-14T08:30:00Z')).kind).to.equal('open');
  });

  it('is right on the nights of the daylight saving changes', () => {
    const night: CompiledHours = {
      alwaysOpen: false,
      week: [[], [], [], [], [], [], [[h(1), h(4)]]],
      publicHolidays: { mode: 'usual' },
    };
    // Sunday 29 March 2026, 01:30 CET then 03:30 CEST: open until 04:00 wall-clock.
    expect(openingState(night, at('2026-03-29T00:30:00Z')).kind).to.equal('open');
    expect(openingState(night, at('2026-03-29T01:30:00Z')).kind).to.equal('open');
    expect(openingState(night, at('2026-03-29T02:00:00Z')).kind).to.equal('closed');
    // Sunday 25 October 2026: 03:30 CET (02:30 UTC) is still open, 04:00 CET (03:00 UTC) closed.
    expect(openingState(night, at('2026-10-25T02:30:00Z')).kind).to.equal('open');
    expect(openingState(night, at('2026-10-25T03:00:00Z')).kind).to.equal('closed');
  });

  it('carries an evening interval past midnight', () => {
    const late: CompiledHours = {
      alwaysOpen: false,
      week: [[[h(18), 1440]], [[0, h(2)]], [], [], [], [], []],
      publicHolidays: { mode: 'usual' },
    };
    expect(openingState(late, at('2026-11-23T22:00:00Z'))).to.deep.equal({
      kind: 'open',
      closesAt: h(2),
      closesOnNextDay: true,
    });
  });

  it('says always open for 24/7 lines, and not open for a contact with no hours', () => {
    const always: CompiledHours = {
      alwaysOpen: true,
      week: [[], [], [], [], [], [], []],
      publicHolidays: { mode: 'usual' },
    };
    expect(openingState(always, at('2026-12-25T03:00:00Z'))).to.deep.equal({ kind: 'always' });
    expect(isOpenAt(always, at('2026-12-25T03:00:00Z'))).to.equal(true);
    expect(isOpenAt(undefined, at('2026-11-27T10:00:00Z'))).to.equal(false);
  });

  it('finds no opening for a place never open', () => {
    const never: CompiledHours = {
      alwaysOpen: false,
      week: [[], [], [], [], [], [], []],
      publicHolidays: { mode: 'closed' },
    };
    expect(openingState(never, at('2026-11-27T10:00:00Z'))).to.deep.equal({
      kind: 'closed',
      opensIn: null,
    });
  });
});
