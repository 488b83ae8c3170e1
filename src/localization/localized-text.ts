import { intlLocale } from './intl.js';
import type { Locale, LocalizedText } from '../data/types.js';

/**
 * The text of a data field in the wanted locale, or its French original with the locale it is
 * really in, so the view can mark it with the right `lang` attribute.
 */
export function pickText(text: LocalizedText, locale: Locale): { value: string; lang: Locale } {
  const translated = text[locale];
  return translated ? { value: translated, lang: locale } : { value: text.fr, lang: 'fr' };
}

/** "2026-11-27" → "27 novembre 2026", read as a calendar date whatever the device's time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** "2019-09-22" → "septembre 2019": the month of a source, as residents read it. */
export function formatMonth(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
