import type { Locale } from '../data/types.js';

/** The tag for Intl formatters: Arabic keeps Western digits, as on phones and signs in France. */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

/** A time of day, given in minutes since midnight: "9 h 30" in French, "9:30 AM" in English. */
export function formatMinute(minute: number, locale: Locale): string {
  const hours = Math.floor(minute / 60) % 24;
  const minutes = minute % 60;
  if (locale === 'fr')
    return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(2026, 0, 5, hours, minutes));
}

/** The name of a weekday (0 = Monday), in the locale's words. */
export function formatWeekday(weekday: number, locale: Locale): string {
  // 5 January 2026 is a Monday.
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2026, 0, 5 + weekday),
  );
}
