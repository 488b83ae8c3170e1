/**
 * Every attribute of <vif-help>, once: its name, the property it sets, and whether the iframe
 * page (dist/embed.html) passes it on from its query string. The element and its configuration
 * (config.ts), the iframe page, the snippet builder (through `listAttributes()`) and the fuzz
 * tests all read this table. It imports nothing, so the iframe page's script stays small.
 */
export const ATTRIBUTES = [
  { attribute: 'commune', property: 'commune', embed: true },
  { attribute: 'lang', property: 'lang', embed: true },
  { attribute: 'view', property: 'view', embed: true },
  { attribute: 'categories', property: 'categories', embed: true },
  { attribute: 'quick-exit', property: 'quickExit', embed: true },
  { attribute: 'exit-url', property: 'exitUrl', embed: true },
  { attribute: 'theme', property: 'theme', embed: true },
  { attribute: 'heading-level', property: 'headingLevel', embed: true },
  { attribute: 'contacts-src', property: 'contactsSrc', embed: false },
  { attribute: 'contacts-mode', property: 'contactsMode', embed: false },
  { attribute: 'report-url', property: 'reportUrl', embed: true },
  { attribute: 'help-url', property: 'helpUrl', embed: true },
] as const;

export type AttributeName = (typeof ATTRIBUTES)[number]['attribute'];
export type PropertyName = (typeof ATTRIBUTES)[number]['property'];

/** The attributes the iframe page takes from its query string. */
export const EMBED_ATTRIBUTES: readonly AttributeName[] = ATTRIBUTES.filter(
  (entry) => entry.embed,
).map((entry) => entry.attribute);
