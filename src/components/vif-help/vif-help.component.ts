import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { readConfig, type Config } from './config.js';
import { vifHelpStyles } from './vif-help.styles.js';
import { contactCard, dataText } from './contact-card.js';
import { communePicker } from './commune-picker.js';
import { heading } from './heading.js';
import { numberList } from './number-list.js';
import { protectSection } from './protect-section.js';
import { resetStyles } from '../../styles/reset.styles.js';
import { allCommunes, resolveCommune, type CommuneResolution } from '../../data/communes.js';
import { contactsForCommune, highlightedContacts } from '../../data/contacts.js';
import { createSearch, type Search } from '../../search/search.js';
import { answerFields, contactFields, pathFields } from '../../search/fields.js';
import { fitsPath } from '../../data/paths.js';
import { questionsSection } from './questions.js';
import { exitPage } from '../../safety/exit-page.js';
import { ExitShortcutController } from '../../safety/exit-shortcut.controller.js';
import { StickyExitController } from '../../safety/sticky-exit.controller.js';
import { PRESSES_TO_EXIT } from '../../safety/shift-sequence.js';
import { VifCommuneChangeEvent } from '../../events/commune-change.js';
import { VifExitEvent } from '../../events/exit.js';
import { VifDataErrorEvent } from '../../events/data-error.js';
import { PartnerDataController } from '../../data/partner.controller.js';
import { directionOf } from '../../localization/locale.js';
import { ClockController } from '../../hours/clock.controller.js';
import { isOpenAt } from '../../hours/opening-state.js';
import { LocaleController } from '../../localization/locale.controller.js';
import { pageLocale } from '../../localization/localization.js';
import type { Answer, Contact, Locale, LocalizedText, SituationPath } from '../../data/types.js';
import {
  ANSWERS,
  CATEGORIES,
  CONTACTS,
  DATA_DATE,
  PATHS,
  SYNONYMS,
} from '../../data/generated/data.js';
import { formatDate } from '../../localization/localized-text.js';

interface RelatedItem {
  text: LocalizedText;
  /** For toggles (situations): whether it is chosen. */
  pressed?: boolean;
  activate: () => void;
}

const EMERGENCY = highlightedContacts('emergency');
/** The searches of answers and situations, built on first use and shared by every instance. */
let answers: Search<Answer> | null = null;
let paths: Search<SituationPath> | null = null;
const answerSearch = () => (answers ??= createSearch(ANSWERS, answerFields(CATEGORIES), SYNONYMS));
const pathSearch = () => (paths ??= createSearch(PATHS, pathFields(CATEGORIES), SYNONYMS));
const TALK = highlightedContacts('talk');

/**
 * Help against domestic and intrafamily violence for one commune of the Métropole Européenne de
 * Lille: the emergency numbers, the lines to talk to someone, and a searchable directory of the
 * help that serves the commune, with a quick exit.
 *
 * @summary Emergency numbers, a searchable directory of help and a quick exit, for one commune of the MEL.
 *
 * @attr {string} lang - The interface language (`fr`, `en`, `ar`; BCP 47, `fr-FR` counts as `fr`). Default: the nearest ancestor's `lang`, else `<html lang>`, else `fr`.
 *
 * @fires {VifCommuneChangeEvent} vif-commune-change - A resident picked a commune in the widget.
 * @fires {VifExitEvent} vif-exit - Just before the quick exit leaves the page (not cancelable).
 * @fires {VifDataErrorEvent} vif-data-error - Partner data was refused as a whole; `reasons` says why.
 *
 * @csspart exit - The quick-exit link.
 * @csspart emergency - The block of "en danger maintenant" numbers.
 * @csspart search - The directory's search field.
 * @csspart list - The container of the directory's results.
 * @csspart contact - Each contact in that list.
 * @csspart notice - Every message about the configuration or the data.
 *
 * @cssproperty --vif-accent - Accent colour (quick exit, buttons). Default #5b2a86.
 * @cssproperty --vif-accent-text - Text on the accent colour. Default #ffffff.
 * @cssproperty --vif-emergency - Background of the emergency numbers. Default #a4161a.
 * @cssproperty --vif-emergency-text - Text on the emergency colour. Default #ffffff.
 * @cssproperty --vif-background - Background of the widget. Default #ffffff.
 * @cssproperty --vif-surface - Background of cards and notices. Default #f5f2f8.
 * @cssproperty --vif-text - Text colour. Default #1d1b20.
 * @cssproperty --vif-muted-text - Secondary text colour. Default #4a4458.
 * @cssproperty --vif-border - Border colour. Default #79747e.
 * @cssproperty --vif-focus - Focus ring colour. Default #0b57d0.
 * @cssproperty --vif-open-text - Colour of "open now". Default #1b5e20.
 * @cssproperty --vif-font-family - Font family. Default: the page's.
 * @cssproperty --vif-font-size - Base font size. Default: medium, the reader's own text size (a page's root font size does not shrink the widget).
 * @cssproperty --vif-radius - Corner radius. Default 0.5em.
 * @cssproperty --vif-space - Base spacing. Default 1em.
 * @cssproperty --vif-sticky-top - How far from the top of the window the quick exit sticks, e.g. below the page's own sticky header. Default 0px (the widget also moves it below a fixed or sticky header it finds there).
 * @cssproperty --vif-max-width - Maximum width of the widget. Default 48em.
 */
@localized()
export class VifHelp extends LitElement {
  static override styles = [resetStyles, vifHelpStyles];

  /**
   * The commune: an INSEE code ("59350"), a name in any case, with or without accents, hyphens or
   * apostrophes ("Villeneuve d'Ascq"), an associated commune ("Lomme" → Lille) or a postal code.
   * None: a commune picker and the metropolis-wide help. Unknown: a visible notice naming the
   * value, the picker and the metropolis-wide help, and one console warning. A postal code shared
   * by several communes: the picker restricted to them. Five digits that are an INSEE code are
   * read as one ("59350" is Lille, though it is also a postal code of Saint-André-lez-Lille); the
   * widget always shows the commune's name, with a way to change it.
   */
  @property() commune: string | null = null;

  /** `full` (default) or `emergency`: a compact band of the emergency numbers and the quick exit. */
  @property() view: string | null = null;

  /** `on` (default) or `off`: the quick exit; `off` is for professionals' intranets only. */
  @property({ attribute: 'quick-exit' }) quickExit: string | null = null;

  /**
   * Where the quick exit goes: an `https:` address (default https://meteofrance.com/, a neutral
   * page with nothing personal on it); anything else is refused with a warning.
   */
  @property({ attribute: 'exit-url' }) exitUrl: string | null = null;

  /** `light` (default), `dark`, or `auto` to follow the device's colour scheme. */
  @property() theme: string | null = null;

  /** The level (2 to 6, default 2) of the widget's top heading, to fit the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  /**
   * A comma-separated list of category ids that limits the directory (default: all): urgence,
   * ecoute, hebergement, police, droits, sante, accueil, enfants, auteurs.
   */
  @property() categories: string | null = null;

  /**
   * The time used for "open now" (default: the device's clock, read again every minute), for
   * previews and tests. Opening hours are always read in Europe/Paris time.
   */
  @property({ attribute: false }) now: Date | null = null;

  /**
   * The address of partner data: contacts in the format of data/contacts.json, fetched once
   * (https: or this site only, no cookie, at most 256 KB, within 8 s) and checked against the
   * same schema. Refused as a whole when anything is wrong: a visible notice, a `vif-data-error`
   * event with the reasons, and the widget's own data stays.
   */
  @property({ attribute: 'contacts-src' }) contactsSrc: string | null = null;

  /** `extend` (default): partner contacts join the widget's own; `replace`: they replace the directory. */
  @property({ attribute: 'contacts-mode' }) contactsMode: string | null = null;

  /** Partner data given by script: the `contacts` list of a data/contacts.json-like file. */
  @property({ attribute: false }) contacts: unknown = null;

  @state() private query = '';
  @state() private openNow = false;
  @state() private selectedPath: string | null = null;
  private readonly partner = new PartnerDataController(this, (reasons, source) => {
    console.warn(`<vif-help> partner data from ${source} refused:\n${reasons.join('\n')}`);
    this.dispatchEvent(new VifDataErrorEvent(reasons, source));
  });
  private partnerVersion = 0;
  @state() private selectedCategories: ReadonlySet<string> = new Set();
  @state() private pickerOpen = false;

  private config: Config = readConfig({}).config;
  private configRead = false;
  private resolution: CommuneResolution = { kind: 'none' };
  private scopedContacts: Contact[] = [];
  private scopedById: ReadonlyMap<string, Contact> = new Map();
  private directorySearch: Search<Contact> | null = null;
  private results: Contact[] = [];
  private resultInputs: unknown[] = [];
  private relatedAnswers: Answer[] = [];
  private relatedPaths: SituationPath[] = [];
  private readonly warned = new Set<string>();
  private readonly shortcut = new ExitShortcutController(
    this,
    () => this.config.quickExit,
    () => this.exit('shortcut'),
  );

  constructor() {
    super();
    // Controllers register themselves with the element; nothing else needs to hold them.
    new LocaleController(this, (message) => this.warnOnce(message));
    new ClockController(this);
    new StickyExitController(this, () => this.renderRoot.querySelector<HTMLElement>('.exit-bar'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged =
      !this.configRead ||
      (
        [
          'view',
          'quickExit',
          'exitUrl',
          'theme',
          'headingLevel',
          'categories',
          'contactsMode',
        ] as const
      ).some((key) => changed.has(key));
    if (configChanged) {
      const { config, warnings } = readConfig(this);
      this.config = config;
      this.configRead = true;
      warnings.forEach((warning) => this.warnOnce(warning));
      this.shortcut.sync();
    }
    if (changed.has('contacts') && this.contacts !== null && this.contacts !== undefined) {
      this.partner.accept({ contacts: this.contacts }, 'contacts');
    }
    const partnerChanged = this.partner.version !== this.partnerVersion;
    this.partnerVersion = this.partner.version;
    if (changed.has('commune') || configChanged || partnerChanged) {
      const previousInsee = this.communeInsee;
      this.resolution = resolveCommune(this.commune);
      if (this.resolution.kind === 'unknown') {
        this.warnOnce(
          `commune=${JSON.stringify(this.resolution.input)} is not a commune of the Métropole Européenne de Lille (INSEE code, name or postal code); showing the commune picker and the metropolis-wide help.`,
        );
      }
      if (
        configChanged ||
        partnerChanged ||
        this.communeInsee !== previousInsee ||
        !this.directorySearch
      ) {
        const allowed = new Set(this.config.categories.map((category) => category.id));
        this.scopedContacts = contactsForCommune(
          this.communeInsee,
          this.directoryContacts(),
        ).filter((contact) => contact.categories.some((id) => allowed.has(id)));
        this.scopedById = new Map(this.scopedContacts.map((contact) => [contact.id, contact]));
        this.directorySearch = createSearch(
          this.scopedContacts,
          contactFields(CATEGORIES),
          SYNONYMS,
        );
      }
    }
    // Updates come for many reasons (a Shift press, the minute clock, a language switch): search
    // again only when what the results depend on has changed.
    const time = this.currentTime();
    const inputs = [
      this.directorySearch,
      this.query,
      this.selectedCategories,
      this.selectedPath,
      this.openNow,
      this.openNow ? Math.floor(time.getTime() / 60_000) : 0,
    ];
    if (inputs.some((input, index) => input !== this.resultInputs[index])) {
      this.resultInputs = inputs;
      const path = PATHS.find((candidate) => candidate.id === this.selectedPath);
      this.results = this.directorySearch!.search(this.query).filter(
        (contact) =>
          (this.selectedCategories.size === 0 ||
            contact.categories.some((id) => this.selectedCategories.has(id))) &&
          (!path || fitsPath(contact, path)) &&
          (!this.openNow || isOpenAt(contact.openingHours, time)),
      );
    }
    if ((changed as PropertyValues).has('query')) {
      const query = this.query.trim();
      this.relatedAnswers = query ? answerSearch().search(query).slice(0, 3) : [];
      this.relatedPaths = query ? pathSearch().search(query).slice(0, 2) : [];
    }
  }

  /** The interface locale, shared by every widget of the page (see LocaleController). */
  private get locale(): Locale {
    return pageLocale();
  }

  private get communeInsee(): string | null {
    return this.resolution.kind === 'found' ? this.resolution.commune.insee : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('contactsSrc')) void this.partner.loadFrom(this.contactsSrc);
  }

  /** The contacts the directory draws from: the widget's own, with or without the partner's. */
  private directoryContacts(): readonly Contact[] {
    const { state } = this.partner;
    if (state.status !== 'ready') return CONTACTS;
    return this.config.contactsMode === 'replace'
      ? state.contacts
      : [...state.contacts, ...CONTACTS];
  }

  private renderPartnerStatus(): TemplateResult | typeof nothing {
    switch (this.partner.state.status) {
      case 'loading':
        return html`<p class="meta" role="status">
          ${msg('Chargement des contacts de ce site…')}
        </p>`;
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

  private currentTime(): Date {
    return this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<vif-help> ${message}`);
  }

  /** Covers the page, tells the page, then leaves without adding a history entry. */
  private exit(trigger: VifExitEvent['trigger']): void {
    const { exitUrl } = this.config;
    const leaving = new VifExitEvent(exitUrl, trigger);
    this.dispatchEvent(leaving);
    exitPage(exitUrl, msg('Chargement…'));
  }

  private readonly onExitClick = (event: MouseEvent) => {
    // A modified click (new tab, new window) is left to the browser.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    this.exit('button');
  };

  private readonly showProtectSection = () => {
    const title = this.renderRoot.querySelector<HTMLElement>('#protect-title');
    title?.scrollIntoView({ block: 'start' });
    title?.focus();
  };

  private readonly onPick = (insee: string) => {
    this.commune = insee;
    this.pickerOpen = false;
    const picked = resolveCommune(insee);
    if (picked.kind === 'found') {
      this.dispatchEvent(new VifCommuneChangeEvent(picked.commune.insee, picked.commune.name));
    }
  };

  private readonly onSearchInput = (event: InputEvent) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private readonly onOpenNowToggle = (event: Event) => {
    this.openNow = (event.target as HTMLInputElement).checked;
  };

  private readonly onCategoryToggle = (event: Event) => {
    const checkbox = event.target as HTMLInputElement;
    const next = new Set(this.selectedCategories);
    if (checkbox.checked) next.add(checkbox.value);
    else next.delete(checkbox.value);
    this.selectedCategories = next;
  };

  protected override render(): TemplateResult {
    const { view, theme, headingLevel } = this.config;
    return html`<div
      class="root ${theme} view-${view}"
      lang=${this.locale}
      dir=${directionOf(this.locale)}
    >
      ${this.renderExit()}
      ${
        view === 'emergency'
          ? this.renderEmergency(headingLevel)
          : html`${heading(
                headingLevel,
                msg('Violences dans la famille ou le couple : trouver de l’aide'),
                {
                  className: 'title',
                },
              )}
              ${this.renderCommune()} ${this.renderPartnerStatus()}
              ${this.renderEmergency(headingLevel + 1)} ${this.renderTalk(headingLevel + 1)}
              ${this.renderSituations(headingLevel + 1)} ${this.renderDirectory(headingLevel + 1)}
              ${questionsSection(ANSWERS, this.scopedById, headingLevel + 1, this.locale)}
              ${protectSection(headingLevel + 1, this.config.quickExit)}
              <footer class="meta footer">
                <p>${msg(str`Données mises à jour le ${formatDate(DATA_DATE, this.locale)}.`)}</p>
              </footer>`
      }
    </div>`;
  }

  private renderExit(): TemplateResult | typeof nothing {
    if (!this.config.quickExit) return nothing;
    const { count, expired } = this.shortcut;
    const remaining = PRESSES_TO_EXIT - count;
    let status = '';
    if (count > 0) {
      status =
        remaining === 1
          ? msg('Maj : appuyez encore 1 fois pour quitter la page.')
          : msg(str`Maj : appuyez encore ${remaining} fois pour quitter la page.`);
    } else if (expired) {
      status = msg('Sortie rapide annulée.');
    }
    return html`<a
        class="visually-hidden-focusable secondary-exit"
        href=${this.config.exitUrl}
        rel="noreferrer nofollow"
        @click=${this.onExitClick}
        >${msg('Quitter rapidement ce site (sortie de sécurité)')}</a
      >
      <div class="exit-bar">
        <a
          part="exit"
          class="exit"
          href=${this.config.exitUrl}
          rel="noreferrer nofollow"
          @click=${this.onExitClick}
          ><span class="visually-hidden">${msg('Sortie de sécurité :')} </span>${msg(
            'Quitter rapidement',
          )}<span class="presses" aria-hidden="true"
            >${Array.from(
              { length: PRESSES_TO_EXIT },
              (_, index) => html`<span class="press ${index < count ? 'on' : ''}"></span>`,
            )}</span
          ></a
        >
        <span class="visually-hidden" role="status">${status}</span>
      </div>`;
  }

  private renderCommune(): TemplateResult {
    const resolution = this.resolution;
    const picker = (communes = allCommunes()) =>
      communePicker(communes, this.communeInsee, this.onPick);
    switch (resolution.kind) {
      case 'found':
        return html`<p class="commune-line">
            <span>${msg(str`Aide pour ${resolution.commune.name}`)}</span>
            <button
              class="link-button"
              type="button"
              aria-expanded=${this.pickerOpen ? 'true' : 'false'}
              @click=${() => (this.pickerOpen = !this.pickerOpen)}
            >
              ${msg('Changer de commune')}
            </button>
          </p>
          ${this.pickerOpen ? picker() : nothing}`;
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

  private renderEmergency(level: number): TemplateResult {
    return html`<section part="emergency" class="emergency" aria-labelledby="emergency-title">
      ${heading(level, msg('En danger maintenant'), { id: 'emergency-title', className: 'section-title' })}
      ${numberList(EMERGENCY, this.locale, { traceNotes: false })}
      ${
        this.config.view === 'full'
          ? html`<p class="trace">
              ${msg('Un appel ou un SMS reste dans l’historique du téléphone.')}
              <button class="link-button" type="button" @click=${this.showProtectSection}>
                ${msg('Limiter les traces')}
              </button>
            </p>`
          : nothing
      }
    </section>`;
  }

  private renderTalk(level: number): TemplateResult {
    return html`<section class="talk" aria-labelledby="talk-title">
      ${heading(level, msg('Parler à quelqu’un'), { id: 'talk-title', className: 'section-title' })}
      ${numberList(TALK, this.locale, { traceNotes: true })}
    </section>`;
  }

  private readonly selectPath = (id: string) => {
    this.selectedPath = this.selectedPath === id ? null : id;
  };

  /** Opens an answer of "Vos questions" and brings it into view, focus on its question. */
  private readonly openAnswer = (id: string) => {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>(`#answer-${CSS.escape(id)}`);
    if (!details) return;
    details.open = true;
    const summary = details.querySelector('summary');
    summary?.scrollIntoView({ block: 'start' });
    summary?.focus();
  };

  private renderSituations(level: number): TemplateResult {
    const selected = PATHS.find((path) => path.id === this.selectedPath);
    return html`<section class="situations" aria-labelledby="situations-title">
      ${heading(level, msg('Quelle est votre situation ?'), {
        id: 'situations-title',
        className: 'section-title',
      })}
      <ul class="situation-list">
        ${PATHS.map(
          (path) =>
            html`<li>
              <button
                type="button"
                class="situation"
                aria-pressed=${path.id === this.selectedPath ? 'true' : 'false'}
                @click=${() => this.selectPath(path.id)}
              >
                ${dataText(path.label, this.locale)}
              </button>
            </li>`,
        )}
      </ul>
      ${
        selected
          ? html`<div class="situation-intro">
              <p>${dataText(selected.intro, this.locale)}</p>
              ${this.relatedList(
                msg('Pour aller plus loin :'),
                this.answerItems(ANSWERS.filter((answer) => selected.answers.includes(answer.id))),
              )}
              <p class="meta">
                ${msg('La liste d’aide ci-dessous ne montre plus que ce qui correspond à cette situation.')}
              </p>
            </div>`
          : nothing
      }
    </section>`;
  }

  /** Answers as buttons that open them in "Vos questions". */
  private answerItems(answers: readonly Answer[]): RelatedItem[] {
    return answers.map((answer) => ({
      text: answer.question,
      activate: () => this.openAnswer(answer.id),
    }));
  }

  /** A labelled list of buttons that lead elsewhere in the widget (answers, situations). */
  private relatedList(
    label: string,
    items: readonly RelatedItem[],
  ): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return html`<p class="related-label">${label}</p>
      <ul class="related">
        ${items.map(
          (item) =>
            html`<li>
              <button
                type="button"
                class="link-button"
                aria-pressed=${ifDefined(item.pressed === undefined ? undefined : item.pressed ? 'true' : 'false')}
                @click=${item.activate}
              >
                ${dataText(item.text, this.locale)}
              </button>
            </li>`,
        )}
      </ul>`;
  }

  private renderRelated(): TemplateResult | typeof nothing {
    if (this.relatedAnswers.length === 0 && this.relatedPaths.length === 0) return nothing;
    return html`<div class="related-block">
      ${this.relatedList(msg('Questions liées :'), this.answerItems(this.relatedAnswers))}
      ${this.relatedList(
        msg('Situations liées :'),
        this.relatedPaths.map((path) => ({
          text: path.label,
          pressed: path.id === this.selectedPath,
          activate: () => this.selectPath(path.id),
        })),
      )}
    </div>`;
  }

  private renderDirectory(level: number): TemplateResult {
    const time = this.currentTime();
    const inScope = new Set(this.scopedContacts.flatMap((contact) => contact.categories));
    const filters = this.config.categories.filter((category) => inScope.has(category.id));
    return html`<section class="directory" aria-labelledby="directory-title">
      ${heading(level, msg('Trouver de l’aide près de chez vous'), {
        id: 'directory-title',
        className: 'section-title',
      })}
      <div role="search">
        <label for="directory-search">${msg('Rechercher une aide')}</label>
        <p id="directory-search-hint" class="meta">
          ${msg('Par exemple : hébergement, avocat, enfant, plainte.')}
        </p>
        <input
          id="directory-search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .enterKeyHint=${'search'}
          aria-describedby="directory-search-hint"
          .value=${this.query}
          @input=${this.onSearchInput}
        />
      </div>
      ${
        filters.length > 1
          ? html`<fieldset class="filters">
              <legend>${msg('Filtrer par catégorie')}</legend>
              <div class="chips">
                ${filters.map(
                  (category) =>
                    html`<label class="chip">
                      <input
                        type="checkbox"
                        value=${category.id}
                        .checked=${this.selectedCategories.has(category.id)}
                        @change=${this.onCategoryToggle}
                      />${dataText(category.label, this.locale)}
                    </label>`,
                )}
              </div>
            </fieldset>`
          : nothing
      }
      ${this.renderRelated()}
      <label class="chip open-now">
        <input type="checkbox" .checked=${this.openNow} @change=${this.onOpenNowToggle} />${msg(
          'Ouvert maintenant',
        )}
      </label>
      <p class="count" role="status">${this.resultCountText()}</p>
      ${
        this.openNow && !this.results.some((contact) => contact.scope.type !== 'national')
          ? html`<p class="notice">
              ${msg(
                'À cette heure, les lieux d’aide proches de chez vous sont fermés. Les lignes ci-dessous répondent 24 h/24.',
              )}
            </p>`
          : nothing
      }
      <ul part="list" class="contacts">
        ${this.results.map((contact) => contactCard(contact, level + 1, this.locale, time))}
      </ul>
    </section>`;
  }

  private resultCountText(): string {
    const count = this.results.length;
    if (count === 0) {
      return msg('Aucune aide ne correspond. Essayez un autre mot, ou appelez le 3919, 24 h/24.');
    }
    return new Intl.PluralRules(this.locale).select(count) === 'one'
      ? msg(str`${count} aide trouvée`)
      : msg(str`${count} aides trouvées`);
  }
}
