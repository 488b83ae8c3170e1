import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as ar from './generated/ar.js';
import * as en from './generated/en.js';
import type { Locale } from '../data/types.js';

/**
 * Every locale ships inside the one file (no extra request, no chunk to version): loading a
 * locale is only a lookup.
 */
const LOCALES = { en, ar } as const;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => Promise.resolve(LOCALES[locale as keyof typeof LOCALES]),
});

/** The interface locale of the page: @lit/localize holds one locale per page. */
export function pageLocale(): Locale {
  return getLocale() as Locale;
}

/** Switches the page's interface locale; every widget re-renders in it. */
export function setPageLocale(locale: Locale): Promise<void> {
  return locale === pageLocale() ? Promise.resolve() : setLocale(locale);
}
