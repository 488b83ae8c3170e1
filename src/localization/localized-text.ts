import type { Locale, LocalizedText } from '../data/types.js';

/**
 * The text of a data field in the wanted locale, or its French original with the locale it is
 * really in, so the view can mark it with the right `lang` attribute.
 */
export function pickText(text: LocalizedText, locale: Locale): { value: string; lang: Locale } {
  const translated = text[locale];
  return translated ? { value: translated, lang: locale } : { value: text.fr, lang: 'fr' };
}
