import { html, type TemplateResult } from 'lit';
import { directionOf } from '../../localization/locale.js';
import { splitLatinRuns } from '../../localization/latin-runs.js';
import type { Locale } from '../../data/types.js';

/**
 * A text in `lang` as it is shown: in a right-to-left language, each run of Latin script it keeps
 * (a French term beside its translation, a name, a site) is marked French, left to right.
 */
export function markedLatin(text: string, lang: Locale): TemplateResult | string {
  if (directionOf(lang) !== 'rtl') return text;
  return html`${splitLatinRuns(text).map(({ text: piece, latin }) =>
    latin ? html`<span lang="fr" dir="ltr">${piece}</span>` : piece,
  )}`;
}
