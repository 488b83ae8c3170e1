import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from './heading.js';
import { openingText } from './opening-text.js';
import { safeHref } from '../../data/links.js';
import { formatDate, pickText } from '../../localization/localized-text.js';
import type {
  Channel,
  Confidence,
  Contact,
  Locale,
  LocalizedText,
  Source,
} from '../../data/types.js';

/** Renders a data text, marked with its own language when it fell back to French. */
export function dataText(
  text: LocalizedText | undefined,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const { value, lang } = pickText(text, locale);
  return lang === locale ? html`${value}` : html`<span lang=${lang}>${value}</span>`;
}

function channelLabel(channel: Channel): TemplateResult {
  const value = html`<bdi dir="ltr">${channel.display}</bdi>`;
  switch (channel.type) {
    case 'tel':
      return html`${msg('Appeler le')} ${value}`;
    case 'sms':
      return html`${msg('SMS au')} ${value}`;
    case 'web':
      return html`${msg('Site')} ${value}`;
    case 'chat':
      return html`${msg('Discuter par écrit')} ${value}`;
    case 'email':
      return html`${msg('Écrire à')} ${value}`;
  }
}

function channelLink(channel: Channel): TemplateResult {
  const opensElsewhere = channel.type === 'web' || channel.type === 'chat';
  return html`<li>
    <a
      href=${ifDefined(safeHref(channel.href))}
      rel=${opensElsewhere ? 'noreferrer noopener' : nothing}
      >${channelLabel(channel)}</a
    >
  </li>`;
}

/** "Informations vérifiées le 27 novembre 2026 · Source": when the facts were checked, and where. */
export function provenance(
  verified: string,
  source: Source | undefined,
  locale: Locale,
): TemplateResult {
  return html`<p class="meta provenance">
    ${msg(str`Informations vérifiées le ${formatDate(verified, locale)}`)}
    ${
      source
        ? html`·
            <a href=${ifDefined(safeHref(source.url))} rel="noreferrer noopener"
              >${msg('Source')}<span class="visually-hidden"> : ${source.title}</span></a
            >`
        : nothing
    }
  </p>`;
}

/** "À confirmer — why": shown on every entry whose facts are not of high confidence. */
export function caution(
  confidence: Confidence,
  note: LocalizedText | undefined,
  locale: Locale,
): TemplateResult | typeof nothing {
  return confidence === 'high'
    ? nothing
    : html`<p class="caution">
        <strong>${msg('À confirmer')}</strong> — ${dataText(note, locale)}
      </p>`;
}

function openingLine({ open, text }: { open: boolean; text: string }): TemplateResult {
  return html`<p class="opening ${open ? 'is-open' : 'is-closed'}"><strong>${text}</strong></p>`;
}

/** One contact of the directory: what it is, how to reach it, and where the facts come from. */
export function contactCard(
  contact: Contact,
  headingLevel: number,
  locale: Locale,
  now: Date,
): TemplateResult {
  const titleId = `contact-${contact.id}`;
  return html`<li part="contact" class="contact">
    <article aria-labelledby=${titleId}>
      ${heading(headingLevel, dataText(contact.name, locale), { id: titleId, className: 'contact-title' })}
      ${caution(contact.confidence, contact.confidenceNote, locale)}
      <p>${dataText(contact.description, locale)}</p>
      ${
        contact.channels.length > 0
          ? html`<ul class="channels">
              ${contact.channels.map(channelLink)}
            </ul>`
          : nothing
      }
      ${
        contact.address
          ? html`<p>
              ${contact.address.street},
              <bdi dir="ltr">${contact.address.postalCode}</bdi> ${contact.address.city}
            </p>`
          : nothing
      }
      ${contact.openingHours ? openingLine(openingText(contact.openingHours, now, locale)) : nothing}
      ${contact.hoursText ? html`<p>${msg('Horaires :')} ${dataText(contact.hoursText, locale)}</p>` : nothing}
      ${contact.cost ? html`<p>${dataText(contact.cost, locale)}</p>` : nothing}
      ${contact.traceNote ? html`<p class="trace">${dataText(contact.traceNote, locale)}</p>` : nothing}
      ${provenance(contact.verified, contact.sources[0], locale)}
    </article>
  </li>`;
}
