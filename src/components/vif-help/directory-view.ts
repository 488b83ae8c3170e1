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
  needsChecking,
} from './contact-card.js';
import { heading } from './heading.js';
import { markedLatin } from './marked-latin.js';
import { answerList, type AnswerContext } from './questions.js';
import { disclosureButton, disclosureRegion, type Disclosures } from './disclosure.js';
import { numberPieces } from '../../directory/number-links.js';
import { safeHref } from '../../data/links.js';
import type { DirectoryGroup, DirectoryView, DoorRow, GroupId } from '../../directory/directory.js';
import type {
  Answer,
  Category,
  Commune,
  Contact,
  Locale,
  LocalizedText,
  SituationPath,
} from '../../data/types.js';
import { pickText } from '../../localization/localized-text.js';
import { directionOf } from '../../localization/locale.js';

/** Situations shown as need buttons on the first screen; the others wait behind "Autres". */
export const NEED_BUTTONS = 6;

export interface DirectoryContext {
  level: number;
  locale: Locale;
  now: Date;
  disclosures: Disclosures;
  commune: Commune | null;
  view: DirectoryView;
  query: string;
  onQuery: (query: string) => void;
  paths: readonly SituationPath[];
  selectedPath: SituationPath | null;
  onSelectPath: (id: string) => void;
  /** Opens "Vos questions" and moves focus to it. */
  onQuestions: () => void;
  /** The answers of the selected situation, and those a query finds. */
  pathAnswers: readonly Answer[];
  relatedAnswers: readonly Answer[];
  relatedPaths: readonly SituationPath[];
  answers: AnswerContext;
  /** The contacts whose numbers a situation's text may name (every line and the commune's). */
  numbered: readonly Contact[];
  filters: readonly Category[];
  selectedCategories: ReadonlySet<string>;
  onCategory: (id: string, on: boolean) => void;
  openNow: boolean;
  onOpenNow: (on: boolean) => void;
  onShowMore: (group: GroupId) => void;
  /** The contacts the page itself gave (partner data). */
  fromPage: ReadonlySet<Contact>;
  /** The lines a resident is given whatever the query: 17 and 3919. */
  fallbackLines: readonly Contact[];
}

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

function needButton(path: SituationPath, context: DirectoryContext): TemplateResult {
  return html`<li>
    <button
      type="button"
      class="need"
      aria-pressed=${path === context.selectedPath ? 'true' : 'false'}
      @click=${() => context.onSelectPath(path.id)}
    >
      ${dataText(path.short ?? path.label, context.locale)}
    </button>
  </li>`;
}

/** Four to six needs a resident can tap instead of typing, the others one tap further. */
function needs(context: DirectoryContext): TemplateResult {
  const { paths, disclosures } = context;
  const first = paths.slice(0, NEED_BUTTONS);
  const more = paths.slice(NEED_BUTTONS);
  const selectedIsMore = context.selectedPath !== null && more.includes(context.selectedPath);
  const showMore = disclosures.isOpen('more-needs') || selectedIsMore;
  return html`<div class="needs" role="group" aria-labelledby="needs-label">
    <p id="needs-label" class="visually-hidden">${msg('Votre situation')}</p>
    <ul class="need-list" id="need-list">
      ${first.map((path) => needButton(path, context))}
      ${
        showMore
          ? html`${more.map((path) => needButton(path, context))}
              <li>
                <button type="button" class="need" @click=${context.onQuestions}>
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
function situationPanel(path: SituationPath, context: DirectoryContext): TemplateResult {
  return html`<div class="situation-panel" role="region" aria-labelledby="situation-title">
    <p>
      <strong id="situation-title">${dataText(path.label, context.locale)}.</strong>
      ${linkedText(path.intro, context.numbered, context.locale)}
    </p>
    ${
      context.pathAnswers.length > 0
        ? html`<p class="related-label">${msg('Pour aller plus loin :')}</p>
            ${answerList(context.pathAnswers.slice(0, 3), 'path', context.answers)}`
        : nothing
    }
  </div>`;
}

function countText(context: DirectoryContext): string {
  const { count } = context.view;
  const query = context.query.trim();
  if (count === 0 && context.view.doors.length === 0) {
    return query
      ? msg(str`Aucun résultat pour « ${query} ». Voici l’aide qui répond à tout moment.`)
      : msg('Aucune aide ne correspond à ces filtres. Voici l’aide qui répond à tout moment.');
  }
  if (context.view.relaxed) {
    return new Intl.PluralRules(context.locale).select(count) === 'one'
      ? msg(
          str`Aucun résultat pour « ${query} ». L’aide la plus proche (1), et les lignes qui répondent à tout moment :`,
        )
      : msg(
          str`Aucun résultat pour « ${query} ». Les ${count} aides les plus proches, et les lignes qui répondent à tout moment :`,
        );
  }
  return new Intl.PluralRules(context.locale).select(count) === 'one'
    ? msg(str`${count} aide trouvée`)
    : msg(str`${count} aides trouvées`);
}

/** The count, announced politely, and the filters behind one button after it. */
function resultsBar(context: DirectoryContext): TemplateResult {
  const { disclosures, filters, selectedCategories } = context;
  const active = selectedCategories.size + (context.openNow ? 1 : 0);
  return html`<div class="results-bar">
      <p class="count" role="status">${countText(context)}</p>
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
            ${filters.map(
              (category) =>
                html`<label class="chip">
                  <input
                    type="checkbox"
                    value=${category.id}
                    .checked=${selectedCategories.has(category.id)}
                    @change=${(event: Event) =>
                      context.onCategory(category.id, (event.target as HTMLInputElement).checked)}
                  />${dataText(category.label, context.locale)}
                </label>`,
            )}
            <label class="chip">
              <input
                type="checkbox"
                .checked=${context.openNow}
                @change=${(event: Event) =>
                  context.onOpenNow((event.target as HTMLInputElement).checked)}
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

function cards(contacts: readonly Contact[], context: DirectoryContext, place: string) {
  const { level, locale, now, disclosures, fromPage } = context;
  return contacts.map((contact) =>
    contactCard(contact, { level: level + 2, locale, now, disclosures, place, fromPage }),
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
function group(
  id: GroupId,
  contacts: DirectoryGroup | undefined,
  context: DirectoryContext,
  before: TemplateResult | typeof nothing = nothing,
): TemplateResult | typeof nothing {
  const doors = id === 'commune' ? context.view.doors : [];
  if (!contacts && doors.length === 0 && before === nothing) return nothing;
  const hidden = contacts ? contacts.contacts.length - contacts.shown.length : 0;
  const total = (contacts?.contacts.length ?? 0) + doors.filter((door) => door.contact).length;
  const communeName = context.commune?.name ?? '';
  return html`<section class="group" aria-labelledby="group-${id}">
    ${heading(
      context.level + 1,
      html`${groupTitle(id, context.commune)}${
        total > 0 ? html` <span class="group-count">(${total})</span>` : nothing
      }`,
      { id: `group-${id}`, className: 'group-title' },
    )}
    ${before}
    ${
      doors.length > 0
        ? html`<ul class="cards doors" aria-label=${msg(str`Premiers contacts à ${communeName}`)}>
            ${doors.map((door) =>
              door.contact
                ? cards([door.contact], context, 'door')
                : doorPlaceholder(door, communeName),
            )}
          </ul>`
        : nothing
    }
    ${
      contacts
        ? html`<ul class="cards">
            ${cards(contacts.shown, context, id)}
          </ul>`
        : nothing
    }
    ${
      hidden > 0
        ? html`<button type="button" class="more-button" @click=${() => context.onShowMore(id)}>
            ${hidden === 1 ? msg('Voir l’autre aide') : msg(str`Voir les ${hidden} autres`)}
          </button>`
        : nothing
    }
  </section>`;
}

/**
 * A national line among the results, and under it each other way to reach it that answers at its
 * own hours (the 3919's chat, Monday to Friday 13:00–20:00): its link, whether it answers now, its
 * hours in words and what it leaves on the phone.
 */
function resultLine(contact: Contact, context: DirectoryContext): TemplateResult {
  const { locale, now } = context;
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
function results(context: DirectoryContext): TemplateResult {
  const { view, commune } = context;
  const byId = new Map(view.groups.map((g) => [g.id, g]));
  const empty = view.count === 0 && view.doors.length === 0;
  // With nothing found, or only the closest help, the 17 and the 3919 are always there.
  const lines =
    empty || view.relaxed
      ? [...view.lines, ...context.fallbackLines.filter((line) => !view.lines.includes(line))]
      : view.lines;
  const communeIntro =
    commune && !view.hasLocal && !view.narrowed
      ? html`<p class="group-intro">
          ${msg(
            str`Pour ${commune.name}, nous n’avons pas encore de lieu d’aide vérifié dans la commune. Voici les plus proches :`,
          )}
        </p>`
      : nothing;
  const doubted = [
    ...view.doors.flatMap((door) => door.contact ?? []),
    ...view.groups.flatMap((g) => g.shown),
  ].some(needsChecking);
  const allClosed =
    context.openNow &&
    view.doors.every((door) => !door.contact) &&
    !view.groups.some((g) => g.id !== 'national');
  return html`${
      allClosed
        ? html`<p class="notice">
            ${msg(
              'À cette heure, les lieux d’aide proches de chez vous sont fermés. Les lignes ci-dessous répondent 24 h/24.',
            )}
          </p>`
        : nothing
    }
    <div part="list" class="results">
      ${
        lines.length > 0
          ? html`<ul class="lines" aria-label=${msg('Lignes nationales')}>
              ${lines.map((contact) => resultLine(contact, context))}
            </ul>`
          : nothing
      }
      ${commune ? group('commune', byId.get('commune'), context, communeIntro) : nothing}
      ${group('metropole', byId.get('metropole'), context)}
      ${group('national', byId.get('national'), context)}
    </div>
    ${
      doubted
        ? html`<p class="meta doubt-note">
            ${msg(
              '« À vérifier » : informations pas encore confirmées par téléphone. En cas de doute, le 3919 (24 h/24) connaît les lieux d’aide.',
            )}
          </p>`
        : nothing
    }`;
}

function related(context: DirectoryContext): TemplateResult | typeof nothing {
  const { relatedAnswers, relatedPaths } = context;
  if (relatedAnswers.length === 0 && relatedPaths.length === 0) return nothing;
  return html`<div class="related-block">
    ${
      relatedAnswers.length > 0
        ? html`<p class="related-label">${msg('Questions liées :')}</p>
            ${answerList(relatedAnswers, 'related', context.answers)}`
        : nothing
    }
    ${
      relatedPaths.length > 0
        ? html`<p class="related-label">${msg('Situations liées :')}</p>
            <ul class="need-list">
              ${relatedPaths.map((path) => needButton(path, context))}
            </ul>`
        : nothing
    }
  </div>`;
}

/**
 * "Trouver de l'aide", under its field (search-field.ts, on the first screen): the needs to tap,
 * the chosen situation in place, then the count and the results right under it.
 */
export function directoryBody(context: DirectoryContext): TemplateResult {
  const { selectedPath } = context;
  const typing = context.query.trim() !== '';
  return html`${typing ? nothing : needs(context)}
  ${selectedPath && !typing ? situationPanel(selectedPath, context) : nothing}
  ${resultsBar(context)} ${results(context)} ${typing ? related(context) : nothing}`;
}
