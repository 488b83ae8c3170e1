// Dates, weekdays and times of day in residents' words, from small tables instead of
// Intl.DateTimeFormat. A page's first Intl.DateTimeFormat (or Collator, or NumberFormat) makes the
// browser load its locale data: 100–200 ms of one task on a mid-range phone (Chromium, 4× CPU,
// measured in this repository's bench), for a dozen words. The tables hold what Chromium's
// Intl.DateTimeFormat writes for these locales (test/unit/calendar.test.ts compares them, every
// month, weekday and minute of a day); the same on every browser, Western digits in Arabic as on
// phones and signs in France.
import type { Locale } from '../data/types.js';

const MONTHS: Record<Locale, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ar: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
};

/** Monday first, as the data's weeks. */
const WEEKDAYS: Record<Locale, readonly string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ar: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
};

/** Before and after noon, in the 12-hour clocks of English and Arabic. */
const HALF_DAYS: Record<Exclude<Locale, 'fr'>, readonly [string, string]> = {
  en: ['AM', 'PM'],
  ar: ['ص', 'م'],
};

/** "2026-11-27" → year, month (0–11) and day, or null if it is no calendar date. */
function calendarDate(isoDate: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day ? { year, month, day } : null;
}

/** "2026-11-27" → "27 novembre 2026" ("November 27, 2026", "27 نوفمبر 2026"). */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = calendarDate(isoDate);
  if (!date) return isoDate;
  const month = MONTHS[locale][date.month]!;
  return locale === 'en'
    ? `${month} ${date.day}, ${date.year}`
    : `${date.day} ${month} ${date.year}`;
}

/** "2019-09-22" → "septembre 2019": the month of a source, as residents read it. */
export function formatMonth(isoDate: string, locale: Locale): string {
  const date = calendarDate(isoDate);
  return date ? `${MONTHS[locale][date.month]!} ${date.year}` : isoDate;
}

/** The name of a weekday (0 = Monday), in the locale's words. */
export function formatWeekday(weekday: number, locale: Locale): string {
  return WEEKDAYS[locale][((weekday % 7) + 7) % 7]!;
}

/** A time of day, given in minutes since midnight: "9 h 30" in French, "9:30 AM" in English. */
export function formatMinute(minute: number, locale: Locale): string {
  const hours = Math.floor(minute / 60) % 24;
  const minutes = String(minute % 60).padStart(2, '0');
  if (locale === 'fr') return minutes === '00' ? `${hours} h` : `${hours} h ${minutes}`;
  return `${hours % 12 || 12}:${minutes} ${HALF_DAYS[locale][hours < 12 ? 0 : 1]}`;
}
