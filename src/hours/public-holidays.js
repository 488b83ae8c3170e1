/**
 * French public holidays (metropolitan France outside Alsace-Moselle, which covers the Nord):
 * eight fixed dates, and Easter Monday, Ascension and Whit Monday, which move with Easter. The
 * widget computes them at run time; the data scripts read hours with opening_hours' own list
 * ("PH"): test/node/public-holidays.test.mjs holds the two to the same days, 2024 to 2040. Plain
 * JavaScript with JSDoc types, so node imports it as it is.
 */

/** @type {readonly string[]} */
const FIXED = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as [month, day].
 * @param {number} year
 * @returns {[month: number, day: number]}
 */
export function easterSunday(year) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** @param {number} n */
const pad = (n) => String(n).padStart(2, '0');

/**
 * "2026-05-14" style dates of the public holidays of a year.
 * @param {number} year
 * @returns {Set<string>}
 */
export function publicHolidays(year) {
  const [month, day] = easterSunday(year);
  const easter = Date.UTC(year, month - 1, day);
  const moving = [1, 39, 50].map((offset) => {
    const date = new Date(easter + offset * 86_400_000);
    return `${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  });
  return new Set([...FIXED, ...moving].map((monthDay) => `${year}-${monthDay}`));
}

/** @type {Map<number, Set<string>>} */
const cache = new Map();

/**
 * @param {string} isoDate "2026-05-14"
 * @returns {boolean}
 */
export function isPublicHoliday(isoDate) {
  const year = Number(isoDate.slice(0, 4));
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = publicHolidays(year);
    cache.set(year, holidays);
  }
  return holidays.has(isoDate);
}
