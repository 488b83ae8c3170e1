import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  channelHours,
  channelLabel,
  channelLink,
  contactCard,
  dataText,
  lineRow,
  mainChannel,
} from './contact-card.js';
import { heading } from './heading.js';
import { markedLatin } from './marked-latin.js';
import { answerList, type AnswerContext } from './questions.js';
import { disclosureButton, disclosureRegion } from './disclosure.js';
import { numberPieces } from '../../directory/number-links.js';
import { safeHref } from '../../data/links.js';
import type { DoorRow, GroupId } from '../../directory/directory.js';
import type { HelpGroup, HelpStatus, HelpView } from '../../help/model.js';
import type { Shell } from './shell.js';
import type { Commune, Contact, Locale, LocalizedText, SituationPath } from '../../data/types.js';
import { pickText } from '../../localization/localized-text.js';
import { directionOf } from '../../localization/locale.js';

/** Situations shown as need buttons on the first screen; the others wait behind "Autres". */
export const NEED_BUTTONS = 6;

/** The context of the answer lists: the contacts of the commune their « Qui contacter » names. */
const answerContext = (view: HelpView, shell: Shell): AnswerContext => ({
  locale: shell.locale,
  disclosures: shell.disclosures,
  contacts: view.scoped,
});

/** A data text with every number it names as a link ("Appelez le 115" → a link to tel:115). */
function linkedText(
  text: LocalizedText,
  contacts: readonly Contact[],
  locale: Locale,
): TemplateResult {
  const { value, lang } = pickText(text, locale);
  const pieces = numberPieces(value, contacts).map((piece) =>
    piece.channel
      ? html`<a href=${ifDefined(safeHref(piece.channel.href))}
          ><bdi dir="ltr">${piece.text}</bdi></a
        >`
      : markedLatin(piece.text, lang),
  );
  return lang === locale
    ? html`${pieces}`
    : html`<span lang=${lang} dir=${directionOf(lang)}>${pieces}</span>`;
}

function needButton(path: SituationPath, view: HelpView, shell: Shell): TemplateResult {
  return html`<li>
    <button
      type="button"
      class="need"
      aria-pressed=${path === view.path ? 'true' : 'false'}
      @click=${() => shell.send({ type: 'path', id: path.id })}
    >
      ${dataText(path.short ?? path.label, shell.locale)}
    </button>
  </li>`;
}

/** Four to six needs a resident can tap instead of typing, the others one tap further. */
function needs(view: HelpView, shell: Shell): TemplateResult {
  const { paths } = view;
  const { disclosures } = shell;
  const first = paths.slice(0, NEED_BUTTONS);
  const more = paths.slice(NEED_BUTTONS);
  const selectedIsMore = view.path !== null && more.includes(view.path);
  const showMore = disclosures.isOpen('more-needs') || selectedIsMore;
  return html`<div class="needs" role="group" aria-labelledby="needs-label">
    <p id="needs-label" class="visually-hidden" aria-hidden="true">${msg('Votre situation')}</p>
    <ul class="need-list" id="need-list">
      ${first.map((path) => needButton(path, view, shell))}
      ${
        showMore
          ? html`${more.map((path) => needButton(path, view, shell))}
              <li>
                <button
                  type="button"
                  class="need"
                  @click=${() => shell.send({ type: 'questions' })}
                >
                  ${msg('Vos questions')}
                </button>
              </li>`
          : html`<li>
              ${disclosureButton(
                disclosures,
                'more-needs',
                'need-list',
                msg('Autres situations et questions'),
                'need more-needs',
              )}
            </li>`
      }
    </ul>
  </div>`;
}

/** The chosen situation, in place: what to do now with every number a link, then its answers. */
function situationPanel(path: SituationPath, view: HelpView, shell: Shell): TemplateResult {
  return html`<div class="situation-panel" role="region" aria-labelledby="situation-title">
    <p>
      <strong id="situation-title">${dataText(path.label, shell.locale)}.</strong>
      ${linkedText(path.intro, view.numbered, shell.locale)}
    </p>
    ${
      view.pathAnswers.length > 0
        ? html`<p class="related-label">${msg('Pour aller plus loin :')}</p>
            ${answerList(view.pathAnswers, 'path', answerContext(view, shell))}`
        : nothing
    }
  </div>`;
}

function countText(status: HelpStatus, locale: Locale): string {
  switch (status.kind) {
    case 'none': {
      const { query } = status;
      return query
        ? msg(str`Aucun résultat pour « ${query} ». Voici l’aide qui répond à tout moment.`)
        : msg('Aucune aide ne correspond à ces filtres. Voici l’aide qui répond à tout moment.');
    }
    case 'closest': {
      const { query, count } = status;
      return new Intl.PluralRules(locale).select(count) === 'one'
        ? msg(
            str`Aucun résultat pour « ${query} ». L’aide la plus proche (1), et les lignes qui répondent à tout moment :`,
          )
        : msg(
            str`Aucun résultat pour « ${query} ». Les ${count} aides les plus proches, et les lignes qui répondent à tout moment :`,
          );
    }
    case 'found': {
      const { count } = status;
      return new Intl.PluralRules(locale).select(count) === 'one'
        ? msg(str`${count} aide trouvée`)
        : msg(str`${count} aides trouvées`);
    }
  }
}

/** The count, announced politely, and the filters behind one button after it. */
function resultsBar(view: HelpView, shell: Shell): TemplateResult {
  const { disclosures, locale, send } = shell;
  const { activeFilters: active, selectedCategories } = view;
  return html`<div class="results-bar">
      <p class="count" role="status">${countText(view.status, locale)}</p>
      ${disclosureButton(
        disclosures,
        'filters',
        'filters',
        html`${msg('Filtrer')}${active > 0 ? html` (${active})` : nothing}`,
        'disclosure filter-button',
      )}
    </div>
    ${disclosureRegion(
      disclosures,
      'filters',
      'filters',
      () =>
        html`<fieldset class="filters">
          <legend>${msg('Filtrer par catégorie')}</legend>
          <div class="chips">
            ${view.filters.map(
              (category) =>
                html`<label class="chip">
                  <input
                    type="checkbox"
                    value=${category.id}
                    .checked=${selectedCategories.has(category.id)}
                    @change=${(event: Event) =>
                      send({
                        type: 'category',
                        id: category.id,
                        on: (event.target as HTMLInputElement).checked,
                      })}
                  />${dataText(category.label, locale)}
                </label>`,
            )}
            <label class="chip">
              <input
                type="checkbox"
                .checked=${view.openNow}
                @change=${(event: Event) =>
                  send({ type: 'open-now', on: (event.target as HTMLInputElement).checked })}
              />${msg('Ouvert maintenant')}
            </label>
          </div>
        </fieldset>`,
      'filters-region',
    )}`;
}

/** What a first door is, for its placeholder: "Mairie de Wicres ou son CCAS". */
function doorName(kind: DoorRow['kind'], communeName: string): string {
  switch (kind) {
    case 'mairie':
      return msg(str`Mairie de ${communeName} ou son CCAS`);
    case 'police':
      return msg(str`Police ou gendarmerie pour ${communeName}`);
    case 'justice':
      return msg(str`Point-justice ou maison de justice pour ${communeName}`);
    case 'victimes':
      return msg(str`Aide aux victimes pour ${communeName}`);
  }
}

/** Until the door is known: who calls meanwhile, and why that line does the job. */
function doorFallback(kind: DoorRow['kind']): string {
  switch (kind) {
    case 'mairie':
      return msg(
        'Coordonnées pas encore vérifiées. En attendant, le 3919 connaît les lieux d’aide :',
      );
    case 'police':
      return msg('Unité pas encore vérifiée. En urgence, le 17 envoie celle qui vous sert :');
    case 'justice':
      return msg('Lieu pas encore vérifié. Pour connaître vos droits, France Victimes répond :');
    case 'victimes':
      return msg('Association pas encore vérifiée. En attendant, France Victimes répond :');
  }
}

/** An honest placeholder: the door is named, said to be unverified, and a real line is given. */
function doorPlaceholder(door: DoorRow, communeName: string): TemplateResult {
  const channel = door.fallback ? mainChannel(door.fallback) : undefined;
  return html`<li class="door-placeholder" data-door=${door.kind}>
    <p class="door-name">${doorName(door.kind, communeName)}</p>
    <p class="meta">${doorFallback(door.kind)}</p>
    ${
      channel
        ? html`<a class="call" href=${ifDefined(safeHref(channel.href))}
            >${channelLabel(channel)}</a
          >`
        : nothing
    }
  </li>`;
}

function cards(contacts: readonly Contact[], view: HelpView, shell: Shell, place: string) {
  const { level, locale, now, disclosures } = shell;
  return contacts.map((contact) =>
    contactCard(contact, {
      level: level + 2,
      locale,
      now,
      disclosures,
      place,
      fromPage: view.fromPage,
    }),
  );
}

function groupTitle(id: GroupId, commune: Commune | null): string {
  switch (id) {
    case 'commune':
      return msg(str`À ${commune?.name ?? ''}`);
    case 'metropole':
      return msg('Dans la métropole');
    case 'national':
      return msg('Partout en France');
  }
}

/** A group of the directory: its heading with its count, the first cards, "Voir les N autres". */
function group(g: HelpGroup, view: HelpView, shell: Shell): TemplateResult {
  const { id, doors, hidden, total } = g;
  const { commune } = view;
  const communeName = commune?.name ?? '';
  return html`<section class="group" aria-labelledby="group-${id}">
    ${heading(
      shell.level + 1,
      html`${groupTitle(id, commune)}${
        total > 0 ? html` <span class="group-count">(${total})</span>` : nothing
      }`,
      { id: `group-${id}`, className: 'group-title' },
    )}
    ${
      g.intro && commune
        ? html`<p class="group-intro">
            ${msg(
              str`Pour ${commune.name}, nous n’avons pas encore de lieu d’aide vérifié dans la commune. Voici les plus proches :`,
            )}
          </p>`
        : nothing
    }
    ${
      doors.length > 0
        ? html`<ul class="cards doors" aria-label=${msg(str`Premiers contacts à ${communeName}`)}>
            ${doors.map((door) =>
              door.contact
                ? cards([door.contact], view, shell, 'door')
                : doorPlaceholder(door, communeName),
            )}
          </ul>`
        : nothing
    }
    ${
      g.cards.length > 0
        ? html`<ul class="cards">
            ${cards(g.cards, view, shell, id)}
          </ul>`
        : nothing
    }
    ${
      hidden > 0
        ? html`<button
            type="button"
            class="more-button"
            @click=${() => shell.send({ type: 'more', group: id })}
          >
            ${hidden === 1 ? msg('Voir l’autre aide') : msg(str`Voir les ${hidden} autres`)}
          </button>`
        : nothing
    }
  </section>`;
}

/**
 * The card « Voir les N autres » brought first into a group's view, now on screen under `root`:
 * where focus goes once the group has opened.
 */
export function firstNewCard(root: ParentNode, view: HelpView, id: GroupId): HTMLElement | null {
  const g = view.groups.find((candidate) => candidate.id === id);
  if (!g) return null;
  return root
    .querySelectorAll<HTMLElement>(`[aria-labelledby="group-${id}"] .cards:not(.doors) article`)
    .item(g.firstNew);
}

/**
 * A national line among the results, and under it each other way to reach it that answers at its
 * own hours (the 3919's chat, Monday to Friday 13:00–20:00): its link, whether it answers now, its
 * hours in words and what it leaves on the phone.
 */
function resultLine(contact: Contact, shell: Shell): TemplateResult {
  const { locale, now } = shell;
  const main = mainChannel(contact);
  const timed = contact.channels.filter((channel) => channel !== main && channel.openingHours);
  return html`${lineRow(contact, locale, { part: 'contact' })}
  ${timed.map(
    (channel) =>
      html`<li class="line-channel">
        ${channelLink(channel)} ${channelHours(channel, now, locale)}
      </li>`,
  )}`;
}

/** The results: matched lines as rows, then the groups "À {commune}", metropolis, France. */
function results(view: HelpView, shell: Shell): TemplateResult {
  const { lines, lead, doorsFirst } = view;
  // A door asked for by name that the commune has comes before the lines (directory.ts).
  const lineRows =
    lines.length > 0
      ? html`<ul class="lines" aria-label=${msg('Lignes nationales')}>
          ${lines.map((contact) => resultLine(contact, shell))}
        </ul>`
      : nothing;
  return html`${
      view.allClosed
        ? html`<p class="notice">
            ${msg(
              'À cette heure, les lieux d’aide proches de chez vous sont fermés. Les lignes ci-dessous répondent 24 h/24.',
            )}
          </p>`
        : nothing
    }
    <div part="list" class="results">
      ${lead ? answerList([lead], 'lead', answerContext(view, shell)) : nothing}
      ${doorsFirst ? nothing : lineRows}
      ${view.groups.map(
        (g) =>
          html`${group(g, view, shell)}${g.id === 'commune' && doorsFirst ? lineRows : nothing}`,
      )}
    </div>
    ${
      view.doubted
        ? html`<p class="meta doubt-note">
            ${msg(
              '« À vérifier » : informations pas encore confirmées par téléphone. En cas de doute, le 3919 (24 h/24) connaît les lieux d’aide.',
            )}
          </p>`
        : nothing
    }`;
}

function related(view: HelpView, shell: Shell): TemplateResult | typeof nothing {
  const { relatedAnswers, relatedPaths } = view;
  if (relatedAnswers.length === 0 && relatedPaths.length === 0) return nothing;
  return html`<div class="related-block">
    ${
      relatedAnswers.length > 0
        ? html`<p class="related-label">${msg('Questions liées :')}</p>
            ${answerList(relatedAnswers, 'related', answerContext(view, shell))}`
        : nothing
    }
    ${
      relatedPaths.length > 0
        ? html`<p class="related-label">${msg('Situations liées :')}</p>
            <ul class="need-list">
              ${relatedPaths.map((path) => needButton(path, view, shell))}
            </ul>`
        : nothing
    }
  </div>`;
}

/**
 * "Trouver de l'aide", under its field (search-field.ts, on the first screen): the needs to tap,
 * the chosen situation in place, then the count and the results right under it.
 */
export function directoryBody(view: HelpView, shell: Shell): TemplateResult {
  const { path, typing } = view;
  return html`${typing ? nothing : needs(view, shell)}
  ${path && !typing ? situationPanel(path, view, shell) : nothing} ${resultsBar(view, shell)}
  ${results(view, shell)} ${typing ? related(view, shell) : nothing}`;
}
