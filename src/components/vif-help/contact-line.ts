import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeHref } from '../../data/links.js';
import { directionOf } from '../../localization/locale.js';
import { pickText } from '../../localization/localized-text.js';
import type { Channel, Contact, Locale, LocalizedText } from '../../data/types.js';

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
  return directionOf(locale) === 'rtl' ? withFrenchMarked(value) : html`${value}`;
}

/**
 * A run of Latin script inside a right-to-left text: the French names of places and services
 * that a translation keeps ("دار البلدية (Mairie de Lille)"), words joined by spaces, hyphens,
 * apostrophes, dots and slashes, and parts joined by a spaced dash ("… de Lille - Euralille").
 */
const LATIN_RUN =
  /[\p{Script=Latin}][\p{Script=Latin}\d'’.\-/]*(?:(?:[ ,]| [-–] )+[\p{Script=Latin}\d][\p{Script=Latin}\d'’.\-/]*)*/gu;

/**
 * A right-to-left text with each French run marked as French, left to right, so that a name
 * such as "Mairie de l'Exemple" keeps its own order and is read in French by a screen reader.
 */
function withFrenchMarked(value: string): TemplateResult {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of value.matchAll(LATIN_RUN)) {
    parts.push(value.slice(last, match.index));
    parts.push(html`<span lang="fr" dir="ltr">${match[0]}</span>`);
    last = match.index + match[0].length;
  }
  parts.push(value.slice(last));
  return html`${parts}`;
}

/** The way to reach a contact that a resident tries first: a call, else an SMS, else the rest. */
export function mainChannel(contact: Pick<Contact, 'channels'>): Channel | undefined {
  return (
    contact.channels.find((channel) => channel.type === 'tel' || channel.type === 'sms') ??
    contact.channels[0]
  );
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
