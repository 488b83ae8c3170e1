import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { communePicker } from './commune-picker.js';
import { heading } from './heading.js';
import { searchField } from './search-field.js';
import { emergencyBand, emergencyBlock, otherLines, safetyBanner } from './first-screen.js';
import { directionOf } from '../../localization/locale.js';
import { allCommunes, type CommuneResolution } from '../../data/communes.js';
import { FIRST_SCREEN_LINES } from '../../data/blocks.js';
import type { Config } from './config.js';
import type { FullParts } from './loading.controller.js';
import type { PartnerState } from '../../data/partner.controller.js';
import type { HelpView } from '../../help/model.js';
import type { FocusTarget, Shell } from './shell.js';

/** What the full view shows besides the help itself: the commune, the loads, the partner data. */
export interface FullViewState {
  config: Pick<Config, 'headingLevel' | 'quickExit' | 'reportUrl'>;
  resolution: CommuneResolution;
  partner: PartnerState['status'];
  /** The search field's text, as typed. */
  query: string;
  /** The parts under the first screen and the help view, once loaded for this commune. */
  loaded: { parts: FullParts; help: HelpView } | null;
  /** Those parts could not be loaded (offline). */
  failed: boolean;
}

/** The commune line « Aide pour Lille · Changer », or a notice and the picker. */
function communeLine(state: FullViewState, shell: Shell): TemplateResult {
  const { resolution } = state;
  const pickerOpen = shell.disclosures.isOpen('picker');
  const current = resolution.kind === 'found' ? resolution.commune.insee : null;
  const picker = (communes = allCommunes()) =>
    communePicker(communes, current, (commune) => shell.send({ type: 'pick', commune }));
  switch (resolution.kind) {
    case 'found':
      return html`<p class="commune-line">
          <span>${msg(str`Aide pour ${resolution.commune.name}`)}</span>
          <button
            class="link-button commune-toggle"
            type="button"
            aria-expanded=${pickerOpen ? 'true' : 'false'}
            @click=${() => shell.disclosures.toggle('picker')}
          >
            ${msg('Changer de commune')}
          </button>
        </p>
        ${pickerOpen ? picker() : nothing}`;
    case 'ambiguous':
      return html`<p part="notice" class="notice" role="status">
          ${msg(
            str`Le code postal ${resolution.input} correspond à plusieurs communes : choisissez la vôtre. En attendant, voici l’aide valable dans toute la métropole.`,
          )}
        </p>
        ${picker(resolution.candidates)}`;
    case 'unknown':
      return html`<p part="notice" class="notice" role="status">
          ${msg(
            str`La commune « ${resolution.input} » ne fait pas partie des 95 communes de la Métropole européenne de Lille. Choisissez votre commune ; en attendant, voici l’aide valable dans toute la métropole et en France.`,
          )}
        </p>
        ${picker()}`;
    case 'none':
      return html`<p>${msg('Choisissez votre commune pour voir l’aide près de chez vous.')}</p>
        ${picker()}`;
  }
}

function partnerStatus(status: PartnerState['status']): TemplateResult | typeof nothing {
  switch (status) {
    case 'loading':
      return html`<p class="meta" role="status">${msg('Chargement des contacts de ce site…')}</p>`;
    case 'refused':
      return html`<p part="notice" class="notice" role="status">
        ${msg(
          'Les contacts ajoutés par ce site n’ont pas pu être utilisés : ils sont incomplets ou mal formés. L’aide habituelle reste affichée.',
        )}
      </p>`;
    default:
      return nothing;
  }
}

/** While the rest loads, a line says so; if it cannot load, a notice says the numbers stay. */
function waiting(failed: boolean): TemplateResult {
  return failed
    ? html`<p part="notice" class="notice" role="status">
        ${msg(
          'La suite de l’aide n’a pas pu être chargée (connexion interrompue ?). Les numéros ci-dessus restent valables.',
        )}
      </p>`
    : html`<p class="meta">${msg('Chargement…')}</p>`;
}

/**
 * Moves focus where an action asked, once its render is on screen: a heading, or the first card
 * « Voir les N autres » brought into a group.
 */
export function moveFocus(root: ParentNode, target: FocusTarget, loaded: FullViewState['loaded']) {
  if (!target) return;
  const element =
    'selector' in target
      ? root.querySelector<HTMLElement>(target.selector)
      : loaded?.parts.rest.firstNewCard(root, loaded.help, target.group);
  element?.focus();
}

/** The widget: the quick exit, then the emergency band or the full view. */
export function widgetView(
  config: Config,
  exit: TemplateResult,
  state: FullViewState,
  shell: Shell,
): TemplateResult {
  const { view, theme, headingLevel, quickExit, helpUrl } = config;
  const { locale } = shell;
  return html`<div class="root ${theme} view-${view}" lang=${locale} dir=${directionOf(locale)}>
    ${quickExit ? exit : nothing}
    ${
      view === 'emergency'
        ? emergencyBand(FIRST_SCREEN_LINES, headingLevel, locale, helpUrl)
        : fullView(state, shell)
    }
  </div>`;
}

/** The full view: the first screen, then the directory, the answers and the footer once loaded. */
export function fullView(state: FullViewState, shell: Shell): TemplateResult {
  const { headingLevel, quickExit, reportUrl } = state.config;
  const { locale, disclosures, send } = shell;
  const { loaded } = state;
  const rest = loaded?.parts.rest;
  const protect =
    rest && disclosures.isOpen('protect')
      ? rest.protectSection(headingLevel + 1, quickExit, disclosures)
      : nothing;
  return html`${safetyBanner(quickExit, disclosures, () => send({ type: 'protect' }))} ${protect}
    ${heading(headingLevel, msg('Violences dans la famille ou le couple : trouver de l’aide'), {
      className: 'title',
    })}
    ${communeLine(state, shell)} ${partnerStatus(state.partner)}
    ${emergencyBlock(FIRST_SCREEN_LINES, headingLevel + 1, locale)}
    ${otherLines(FIRST_SCREEN_LINES, locale, disclosures)}
    <section
      class="directory"
      aria-labelledby="directory-title"
      aria-busy=${loaded || state.failed ? 'false' : 'true'}
    >
      ${searchField(headingLevel + 1, state.query, (query) => send({ type: 'query', query }))}
      ${loaded ? loaded.parts.rest.directoryBody(loaded.help, shell) : waiting(state.failed)}
    </section>
    ${
      loaded
        ? html`${loaded.parts.rest.questionsSection(
            loaded.help.answers,
            headingLevel + 1,
            { locale, disclosures, contacts: loaded.help.scoped },
            loaded.parts.answerCount,
          )}
          ${loaded.parts.rest.footer(reportUrl, locale)}`
        : nothing
    }`;
}
