import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import type { Locale } from '../data/types.js';
import type { TARGET_LOCALES } from './locales.js';

/**
 * French is in the code itself; English and Arabic are chunks of their own, loaded from the
 * script's folder when a widget of the page asks for them (an explicit map, so that the bundler
 * emits them).
 */
const LOCALES = {
  en: () => import('./generated/en.js'),
  ar: () => import('./generated/ar.js'),
} as const satisfies Record<(typeof TARGET_LOCALES)[number], () => Promise<unknown>>;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => LOCALES[locale as keyof typeof LOCALES](),
});

/** The interface locale of the page: @lit/localize holds one locale per page. */
export function pageLocale(): Locale {
  return getLocale() as Locale;
}

/**
 * Switches the page's interface locale; every widget re-renders in it. If its texts cannot be
 * loaded (offline), the page stays in the locale it had, French at first.
 */
export function setPageLocale(locale: Locale): Promise<void> {
  if (locale === pageLocale()) return Promise.resolve();
  return setLocale(locale).catch(() => {});
}
