import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from './heading.js';
import { openingText } from './opening-text.js';
import { disclosureButton, disclosureRegion, type Disclosures } from './disclosure.js';
import { safeHref } from '../../data/links.js';
import { formatDate, formatMonth } from '../../localization/calendar.js';
import type {
  Channel,
  Confidence,
  Contact,
  Locale,
  Source,
  Verification,
} from '../../data/types.js';
import { dataText, mainChannel } from './contact-line.js';
import { needsChecking } from '../../data/doubt.js';

// The helpers the first screen shares with the cards live in contact-line.ts (first chunk).
export { dataText, lineRow, mainChannel } from './contact-line.js';

/**
 * The words before a number with their space, in one text node: Chrome leaves a text node that
 * is only a space out of the accessible name (« Appeler le03 … »), which voice control and screen
 * readers then read as one word.
 */
const lead = (words: string) => `${words} `;

export function channelLabel(channel: Channel): TemplateResult {
  // A phone number never breaks across lines; an address of a site may, on a narrow screen.
  const isNumber = channel.type === 'tel' || channel.type === 'sms';
  const value = html`<bdi dir="ltr" class=${isNumber ? 'number' : 'address'}
    >${channel.display}</bdi
  >`;
  switch (channel.type) {
    case 'tel':
      return html`${lead(msg('Appeler le'))}${value}`;
    case 'sms':
      return html`${lead(msg('SMS au'))}${value}`;
    case 'web':
      return html`${lead(msg('Site'))}${value}`;
    case 'chat':
      return html`${lead(msg('Discuter par écrit'))}${value}`;
    case 'email':
      return html`${lead(msg('Écrire à'))}${value}`;
  }
}

export function channelLink(channel: Channel, className?: string): TemplateResult {
  const opensElsewhere = channel.type === 'web' || channel.type === 'chat';
  return html`<a
    class=${ifDefined(className)}
    href=${ifDefined(safeHref(channel.href))}
    rel=${opensElsewhere ? 'noreferrer noopener' : nothing}
    >${channelLabel(channel)}</a
  >`;
}

/** The site a source is on ("lille.fr"): what a resident needs to know of it. */
const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/** Who published a source, in the resident's words; else the name of its site. */
function publisherName(source: Source, locale: Locale): TemplateResult | typeof nothing {
  if (source.publisher) return dataText(source.publisher, locale);
  return source.url ? html`<bdi dir="ltr">${hostOf(source.url)}</bdi>` : nothing;
}

/** "Confirmé par téléphone le 12 janvier 2027": what a person of the team did, and when. */
function confirmation(verification: Verification, locale: Locale): string {
  const day = formatDate(verification.date, locale);
  switch (verification.how) {
    case 'phone':
      return msg(str`Confirmé par téléphone le ${day}.`);
    case 'official-page':
      return msg(str`Confirmé sur sa page officielle le ${day}.`);
    case 'in-person':
      return msg(str`Confirmé sur place le ${day}.`);
  }
}

/**
 * Where the facts come from, in the resident's words: « D'après l'annuaire officiel de
 * l'administration, septembre 2019 » (a page that gives no date says so, with the day it was read),
 * with a link to the publisher's page; and only where a person of the team confirmed them, how
 * and when. An entry flagged « À vérifier » never says it was
 * confirmed (SPEC, "What a resident sees", 5).
 */
export function provenance(
  entry: { sources: readonly Source[]; verification?: Verification; confidence: Confidence },
  locale: Locale,
): TemplateResult {
  const source = entry.sources[0];
  const confirmed = !needsChecking(entry) ? entry.verification : undefined;
  const publisher = (of: Source) => publisherName(of, locale);
  const month = (of: Source) => formatMonth(of.date, locale);
  return html`${
    source
      ? html`<p class="meta provenance">
          ${
            source.undated
              ? msg(
                  html`D'après ${publisher(source)}, page non datée, consultée en ${month(source)}`,
                )
              : msg(html`D'après ${publisher(source)}, ${month(source)}`)
          }${
            source.url
              ? html` ·
                  <a href=${ifDefined(safeHref(source.url))} rel="noreferrer noopener"
                    >${msg('Source')}<span class="visually-hidden">
                      : ${hostOf(source.url)}</span
                    ></a
                  >`
              : nothing
          }
        </p>`
      : nothing
  }
  ${confirmed ? html`<p class="meta provenance">${confirmation(confirmed, locale)}</p>` : nothing}`;
}

export { needsChecking };

/** The one badge a card may carry: doubt about its facts, explained once per directory. */
export function doubtBadge(entry: { confidence: string }): TemplateResult | typeof nothing {
  return needsChecking(entry) ? html`<span class="badge">${msg('À vérifier')}</span>` : nothing;
}

export interface CardContext {
  level: number;
  locale: Locale;
  now: Date;
  disclosures: Disclosures;
  /** Makes ids unique when the same contact is shown in two places. */
  place: string;
  /** The contacts the page itself gave (partner data): they say so, when nothing is in doubt. */
  fromPage?: ReadonlySet<Contact>;
}

/**
 * The one badge of a card: doubt first ("À vérifier"); otherwise, for what the page itself gave,
 * whose information it is, a town hall's own door saying so ("Information de la mairie").
 */
function cardBadge(contact: Contact, fromPage: ReadonlySet<Contact> | undefined) {
  if (needsChecking(contact)) return doubtBadge(contact);
  if (!fromPage?.has(contact)) return nothing;
  return html`<span class="badge"
    >${contact.firstDoor === 'mairie' ? msg('Information de la mairie') : msg('Information de ce site')}</span
  >`;
}

/**
 * A channel that answers at its own hours (the 3919's chat): whether it answers now, and its
 * hours in words, under its link; and what it leaves on the phone. Its state is the channel's,
 * not the contact's (`channel-opening`, not `opening`): the 3919 answers while its chat is closed.
 */
export function channelHours(
  channel: Channel,
  now: Date,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!channel.openingHours && !channel.hoursText && !channel.traceNote) return nothing;
  const opening = channel.openingHours ? openingText(channel.openingHours, now, locale) : null;
  return html`${
    opening
      ? html`<p class="card-status">
          <span class="channel-opening ${opening.open ? 'is-open' : 'is-closed'}"
            >${opening.text}</span
          >
        </p>`
      : nothing
  }
  ${channel.hoursText ? html`<p>${dataText(channel.hoursText, locale)}</p>` : nothing}
  ${channel.traceNote ? html`<p class="meta">${dataText(channel.traceNote, locale)}</p>` : nothing}`;
}

function details(
  contact: Contact,
  main: Channel | undefined,
  locale: Locale,
  now: Date,
): TemplateResult {
  const others = contact.channels.filter((channel) => channel !== main);
  return html`${contact.description ? html`<p>${dataText(contact.description, locale)}</p>` : nothing}
  ${
    others.length > 0
      ? html`<ul class="channels">
          ${others.map((channel) => html`<li>${channelLink(channel)}${channelHours(channel, now, locale)}</li>`)}
        </ul>`
      : nothing
  }
  ${
    contact.address
      ? html`<p class="place-address" lang="fr" dir="ltr">
          ${contact.address.street},
          <bdi dir="ltr">${contact.address.postalCode}</bdi> ${contact.address.city}
        </p>`
      : nothing
  }
  ${contact.hoursText ? html`<p>${msg('Horaires :')} ${dataText(contact.hoursText, locale)}</p>` : nothing}
  ${contact.cost ? html`<p>${dataText(contact.cost, locale)}</p>` : nothing}
  ${contact.traceNote ? html`<p class="meta">${dataText(contact.traceNote, locale)}</p>` : nothing}
  ${contact.residentNote ? html`<p class="resident-note">${dataText(contact.residentNote, locale)}</p>` : nothing}
  ${provenance(contact, locale)}`;
}

/**
 * A compact card: the name, the call, one line of what it is and for whom, whether it is open,
 * at most one badge. The rest waits in "Détails", which opens below without moving the call.
 */
export function contactCard(contact: Contact, context: CardContext): TemplateResult {
  const { level, locale, now, disclosures, place } = context;
  const id = `${place}-${contact.id}`;
  const main = mainChannel(contact);
  const opening = contact.openingHours ? openingText(contact.openingHours, now, locale) : null;
  const badge = cardBadge(contact, context.fromPage);
  return html`<li part="contact" class="card">
    <article aria-labelledby="${id}-name" tabindex="-1" data-contact=${contact.id}>
      ${heading(level, dataText(contact.name, locale), {
        id: `${id}-name`,
        // A place's name and address are read as on its door or a letter (place-*), not reworded.
        className: 'card-name place-name',
      })}
      <div class="card-actions">
        ${main ? channelLink(main, 'call') : nothing}
        ${disclosureButton(
          disclosures,
          `card:${id}`,
          `${id}-details`,
          html`<span id="${id}-details-label">${msg('Détails')}</span>`,
          'details-button',
          `${id}-details-label ${id}-name`,
        )}
      </div>
      ${contact.summary ? html`<p class="card-summary">${dataText(contact.summary, locale)}</p>` : nothing}
      ${
        opening || badge !== nothing
          ? html`<p class="card-status">
              ${
                opening
                  ? html`<span class="opening ${opening.open ? 'is-open' : 'is-closed'}"
                      >${opening.text}</span
                    >`
                  : nothing
              }
              ${badge}
            </p>`
          : nothing
      }
      ${disclosureRegion(disclosures, `card:${id}`, `${id}-details`, () => details(contact, main, locale, now), 'card-details')}
    </article>
  </li>`;
}
