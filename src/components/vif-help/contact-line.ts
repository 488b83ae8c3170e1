import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeHref } from '../../data/links.js';
import { directionOf } from '../../localization/locale.js';
import { markedLatin } from './marked-latin.js';
import { mainChannel } from './main-channel.js';
import { pickText } from '../../localization/localized-text.js';
import type { Contact, Locale, LocalizedText } from '../../data/types.js';

export { mainChannel };

/**
 * Renders a data text, marked with its own language and direction when it fell back to French
 * (so French inside an Arabic page keeps its full stop at its end).
 */
export function dataText(
  text: LocalizedText | undefined,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const { value, lang } = pickText(text, locale);
  if (lang !== locale) return html`<span lang=${lang} dir=${directionOf(lang)}>${value}</span>`;
  // French kept inside a right-to-left text (a place's name, a legal term) is marked as such.
  return html`${markedLatin(value, locale)}`;
}

/**
 * A national line in one row: its number as the link, and a few words of what it is for
 * ("115 Hébergement d'urgence, 24 h/24"). Used where the line is listed again, on demand.
 */
export function lineRow(
  contact: Pick<Contact, 'name' | 'summary' | 'channels' | 'notOnBill'>,
  locale: Locale,
  options: { part?: string; label?: 'summary' | 'name' } = {},
): TemplateResult | typeof nothing {
  const channel = mainChannel(contact);
  const label = options.label === 'name' ? contact.name : (contact.summary ?? contact.name);
  if (!channel) return nothing;
  return html`<li part=${ifDefined(options.part)} class="line-row">
    <a href=${ifDefined(safeHref(channel.href))}
      ><bdi class="line-digits" dir="ltr">${channel.display}</bdi>
      <span class="line-label"
        >${dataText(label, locale)}${
          contact.notOnBill ? html` · ${msg('n’apparaît pas sur la facture')}` : nothing
        }</span
      ></a
    >
  </li>`;
}
