/**
 * Every attribute of <vif-help>, once: its name, the property it sets, whether the iframe page
 * (dist/embed.html) passes it on from its query string, the kind of value it takes and its
 * default. The element's configuration (config.ts), the iframe page, the WordPress plugin's checks
 * (generated.php, written by integrations/wordpress/build-zip.mjs), the snippet builder and the
 * fuzz tests (both through `listAttributes()`) read this table, and test/node/attribute-docs.test.mjs
 * holds the element's JSDoc to it. It imports only the list of locales, so the iframe page's
 * script stays small.
 *
 * The kinds:
 * - `enum`: one of `values`, compared trimmed and in lower case; anything else gives `default`.
 * - `level`: an integer from `min` to `max` (" 3 " and "3.0" are 3); anything else, `default`.
 * - `address`: a URL whose scheme is one of `schemes` (written without the colon) or, where `path`
 *   is true, a path of the page's own site ("/aide", not "//other.host"); anything else gives
 *   `default` (null: no link).
 * - `language`: a BCP 47 tag; the widget speaks `values` and reads a tag by its primary language
 *   ("ar-MA" is Arabic); without it, the page's language applies.
 * - `categories`: a comma-separated list of the directory's category ids (`listCategories()`);
 *   without it, every category.
 * - `free`: text the element reads itself (a commune's name, INSEE code or postal code).
 */
import { LOCALES } from '../../localization/locales.js';

export const ATTRIBUTES = [
  { attribute: 'commune', property: 'commune', embed: true, kind: 'free', default: null },
  {
    attribute: 'lang',
    property: 'lang',
    embed: true,
    kind: 'language',
    values: LOCALES,
    default: null,
  },
  {
    attribute: 'view',
    property: 'view',
    embed: true,
    kind: 'enum',
    values: ['full', 'emergency', 'launcher'],
    default: 'full',
  },
  {
    attribute: 'categories',
    property: 'categories',
    embed: true,
    kind: 'categories',
    default: null,
  },
  {
    attribute: 'quick-exit',
    property: 'quickExit',
    embed: true,
    kind: 'enum',
    values: ['on', 'off'],
    default: 'on',
  },
  {
    attribute: 'exit-url',
    property: 'exitUrl',
    embed: true,
    kind: 'address',
    schemes: ['https'],
    path: false,
    // A neutral weather page, the same for everyone, with no personalised content that could hint
    // at the visit.
    default: 'https://meteofrance.com/',
  },
  {
    attribute: 'theme',
    property: 'theme',
    embed: true,
    kind: 'enum',
    values: ['light', 'dark', 'auto'],
    default: 'light',
  },
  {
    attribute: 'heading-level',
    property: 'headingLevel',
    embed: true,
    kind: 'level',
    min: 2,
    max: 6,
    default: 2,
  },
  {
    attribute: 'contacts-src',
    property: 'contactsSrc',
    embed: false,
    kind: 'address',
    schemes: ['https'],
    path: true,
    default: null,
  },
  {
    attribute: 'contacts-mode',
    property: 'contactsMode',
    embed: false,
    kind: 'enum',
    values: ['extend', 'replace'],
    default: 'extend',
  },
  {
    attribute: 'report-url',
    property: 'reportUrl',
    embed: true,
    kind: 'address',
    schemes: ['mailto', 'https'],
    path: false,
    default: null,
  },
  {
    attribute: 'help-url',
    property: 'helpUrl',
    embed: true,
    kind: 'address',
    schemes: ['https'],
    path: true,
    default: null,
  },
] as const satisfies readonly AttributeSpec[];

/** One attribute of the table, as `listAttributes()` gives it to a page. */
export type AttributeSpec = { attribute: string; property: string; embed: boolean } & (
  | { kind: 'enum'; values: readonly string[]; default: string }
  | { kind: 'level'; min: number; max: number; default: number }
  | { kind: 'address'; schemes: readonly string[]; path: boolean; default: string | null }
  | { kind: 'language'; values: readonly string[]; default: null }
  | { kind: 'categories'; default: null }
  | { kind: 'free'; default: null }
);

export type AttributeName = (typeof ATTRIBUTES)[number]['attribute'];
export type PropertyName = (typeof ATTRIBUTES)[number]['property'];

/** The table's entry of one attribute, with its literal types. */
export type AttributeOf<A extends AttributeName> = Extract<
  (typeof ATTRIBUTES)[number],
  { attribute: A }
>;

export function attributeOf<A extends AttributeName>(name: A): AttributeOf<A> {
  return ATTRIBUTES.find((entry) => entry.attribute === name) as AttributeOf<A>;
}

/** The attributes the iframe page takes from its query string. */
export const EMBED_ATTRIBUTES: readonly AttributeName[] = ATTRIBUTES.filter(
  (entry) => entry.embed,
).map((entry) => entry.attribute);
