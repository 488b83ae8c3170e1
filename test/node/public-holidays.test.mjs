// The widget's public holidays (src/hours/public-holidays.js, Easter computed at run time) and
// opening_hours' list for the metropolis ("PH", where scripts/data/hours.mjs places it), which compiles the hours of data/, must be the same
// days: otherwise a card would say "open" on a day the compiled hours call a holiday, or the
// reverse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import opening_hours from 'opening_hours';
import { isPublicHoliday, publicHolidays } from '../../src/hours/public-holidays.js';
import { METROPOLIS } from '../../scripts/data/hours.mjs';

const pad = (n) => String(n).padStart(2, '0');
const isoDay = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The days opening_hours' "PH" covers in a year, as "YYYY-MM-DD". */
function referenceHolidays(year) {
  const schedule = new opening_hours('PH', METROPOLIS);
  const days = new Set();
  for (const [from] of schedule.getOpenIntervals(new Date(year, 0, 1), new Date(year + 1, 0, 1)))
    days.add(isoDay(from));
  return days;
}

test('the widget and opening_hours agree on every public holiday of 2024 to 2040', () => {
  for (let year = 2024; year <= 2040; year += 1) {
    const ours = [...publicHolidays(year)].sort();
    assert.deepEqual(ours, [...referenceHolidays(year)].sort(), String(year));
    assert.equal(ours.length, 11, String(year));
  }
});

test('isPublicHoliday reads the same list', () => {
  assert.equal(isPublicHoliday('2026-05-14'), true); // Ascension 2026
  assert.equal(isPublicHoliday('2026-05-15'), false);
});
