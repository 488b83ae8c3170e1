// The languages of the widget and of its data, declared once. The element (locale.ts), the data
// scripts (compile, check, translations, report, import), the i18n build and the tests read them.
// lit-localize.json and data/schema/ cannot import a module: test/node/locales.test.mjs holds them
// to this list. Plain JavaScript with JSDoc types, so node imports it as it is and rollup bundles it.

/** Every locale, French first: the code and the data are written in it. */
export const LOCALES = /** @type {const} */ (['fr', 'en', 'ar']);

/** @typedef {(typeof LOCALES)[number]} Locale */

/** French: the source of every translation, and what an unsupported language gets. */
export const SOURCE_LOCALE = LOCALES[0];

/** The locales translated from French (xliff/<locale>.xlf, each text's `translation` mark). */
export const TARGET_LOCALES = /** @type {readonly Exclude<Locale, typeof SOURCE_LOCALE>[]} */ (
  LOCALES.filter((locale) => locale !== SOURCE_LOCALE)
);

/** The locales written right to left. */
export const RIGHT_TO_LEFT_LOCALES = /** @type {readonly Locale[]} */ (['ar']);
