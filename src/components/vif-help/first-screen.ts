import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataText, lineRow, mainChannel } from './contact-line.js';
import { heading } from './heading.js';
import { disclosureButton, disclosureRegion, type Disclosures } from './disclosure.js';
import { safeHref } from '../../data/links.js';
import type { FirstScreenLines } from '../../data/blocks.js';
import type { FirstScreenLine, Locale } from '../../data/types.js';

/**
 * One line under the quick exit, before the first sight of the numbers: what the exit does, the
 * shortcut, the traces that remain, and the way into "Protéger votre navigation" (GOV.UK's
 * interruption page and 1800RESPECT's banner, in a widget that cannot have a page of its own).
 */
export function safetyBanner(
  quickExit: boolean,
  disclosures: Disclosures,
  onOpen: () => void,
): TemplateResult {
  const open = disclosures.isOpen('protect');
  return html`<p class="safety-banner">
    ${
      quickExit
        ? msg(
            'Quitter rapidement (ou Maj ×3) cache cette page. L’historique et le journal d’appels gardent des traces.',
          )
        : msg('L’historique du navigateur et le journal d’appels gardent des traces.')
    }
    <button
      type="button"
      class="link-button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="protect"
      @click=${onOpen}
    >
      ${msg('Protéger votre navigation')}<span aria-hidden="true"> ›</span>
    </button>
  </p>`;
}

/** A large tile: the digits first, then a plain label, and "not on the bill" where sourced. */
function tile(contact: FirstScreenLine, locale: Locale): TemplateResult | typeof nothing {
  const channel = mainChannel(contact);
  if (!channel) return nothing;
  return html`<li class="tile-item">
    <a class="tile" href=${ifDefined(safeHref(channel.href))}>
      <bdi class="digits" dir="ltr"
        >${channel.type === 'sms' ? html`<span class="sms">SMS </span>` : nothing}${channel.display}</bdi
      >
      <span class="label"
        >${dataText(contact.summary ?? contact.name, locale)}${
          contact.notOnBill
            ? html`<span class="bill"> · ${msg('n’apparaît pas sur la facture')}</span>`
            : nothing
        }</span
      >
    </a>
  </li>`;
}

/** 112, 15 and 18 in one compact row: numbers that matter, but less often here. */
function alsoLine(contacts: readonly FirstScreenLine[], locale: Locale): TemplateResult {
  return html`<ul class="also" aria-label=${msg('Autres numéros d’urgence')}>
    ${contacts.map((contact) => {
      const channel = mainChannel(contact);
      return channel
        ? html`<li>
            <a href=${ifDefined(safeHref(channel.href))}
              ><bdi class="digits" dir="ltr">${channel.display}</bdi>
              <span class="label">${dataText(contact.name, locale)}</span></a
            >
          </li>`
        : nothing;
    })}
  </ul>`;
}

/** The "En danger maintenant" block of the full view: three tiles and the compact line. */
export function emergencyBlock(
  lines: FirstScreenLines,
  level: number,
  locale: Locale,
): TemplateResult {
  return html`<section part="emergency" class="emergency" aria-labelledby="emergency-title">
    ${heading(level, msg('En danger maintenant'), { id: 'emergency-title', className: 'visually-hidden' })}
    <ul class="tiles">
      ${lines.primary.map((contact) => tile(contact, locale))}
    </ul>
    ${alsoLine(lines.also, locale)}
  </section>`;
}

/** The other listening lines, one row each, behind one disclosure; the trace said once. */
export function otherLines(
  lines: FirstScreenLines,
  locale: Locale,
  disclosures: Disclosures,
): TemplateResult {
  const count = lines.others.length;
  return html`<div class="other-lines">
    ${disclosureButton(
      disclosures,
      'other-lines',
      'other-lines',
      html`${msg('Autres lignes d’écoute')} (${count})`,
      'disclosure row-button',
    )}
    ${disclosureRegion(
      disclosures,
      'other-lines',
      'other-lines',
      () =>
        html`<ul class="lines">
            ${lines.others.map((contact) => lineRow(contact, locale))}
          </ul>
          <p class="meta">${msg('Un appel reste dans l’historique d’appels du téléphone.')}</p>`,
    )}
  </div>`;
}

/**
 * `view="emergency"`: one band for a page's header or footer: 17, SMS 114, 3919 and, when the page
 * says where the full help is, "Plus d'aide".
 */
export function emergencyBand(
  lines: FirstScreenLines,
  level: number,
  locale: Locale,
  helpUrl: string | null,
): TemplateResult {
  return html`<section part="emergency" class="band" aria-labelledby="emergency-title">
    ${heading(level, msg('En danger maintenant'), { id: 'emergency-title', className: 'visually-hidden' })}
    <ul class="band-numbers">
      ${lines.primary.map((contact) => {
        const channel = mainChannel(contact);
        return channel
          ? html`<li>
              <a href=${ifDefined(safeHref(channel.href))}
                ><bdi class="digits" dir="ltr"
                  >${channel.type === 'sms' ? 'SMS ' : ''}${channel.display}</bdi
                ><span class="visually-hidden label">
                  ${dataText(contact.summary ?? contact.name, locale)}</span
                ></a
              >
            </li>`
          : nothing;
      })}
      ${
        helpUrl
          ? html`<li>
              <a class="more" href=${helpUrl}
                >${msg('Plus d’aide')}<span aria-hidden="true"> ›</span></a
              >
            </li>`
          : nothing
      }
    </ul>
  </section>`;
}
