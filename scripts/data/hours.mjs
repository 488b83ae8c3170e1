// Compiles an OpenStreetMap `opening_hours` value into the week the widget reads at run time
// (CompiledHours in src/data/types.ts), so the bundle needs no parser. The opening_hours package
// evaluates the value over two whole years in the metropolis, French public holidays included;
// a value whose hours are not the same every week cannot be compiled faithfully and is refused.
import opening_hours from 'opening_hours';

/**
 * Minutes since midnight, [from, to), as in CompiledHours (mutable while being built).
 * @typedef {[number, number]} Interval
 */

/** Lille: French public holidays, and the Hauts-de-France school holidays if a value names them. */
export const METROPOLIS = {
  lat: 50.63,
  lon: 3.06,
  address: { country_code: 'fr', state: 'Hauts-de-France' },
};
/** Two years hold public holidays on every day of the week (Sunday: 1 November 2026). */
const SCAN_FROM = new Date(2025, 0, 1);
const SCAN_TO = new Date(2027, 0, 1);
/** A week of January 2025: no public holiday, no change of clock. */
const REFERENCE_MONDAY = new Date(2025, 0, 13);
const MINUTE = 60_000;
const FULL_DAY = 24 * 60;
const SYNTAX = 'OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 09:00-12:30,13:30-17:00; PH off"';
const SPLIT_AT_MIDNIGHT =
  'hours past midnight next to a public holiday must be split at midnight, e.g. "Fr 22:00-24:00; Sa 00:00-02:00; PH off"';

/**
 * @param {string} value e.g. "Mo-Fr 09:00-12:30,13:30-17:00; PH off"
 * @returns {{ hours: import('../../src/data/types.js').CompiledHours, problem?: undefined } | { hours?: undefined, problem: { wrong: string, right: string } }}
 */
export function compileHours(value) {
  if (value.includes('"')) {
    return refuse(
      'has a comment, which cannot say whether it is open',
      'keep only days and times in hours and put the comment in hoursText',
    );
  }
  if (/\b\d{4}\b/.test(value)) {
    return refuse(
      'names a year, so it is not the same every week',
      'hours that repeat every week; say what changes in hoursText',
    );
  }
  if (/\b(sunrise|sunset|dawn|dusk)\b/.test(value)) {
    return refuse(
      'follows the sun, so it is not the same every week',
      'clock times, e.g. "Mo-Fr 08:00-18:00"; say what changes in hoursText',
    );
  }
  let schedule;
  try {
    // The library reads only the options given; its types list every option as required.
    const options = /** @type {import('opening_hours').optional_conf} */ (
      /** @type {unknown} */ ({ tag_key: 'opening_hours', locale: 'en' })
    );
    schedule = new opening_hours(value, METROPOLIS, options);
  } catch (error) {
    return refuse(`does not parse: ${firstLine(error)}`, SYNTAX);
  }
  const warnings = schedule.getWarnings();
  if (warnings.length > 0) {
    const pretty = schedule.prettifyValue();
    return refuse(
      `is not in the strict syntax: ${firstLine(warnings[0])}`,
      pretty !== value
        ? `write "${pretty}"`
        : runsPastMidnight(value)
          ? SPLIT_AT_MIDNIGHT
          : 'rewrite it as the warning says',
    );
  }
  const intervals = schedule.getOpenIntervals(SCAN_FROM, SCAN_TO);
  if (intervals.some(([, , unknown]) => unknown)) {
    return refuse(
      'leaves some times unknown',
      'give the times it is open, or leave hours out and describe them in hoursText',
    );
  }
  const open = openMinutesByDay(intervals);
  const week = Array.from(
    { length: 7 },
    (_, i) => open.get(dayKey(addDays(REFERENCE_MONDAY, i))) ?? [],
  );

  const holidayIntervals = [];
  for (let day = SCAN_FROM; day < SCAN_TO; day = addDays(day, 1)) {
    if (addDays(day, 1).getTime() - day.getTime() !== FULL_DAY * MINUTE) continue; // a change of clock: 23 or 25 hours
    const actual = open.get(dayKey(day)) ?? [];
    const usual = week[weekdayIndex(day)];
    if (HOLIDAYS.has(dayKey(day))) {
      holidayIntervals.push({ actual, usual });
    } else if (!sameIntervals(actual, usual)) {
      // What a public holiday's hours carry past midnight changes the next day.
      const afterHoliday = HOLIDAYS.has(dayKey(addDays(day, -1)));
      return refuse(
        `is not the same every week (on ${dayKey(day)} it is ${describe(actual)} instead of ${describe(usual)})`,
        afterHoliday
          ? SPLIT_AT_MIDNIGHT
          : 'hours that repeat every week; say what changes in hoursText',
      );
    }
  }

  const publicHolidays = holidayMode(holidayIntervals);
  if (!publicHolidays) {
    return refuse(
      'gives public holidays hours that differ from one holiday to another',
      crossesMidnight(week)
        ? SPLIT_AT_MIDNIGHT
        : 'one rule for every public holiday: "PH off", "PH 10:00-12:00", or none for usual hours',
    );
  }
  const fullDays = week.every((day) => sameIntervals(day, [[0, FULL_DAY]]));
  const fullHolidays =
    publicHolidays.mode === 'usual' ||
    (publicHolidays.mode === 'open' && sameIntervals(publicHolidays.intervals, [[0, FULL_DAY]]));
  return { hours: { alwaysOpen: fullDays && fullHolidays, week, publicHolidays } };
}

/**
 * Whether a time range of the value ends the next day, as "22:00-02:00" does.
 * @param {string} value
 */
function runsPastMidnight(value) {
  return [...value.matchAll(/(\d\d):(\d\d)-(\d\d):(\d\d)/g)].some(
    ([, h1, m1, h2, m2]) => Number(h2 + m2) < Number(h1 + m1),
  );
}

/**
 * Whether some opening of the week runs on past midnight into the next day.
 * @param {Interval[][]} week Monday first
 */
const crossesMidnight = (week) =>
  week.some((day, i) => day.at(-1)?.[1] === FULL_DAY && week[(i + 1) % 7][0]?.[0] === 0);

/** The days of the scan that are public holidays in the metropolis, "YYYY-MM-DD". */
const HOLIDAYS = new Set(
  openMinutesByDay(new opening_hours('PH', METROPOLIS).getOpenIntervals(SCAN_FROM, SCAN_TO)).keys(),
);

/**
 * A value refused: what is wrong with it, what would be right.
 * @param {string} wrong
 * @param {string} right
 */
const refuse = (wrong, right) => ({ problem: { wrong, right } });

/** @param {unknown} message */
const firstLine = (message) => String(message).trim().split('\n')[0];

/**
 * Closed, as usual, or the same intervals on every public holiday; null when none of these.
 * @param {{ actual: Interval[], usual: Interval[] }[]} holidays each holiday's intervals, and those of its weekday
 * @returns {{ mode: 'usual' } | { mode: 'closed' } | { mode: 'open', intervals: Interval[] } | null}
 */
function holidayMode(holidays) {
  if (holidays.every(({ actual, usual }) => sameIntervals(actual, usual))) return { mode: 'usual' };
  if (holidays.every(({ actual }) => actual.length === 0)) return { mode: 'closed' };
  const [first] = holidays;
  if (holidays.every(({ actual }) => sameIntervals(actual, first.actual))) {
    return { mode: 'open', intervals: first.actual };
  }
  return null;
}

/**
 * Splits open intervals (Dates) at midnight into minutes of each day, keyed "YYYY-MM-DD", with
 * touching intervals joined: "Fr 22:00-02:00" gives Friday [1320, 1440] and Saturday [0, 120].
 * @param {[Date, Date, ...unknown[]][]} intervals opening_hours' open intervals
 */
function openMinutesByDay(intervals) {
  /** @type {Map<string, Interval[]>} */
  const days = new Map();
  for (const [from, to] of intervals) {
    for (let day = startOfDay(from); day < to; day = addDays(day, 1)) {
      const start = Math.max(from.getTime(), day.getTime());
      const end = Math.min(to.getTime(), addDays(day, 1).getTime());
      if (end <= start) continue;
      const minutes = days.get(dayKey(day)) ?? [];
      /** @type {Interval} */
      const interval = [(start - day.getTime()) / MINUTE, (end - day.getTime()) / MINUTE];
      const last = minutes.at(-1);
      if (last && last[1] === interval[0]) last[1] = interval[1];
      else minutes.push(interval);
      days.set(dayKey(day), minutes);
    }
  }
  return days;
}

/** @param {Date} date */
function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
/**
 * @param {Date} date
 * @param {number} count
 */
function addDays(date, count) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + count);
}
/**
 * Monday 0 … Sunday 6, as in CompiledHours.week.
 * @param {Date} date
 */
const weekdayIndex = (date) => (date.getDay() + 6) % 7;
/** @param {Date} date */
function dayKey(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * @param {readonly Interval[]} a
 * @param {readonly Interval[]} b
 */
const sameIntervals = (a, b) =>
  a.length === b.length && a.every(([from, to], i) => from === b[i][0] && to === b[i][1]);

/** @param {number} minutes since midnight */
const clock = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** @param {Interval[]} intervals */
const describe = (intervals) =>
  intervals.length === 0
    ? 'closed'
    : intervals.map(([from, to]) => `${clock(from)}-${clock(to)}`).join(',');
