import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dataText } from './contact-card.js';
import { safeHref } from '../../data/links.js';
import type { Contact, Locale } from '../../data/types.js';

/**
 * The highlighted numbers as large links: the digits first, a plain label under them, and the
 * trace a call leaves when the block asks for it.
 */
export function numberList(
  contacts: readonly Contact[],
  locale: Locale,
  options: { traceNotes: boolean },
): TemplateResult {
  return html`<ul class="numbers">
    ${contacts.map((contact) => {
      const channel = contact.channels.find((c) => c.type === 'tel' || c.type === 'sms');
      if (!channel) return nothing;
      return html`<li>
        <a class="number" href=${ifDefined(safeHref(channel.href))}>
          <bdi class="digits" dir="ltr">${channel.display}</bdi>
          <span class="label">${dataText(contact.summary ?? contact.name, locale)}</span>
        </a>
        ${
          options.traceNotes && contact.traceNote
            ? html`<p class="trace">${dataText(contact.traceNote, locale)}</p>`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}
