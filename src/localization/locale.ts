import { LOCALES, RIGHT_TO_LEFT_LOCALES, SOURCE_LOCALE } from './locales.js';
import type { Locale } from '../data/types.js';

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(RIGHT_TO_LEFT_LOCALES);

/**
 * The supported locale for a BCP 47 tag, by its primary language ("fr-FR" → "fr",
 * "ar-MA" → "ar"); an unsupported language gives French, the source locale.
 */
export function matchLocale(tag: string): Locale {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : SOURCE_LOCALE;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The language that applies to an element: its own `lang`, else the nearest ancestor's (across
 * shadow roots), else `<html lang>`, else French. The nearest non-empty `lang` decides, even when
 * it is unsupported: a page in German gets the French source, not a farther English ancestor.
 */
export function resolveElementLocale(element: Element): Locale {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang && lang.trim() !== '') return matchLocale(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return SOURCE_LOCALE;
}
