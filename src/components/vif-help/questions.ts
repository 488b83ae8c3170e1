import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { dataText, doubtBadge, lineRow, provenance } from './contact-card.js';
import { heading } from './heading.js';
import { markedLatin } from './marked-latin.js';
import { disclosureButton, disclosureRegion, type Disclosures } from './disclosure.js';
import { excerpt } from '../../directory/excerpt.js';
import { directionOf } from '../../localization/locale.js';
import { pickText } from '../../localization/localized-text.js';
import type { Answer, Contact, Locale } from '../../data/types.js';

/** Words of an answer shown before "Lire la suite" (plain-language guidance: short first). */
export const ANSWER_WORDS = 120;

export interface AnswerContext {
  locale: Locale;
  disclosures: Disclosures;
  /** The contacts that serve the resident's commune, by id. */
  contacts: ReadonlyMap<string, Contact>;
}

function body(answer: Answer, place: string, context: AnswerContext): TemplateResult {
  const { locale, disclosures, contacts } = context;
  const { value, lang } = pickText(answer.answer, locale);
  const { shown, rest } = excerpt(value.split(/\n\s*\n/), ANSWER_WORDS);
  const moreKey = `more:${place}:${answer.id}`;
  const moreId = `${place}-${answer.id}-more`;
  const listed = (answer.contacts ?? []).flatMap((id) => contacts.get(id) ?? []);
  return html`${doubtBadge(answer)}
    <div lang=${lang} dir=${directionOf(lang)}>
      ${shown.map((paragraph) => html`<p>${markedLatin(paragraph, lang)}</p>`)}
      ${
        rest.length > 0
          ? html`${disclosureRegion(disclosures, moreKey, moreId, () =>
              rest.map((paragraph) => html`<p>${markedLatin(paragraph, lang)}</p>`),
            )}
            ${
              disclosures.isOpen(moreKey)
                ? nothing
                : disclosureButton(
                    disclosures,
                    moreKey,
                    moreId,
                    msg('Lire la suite'),
                    'link-button',
                  )
            }`
          : nothing
      }
    </div>
    ${answer.residentNote ? html`<p class="resident-note">${dataText(answer.residentNote, locale)}</p>` : nothing}
    ${
      listed.length > 0
        ? html`<p class="related-label">${msg('Qui contacter :')}</p>
            <ul class="lines">
              ${listed.map((contact) => lineRow(contact, locale, { label: 'name' }))}
            </ul>`
        : nothing
    }
    ${provenance(answer, locale)}`;
}

/** One answer as a disclosure: the question as its button, the answer opening below, in place. */
export function answerItem(answer: Answer, place: string, context: AnswerContext): TemplateResult {
  const key = `answer:${place}:${answer.id}`;
  const id = `${place}-answer-${answer.id}`;
  return html`<li class="answer">
    ${disclosureButton(
      context.disclosures,
      key,
      id,
      dataText(answer.question, context.locale),
      'disclosure answer-question',
    )}
    ${disclosureRegion(context.disclosures, key, id, () => body(answer, place, context), 'answer-body')}
  </li>`;
}

export function answerList(
  answers: readonly Answer[],
  place: string,
  context: AnswerContext,
): TemplateResult | typeof nothing {
  if (answers.length === 0) return nothing;
  return html`<ul class="answers">
    ${answers.map((answer) => answerItem(answer, place, context))}
  </ul>`;
}

/**
 * "Vos questions": a closed index at the bottom (an accordion heading), each answer opening where
 * it is. Situations link to the same answers, which open inside the situation instead.
 */
export function questionsSection(
  answers: readonly Answer[],
  level: number,
  context: AnswerContext,
  /** How many answers there are, while they are still loading. */
  count = answers.length,
): TemplateResult {
  const open = context.disclosures.isOpen('questions');
  return html`<section class="questions" aria-labelledby="questions-title">
    ${heading(
      level,
      html`<button
        type="button"
        id="questions-title"
        class="disclosure section-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="questions"
        @click=${() => context.disclosures.toggle('questions')}
      >
        ${msg('Vos questions')} (${count})
      </button>`,
      { className: 'section-title' },
    )}
    ${disclosureRegion(context.disclosures, 'questions', 'questions', () =>
      answerList(answers, 'questions', context),
    )}
  </section>`;
}
