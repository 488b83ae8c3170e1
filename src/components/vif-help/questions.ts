import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { caution, dataText, provenance } from './contact-card.js';
import { heading } from './heading.js';
import { pickText } from '../../localization/localized-text.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeHref } from '../../data/links.js';
import type { Answer, Contact, Locale } from '../../data/types.js';

/** An answer's paragraphs (separated by a blank line in the data), in its own language. */
function paragraphs(answer: Answer, locale: Locale): TemplateResult {
  const { value, lang } = pickText(answer.answer, locale);
  return html`<div lang=${lang}>
    ${value.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph}</p>`)}
  </div>`;
}

/** The contacts an answer points to that serve the resident's commune, with a way to reach each. */
function whoToContact(
  answer: Answer,
  contacts: ReadonlyMap<string, Contact>,
  locale: Locale,
): TemplateResult | typeof nothing {
  const listed = (answer.contacts ?? []).flatMap((id) => contacts.get(id) ?? []);
  if (listed.length === 0) return nothing;
  return html`<p class="related-label">${msg('Qui contacter :')}</p>
    <ul class="answer-contacts">
      ${listed.map((contact) => {
        const channel = contact.channels[0];
        return html`<li>
          ${dataText(contact.name, locale)}${
            channel
              ? html` —
                  <a href=${ifDefined(safeHref(channel.href))}
                    ><bdi dir="ltr">${channel.display}</bdi></a
                  >`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
}

/**
 * "Vos questions": each answer is a native disclosure (details/summary), which opens and closes
 * by keyboard, tells screen readers whether it is expanded, and never touches the page's URL.
 */
export function questionsSection(
  answers: readonly Answer[],
  contacts: ReadonlyMap<string, Contact>,
  level: number,
  locale: Locale,
): TemplateResult {
  return html`<section class="questions" aria-labelledby="questions-title">
    ${heading(level, msg('Vos questions'), { id: 'questions-title', className: 'section-title' })}
    ${answers.map(
      (answer) =>
        html`<details class="answer" id="answer-${answer.id}">
          <summary>${dataText(answer.question, locale)}</summary>
          ${caution(answer.confidence, answer.confidenceNote, locale)} ${paragraphs(answer, locale)}
          ${whoToContact(answer, contacts, locale)}
          ${provenance(answer.verified, answer.sources[0], locale)}
        </details>`,
    )}
  </section>`;
}
