import { parseCategoryList } from '../../data/contacts.js';
import { CATEGORIES } from '../../data/generated/core.js';
import { attributeOf } from './attributes.js';
import type { Category } from '../../data/types.js';
import type { AttributeOf, PropertyName } from './attributes.js';

type ValueOf<A extends 'view' | 'theme' | 'contacts-mode'> = AttributeOf<A>['values'][number];
export type View = ValueOf<'view'>;
export type Theme = ValueOf<'theme'>;
/** The range of `heading-level` in attributes.ts (heading.ts draws each level). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The properties readConfig validates; the others (commune, lang, contacts-src) have their own. */
const CONFIG_PROPERTIES = [
  'view',
  'quickExit',
  'exitUrl',
  'theme',
  'headingLevel',
  'categories',
  'contactsMode',
  'reportUrl',
  'helpUrl',
] as const satisfies readonly PropertyName[];

export type ConfigProperty = (typeof CONFIG_PROPERTIES)[number];

/** The element's attributes, as the page wrote them (any string, or nothing). */
export type RawConfig = Partial<Record<ConfigProperty, string | number | null | undefined>>;

/** Whether a change of these properties calls for reading the configuration again. */
export const configChanged = (changed: { has(key: string): boolean }): boolean =>
  CONFIG_PROPERTIES.some((key) => changed.has(key));

/** The same attributes once validated: every field has a usable value. */
export interface Config {
  view: View;
  quickExit: boolean;
  exitUrl: string;
  theme: Theme;
  headingLevel: HeadingLevel;
  categories: Category[];
  contactsMode: ValueOf<'contacts-mode'>;
  /** Where "Signaler une erreur" leads (mailto: or https:); none: no link. */
  reportUrl: string | null;
  /** `view="emergency"`: the page with the full help (https: or a path of this site). */
  helpUrl: string | null;
}

/** Values are quoted cut to this length in messages, so a huge attribute cannot flood the console. */
const QUOTE_LENGTH = 60;
/** Unknown category ids quoted at most in a warning. */
const MAX_QUOTED_IDS = 5;
const quote = (value: unknown) => JSON.stringify(String(value).slice(0, QUOTE_LENGTH));

/** An `enum` attribute: one of its values, in any case, else its default with a warning. */
function oneOf<T extends string>(
  { attribute, values, default: fallback }: { attribute: string; values: readonly T[]; default: T },
  value: string | number | null | undefined,
  warnings: string[],
): T {
  if (value === null || value === undefined) return fallback;
  const folded = String(value).trim().toLowerCase();
  if ((values as readonly string[]).includes(folded)) return folded as T;
  warnings.push(
    `${attribute}=${quote(value)} is not one of ${values.join(', ')}; using "${fallback}".`,
  );
  return fallback;
}

/** What an `address` attribute takes: a URL with one of `schemes`, or a path of the same site. */
type AddressRule = { schemes: readonly string[]; path: boolean };

/**
 * The address to use for a value of an `address` attribute, or null when it must be refused:
 * an absolute URL whose scheme is one of the rule's, or, where the rule allows it, a path of the
 * same site ("/aide-violences", never "//other.host" or "/\\other.host").
 */
export function parseAddress(value: string, { schemes, path }: AddressRule): string | null {
  const trimmed = value.trim();
  if (path && /^\/(?![/\\])/.test(trimmed)) {
    try {
      // Resolved against a placeholder origin only to check that it stays a plain path.
      const url = new URL(trimmed, 'https://same.site');
      return url.origin === 'https://same.site' ? trimmed : null;
    } catch {
      return null;
    }
  }
  try {
    const url = new URL(trimmed);
    return schemes.includes(url.protocol.slice(0, -1)) ? url.href : null;
  } catch {
    return null;
  }
}

/** "mailto: or https:" */
const listSchemes = (schemes: readonly string[]) =>
  schemes.map((scheme) => `${scheme}:`).join(' or ');

/** "an https: address or a path of this site (/…)", "a mailto: or https: address". */
function describeAddress({ schemes, path }: AddressRule): string {
  const listed = listSchemes(schemes);
  const article = /^[aeiouh]/.test(listed) ? 'an' : 'a';
  return `${article} ${listed} address${path ? ' or a path of this site (/…)' : ''}`;
}

/**
 * An `address` attribute. With a default (exit-url), any value given is checked and a refused
 * one gives the default; without one, an empty value means no link, and a refused one too.
 */
function address(
  rule: AddressRule & { attribute: string; default: string | null },
  value: string | number | null | undefined,
  warnings: string[],
): string | null {
  if (value === null || value === undefined) return rule.default;
  if (rule.default === null && String(value).trim() === '') return null;
  const parsed = parseAddress(String(value), rule);
  if (parsed !== null) return parsed;
  warnings.push(
    rule.default === null
      ? `${rule.attribute}=${quote(value)} is refused: it must be ${describeAddress(rule)}; no link shown.`
      : `${rule.attribute}=${quote(value)} is refused: only ${listSchemes(rule.schemes)} addresses are allowed; using ${rule.default}.`,
  );
  return rule.default;
}

/** A `level` attribute: an integer of its range, else its default with a warning. */
function level(
  {
    attribute,
    min,
    max,
    default: fallback,
  }: { attribute: string; min: number; max: number; default: number },
  value: string | number | null | undefined,
  warnings: string[],
): number {
  if (value === null || value === undefined) return fallback;
  const number = Number(String(value).trim());
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  warnings.push(`${attribute}=${quote(value)} must be ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

/**
 * Validates the element's attributes once. A bad value never throws: it is replaced by the
 * default, and a warning naming the attribute and the value is returned for the webmaster.
 */
export function readConfig(raw: RawConfig): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  const view = oneOf(attributeOf('view'), raw.view, warnings);
  const quickExit = oneOf(attributeOf('quick-exit'), raw.quickExit, warnings) === 'on';
  const theme = oneOf(attributeOf('theme'), raw.theme, warnings);
  const contactsMode = oneOf(attributeOf('contacts-mode'), raw.contactsMode, warnings);
  const exitUrl = address(attributeOf('exit-url'), raw.exitUrl, warnings)!;
  const headingLevel = level(
    attributeOf('heading-level'),
    raw.headingLevel,
    warnings,
  ) as HeadingLevel;

  const { known, unknown } = parseCategoryList(raw.categories);
  if (unknown.length > 0) {
    warnings.push(
      `categories: ${unknown.slice(0, MAX_QUOTED_IDS).map(quote).join(', ')}${
        unknown.length > MAX_QUOTED_IDS ? ` and ${unknown.length - MAX_QUOTED_IDS} more` : ''
      } unknown; the ids are ${CATEGORIES.map((c) => c.id).join(', ')}.`,
    );
  }

  const reportUrl = address(attributeOf('report-url'), raw.reportUrl, warnings);
  const helpUrl = address(attributeOf('help-url'), raw.helpUrl, warnings);

  return {
    config: {
      view,
      quickExit,
      exitUrl,
      theme,
      headingLevel,
      categories: known,
      contactsMode,
      reportUrl,
      helpUrl,
    },
    warnings,
  };
}
