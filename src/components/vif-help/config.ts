import { parseCategoryList } from '../../data/contacts.js';
import { CATEGORIES } from '../../data/generated/core.js';
import { DEFAULT_EXIT_URL, parseExitUrl } from '../../safety/exit-url.js';
import type { Category } from '../../data/types.js';
import type { PropertyName } from './attributes.js';

export type View = 'full' | 'emergency' | 'launcher';
export type Theme = 'light' | 'dark' | 'auto';
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
  contactsMode: 'extend' | 'replace';
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

function oneOf<T extends string>(
  attribute: string,
  value: string | number | null | undefined,
  allowed: readonly T[],
  fallback: T,
  warnings: string[],
): T {
  if (value === null || value === undefined) return fallback;
  const folded = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(folded)) return folded as T;
  warnings.push(
    `${attribute}=${quote(value)} is not one of ${allowed.join(', ')}; using "${fallback}".`,
  );
  return fallback;
}

/** "Signaler une erreur": a mail address or an https: page; anything else is refused. */
export function parseReportUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "Plus d'aide": an https: page, or a path of the same site ("/aide-violences"). */
export function parseHelpUrl(value: string): string | null {
  const trimmed = value.trim();
  if (/^\/(?![/\\])/.test(trimmed)) {
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
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function linkAttribute(
  attribute: string,
  value: string | number | null | undefined,
  parse: (value: string) => string | null,
  expected: string,
  warnings: string[],
): string | null {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const parsed = parse(String(value));
  if (parsed === null)
    warnings.push(
      `${attribute}=${quote(value)} is refused: it must be ${expected}; no link shown.`,
    );
  return parsed;
}

/**
 * Validates the element's attributes once. A bad value never throws: it is replaced by the
 * default, and a warning naming the attribute and the value is returned for the webmaster.
 */
export function readConfig(raw: RawConfig): { config: Config; warnings: string[] } {
  const warnings: string[] = [];
  const view = oneOf('view', raw.view, ['full', 'emergency', 'launcher'], 'full', warnings);
  const quickExit = oneOf('quick-exit', raw.quickExit, ['on', 'off'], 'on', warnings) === 'on';
  const theme = oneOf('theme', raw.theme, ['light', 'dark', 'auto'], 'light', warnings);
  const contactsMode = oneOf(
    'contacts-mode',
    raw.contactsMode,
    ['extend', 'replace'],
    'extend',
    warnings,
  );

  let exitUrl = DEFAULT_EXIT_URL;
  if (raw.exitUrl !== null && raw.exitUrl !== undefined) {
    const parsed = parseExitUrl(String(raw.exitUrl));
    if (parsed) exitUrl = parsed;
    else
      warnings.push(
        `exit-url=${quote(raw.exitUrl)} is refused: only https: addresses are allowed; using ${DEFAULT_EXIT_URL}.`,
      );
  }

  let headingLevel: HeadingLevel = 2;
  if (raw.headingLevel !== null && raw.headingLevel !== undefined) {
    const level = Number(String(raw.headingLevel).trim());
    if (Number.isInteger(level) && level >= 2 && level <= 6) headingLevel = level as HeadingLevel;
    else warnings.push(`heading-level=${quote(raw.headingLevel)} must be 2 to 6; using 2.`);
  }

  const { known, unknown } = parseCategoryList(raw.categories);
  if (unknown.length > 0) {
    warnings.push(
      `categories: ${unknown.slice(0, MAX_QUOTED_IDS).map(quote).join(', ')}${
        unknown.length > MAX_QUOTED_IDS ? ` and ${unknown.length - MAX_QUOTED_IDS} more` : ''
      } unknown; the ids are ${CATEGORIES.map((c) => c.id).join(', ')}.`,
    );
  }

  const reportUrl = linkAttribute(
    'report-url',
    raw.reportUrl,
    parseReportUrl,
    'a mailto: or https: address',
    warnings,
  );
  const helpUrl = linkAttribute(
    'help-url',
    raw.helpUrl,
    parseHelpUrl,
    'an https: address or a path of this site (/…)',
    warnings,
  );

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
