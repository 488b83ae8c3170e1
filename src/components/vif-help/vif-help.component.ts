import {
  LitElement,
  adoptStyles,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { configChanged, readConfig, type Config } from './config.js';
import { vifHelpStyles } from './vif-help.styles.js';
import { communePicker } from './commune-picker.js';
import { heading } from './heading.js';
import { searchField } from './search-field.js';
import { emergencyBand, emergencyBlock, otherLines, safetyBanner } from './first-screen.js';
import { exitBar } from './exit-bar.js';
import type { Disclosures } from './disclosure.js';
import { exitBarStyles } from './exit-bar.styles.js';
import { firstScreenStyles } from './first-screen.styles.js';
import { resetStyles } from '../../styles/reset.styles.js';
import { allCommunes, resolveCommune, type CommuneResolution } from '../../data/communes.js';
import { FIRST_SCREEN_LINES } from '../../data/blocks.js';
import {
  loadAnswers,
  loadAreaContacts,
  loadCommuneContacts,
  loadTexts,
  mergeContacts,
  once,
  type Texts,
} from '../../data/loader.js';
import type { Search } from '../../search/search.js';
import type { Directory, DirectoryView, GroupId } from '../../directory/directory.js';
import { exitPage } from '../../safety/exit-page.js';
import { ExitShortcutController } from '../../safety/exit-shortcut.controller.js';
import { StickyExitController } from '../../safety/sticky-exit.controller.js';
import { VifCommuneChangeEvent } from '../../events/commune-change.js';
import { VifExitEvent } from '../../events/exit.js';
import { VifDataErrorEvent } from '../../events/data-error.js';
import { PartnerDataController } from '../../data/partner.controller.js';
import { directionOf } from '../../localization/locale.js';
import { ClockController } from '../../hours/clock.controller.js';
import { FirstPaintController } from './first-paint.controller.js';
import { AnnouncerController } from './announcer.controller.js';
import { afterPaint } from './after-paint.js';
import { drawLauncher, removeLauncher } from './launcher.js';
import { LocaleController } from '../../localization/locale.controller.js';
import { pageLocale } from '../../localization/localization.js';
import { CATEGORIES } from '../../data/generated/core.js';
import type { Answer, Contact, Locale, SituationPath } from '../../data/types.js';

/** Everything of the full view under the first screen: a chunk loaded after the first paint. */
type Rest = typeof import('./rest.js');
const loadRest = once<Rest>(() => import('./rest.js'));

/** What the full view needs beyond the first screen, for one commune (or none). */
interface FullParts {
  rest: Rest;
  texts: Texts;
  /** The widget's own contacts that serve this commune or wider, in the data's order. */
  contacts: readonly Contact[];
  /** The national lines of the blocks above the directory, whole. */
  nationalLines: readonly Contact[];
  /** The lines a resident is given whatever the query: 17 and 3919. */
  fallbackLines: readonly Contact[];
  insee: string | null;
  /** The locale whose files these are (their texts in French and in it). */
  locale: Locale;
}

const LINES = FIRST_SCREEN_LINES;
/** The searches of answers and situations, built on first use and shared by every instance. */
const answerIndexes = new WeakMap<readonly Answer[], Search<Answer>>();
const pathIndexes = new WeakMap<readonly SituationPath[], Search<SituationPath>>();
const NO_GROUPS: ReadonlySet<GroupId> = new Set();
/** 17 and 3919, given whatever the query. */
const FALLBACK_IDS = LINES.primary
  .filter((line) => line.id !== 'urgence-sms-114')
  .map((line) => line.id);

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
 * @csspart contact - Each contact in that list (a card, or a one-line row for a national line).
 * @csspart notice - Every message about the configuration or the data.
 * @csspart launcher - With `view="launcher"`: its button, which opens the full widget in a modal dialog.
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
  static override styles = [resetStyles, vifHelpStyles, exitBarStyles, firstScreenStyles];

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

  /**
   * `full` (default); `emergency`: a compact band of the emergency numbers and the quick exit;
   * `launcher`: one discreet button, for the footer of every page, that opens the full widget in a
   * modal dialog (its quick exit and Shift×3 only while it is open).
   */
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

  /**
   * Where "Signaler une erreur" leads: a `mailto:` or `https:` address (the MEL's, or the
   * commune's). None: no link. Anything else is refused with one warning.
   */
  @property({ attribute: 'report-url' }) reportUrl: string | null = null;

  /**
   * With `view="emergency"`: the page that holds the full widget, for the "Plus d'aide" link; an
   * `https:` address or a path of the same site ("/aide-violences"). None: no link. Anything else
   * is refused with one warning.
   */
  @property({ attribute: 'help-url' }) helpUrl: string | null = null;

  /** Partner data given by script: the `contacts` list of a data/contacts.json-like file. */
  @property({ attribute: false }) contacts: unknown = null;

  @state() private query = '';
  @state() private openNow = false;
  @state() private selectedPath: string | null = null;
  @state() private selectedCategories: ReadonlySet<string> = new Set();
  @state() private pickerOpen = false;
  /** Disclosures open now (a card's details, an answer, the other lines…): see Disclosures. */
  @state() private opened: ReadonlySet<string> = new Set();
  /** Groups whose "Voir les N autres" was pressed, for the current request. */
  @state() private expanded: ReadonlySet<GroupId> = NO_GROUPS;
  /** The parts of the full view under the first screen, once loaded for the current commune. */
  @state() private parts: FullParts | null = null;
  /** Those parts could not be loaded (offline): the first screen stays, with a notice. */
  @state() private partsFailed = false;
  /** The answers, loaded on first use (a query, a situation, "Vos questions"), in a locale. */
  @state() private loadedAnswers: { locale: Locale; answers: readonly Answer[] } | null = null;

  /** Loads in progress: `updateComplete` waits for them and for the render that follows. */
  private readonly pending = new Set<Promise<unknown>>();
  /** The first screen has been painted: the rest may load. */
  private mayLoad = false;
  /** The commune and locale whose parts are loaded or loading ("59350|fr"; "|fr": no commune). */
  private partsFor: string | undefined = undefined;
  private readonly track = (work: Promise<unknown>) => {
    const settled = work.then(
      () => {},
      () => {},
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  };

  private readonly partner = new PartnerDataController(
    this,
    (reasons, source) => {
      console.warn(`<vif-help> partner data from ${source} refused:\n${reasons.join('\n')}`);
      this.dispatchEvent(new VifDataErrorEvent(reasons, source));
    },
    this.track,
  );
  private partnerVersion = 0;
  private config: Config = readConfig({}).config;
  private configRead = false;
  private resolution: CommuneResolution = { kind: 'none' };
  private directory: Directory | null = null;
  private directoryView: DirectoryView | null = null;
  private relatedAnswers: Answer[] = [];
  private relatedPaths: SituationPath[] = [];
  /** Where focus goes once the next render is on screen (a heading, the first new card). */
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | null = null;
  private readonly warned = new Set<string>();
  private readonly localeController: LocaleController;
  private readonly shortcut = new ExitShortcutController(
    this,
    // view="launcher": the dialog's own widget listens while it is open, never the launcher.
    () => this.config.quickExit && this.config.view !== 'launcher',
    () => this.exit('shortcut'),
  );

  private readonly disclosures: Disclosures = {
    isOpen: (key) => this.opened.has(key),
    toggle: (key) => {
      const next = new Set(this.opened);
      if (!next.delete(key)) next.add(key);
      this.opened = next;
    },
  };

  constructor() {
    super();
    // Controllers register themselves with the element; nothing else needs to hold them.
    this.localeController = new LocaleController(
      this,
      (message) => this.warnOnce(message),
      this.track,
    );
    new ClockController(this);
    new AnnouncerController(this);
    new FirstPaintController(this, this.onQuery);
    new StickyExitController(this, () => this.renderRoot.querySelector<HTMLElement>('.exit-bar'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const readAgain = !this.configRead || configChanged(changed as PropertyValues);
    if (readAgain) {
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
    if (changed.has('commune') || readAgain || partnerChanged) {
      const previous = this.resolvedCommune;
      this.resolution = resolveCommune(this.commune);
      if (this.resolution.kind === 'unknown') {
        this.warnOnce(
          `commune=${JSON.stringify(this.resolution.input)} is not a commune of the Métropole Européenne de Lille (INSEE code, name or postal code); showing the commune picker and the metropolis-wide help.`,
        );
      }
      if (this.resolvedCommune !== previous) this.directory = null;
      if (readAgain || partnerChanged) this.directory = null;
    }
    if ((changed as PropertyValues).has('parts')) this.directory = null;
    const parts = this.currentParts();
    if (parts && !this.directory) {
      const { rest, texts } = parts;
      this.directory = rest.createDirectory({
        contacts: this.directoryContacts(parts),
        commune: this.resolvedCommune,
        allowedCategories: new Set(this.config.categories.map((category) => category.id)),
        nationalLines: parts.nationalLines,
        fromPage: this.pageContacts(),
        createSearch: (contacts: readonly Contact[]) =>
          rest.createSearch(contacts, rest.contactFields(CATEGORIES), texts.SYNONYMS),
      });
    }
    if (this.config.view === 'full' && this.directory) {
      this.directoryView = this.directory.view({
        query: this.query,
        path: this.path,
        categories: this.selectedCategories,
        openNow: this.openNow,
        now: this.currentTime(),
        expanded: this.expanded,
      });
    }
    const query = this.query.trim();
    if (query !== '' || this.selectedPath !== null || this.opened.has('questions'))
      this.requestAnswers();
    const c = changed as PropertyValues;
    if (c.has('query') || c.has('parts') || c.has('loadedAnswers')) {
      const answers = this.answers;
      this.relatedAnswers =
        query && parts && answers ? this.searchAnswers(parts, answers, query) : [];
      this.relatedPaths = query && parts ? this.searchPaths(parts, query) : [];
    }
  }

  private searchAnswers(
    { rest, texts }: FullParts,
    answers: readonly Answer[],
    query: string,
  ): Answer[] {
    let index = answerIndexes.get(answers);
    if (!index) {
      index = rest.createSearch(answers, rest.answerFields(CATEGORIES), texts.SYNONYMS);
      answerIndexes.set(answers, index);
    }
    return rest.answersForQuery(index, answers, query);
  }

  private searchPaths({ rest, texts }: FullParts, query: string): SituationPath[] {
    let index = pathIndexes.get(texts.PATHS);
    if (!index) {
      index = rest.createSearch(texts.PATHS, rest.pathFields(CATEGORIES), texts.SYNONYMS);
      pathIndexes.set(texts.PATHS, index);
    }
    return index.search(query).slice(0, 2);
  }

  /** The answers, once loaded (in the page's locale, or the one before it while it loads). */
  private get answers(): readonly Answer[] | null {
    return this.loadedAnswers?.answers ?? null;
  }

  /**
   * The parts of the full view, if they are loaded for the commune now shown (in the page's
   * locale, or the one before it while the new locale's files load).
   */
  private currentParts(): FullParts | null {
    const parts = this.parts;
    return parts && parts.insee === (this.resolvedCommune?.insee ?? null) ? parts : null;
  }

  /** Loads the answers once something asks for them; every widget of the page shares them. */
  private requestAnswers(): void {
    const locale = this.locale;
    if (this.loadedAnswers?.locale === locale || this.answersFor === locale) return;
    this.answersFor = locale;
    const work = loadAnswers(locale).then(
      (answers) => {
        if (this.answersFor === locale) this.loadedAnswers = { locale, answers };
      },
      () => {
        // Offline: "Vos questions" stays closed-empty; the next need tries again.
        if (this.answersFor === locale) this.answersFor = null;
      },
    );
    this.track(work);
  }

  /** The locale whose answers are loaded or loading. */
  private answersFor: Locale | null = null;

  /**
   * Loads, after the first screen has been painted, what the full view shows under it for the
   * commune now chosen: the rest of the code, the contacts of the metropolis and wider, the
   * commune's own file (only this one), the situations. Again when the commune changes.
   */
  private loadParts(): void {
    if (!this.mayLoad || this.config.view !== 'full') return;
    const insee = this.resolvedCommune?.insee ?? null;
    const locale = this.locale;
    const key = `${insee ?? ''}|${locale}`;
    if (this.partsFor === key) return;
    this.partsFor = key;
    const work = Promise.all([
      loadRest(),
      loadTexts(locale),
      loadAreaContacts(locale),
      loadCommuneContacts(insee, locale),
    ]).then(
      ([rest, texts, area, own]) => {
        if (this.partsFor !== key) return;
        this.adoptRestStyles(rest);
        const nationalLines = area.filter((contact) => contact.highlight);
        this.parts = {
          rest,
          texts,
          contacts: mergeContacts(area, own),
          nationalLines,
          fallbackLines: FALLBACK_IDS.flatMap(
            (id) => nationalLines.find((line) => line.id === id) ?? [],
          ),
          insee,
          locale,
        };
        this.partsFailed = false;
      },
      () => {
        if (this.partsFor !== key) return;
        this.partsFailed = true;
      },
    );
    this.track(work);
  }

  private restStylesAdopted = false;

  /** The styles of the parts under the first screen, added once their chunk has arrived. */
  private adoptRestStyles(rest: Rest): void {
    if (this.restStylesAdopted || !(this.renderRoot instanceof ShadowRoot)) return;
    this.restStylesAdopted = true;
    adoptStyles(this.renderRoot, [...VifHelp.elementStyles, ...rest.restStyles]);
  }

  protected override firstUpdated(): void {
    // After the first paint, and once the page's language is loaded: its files are the ones.
    this.track(
      afterPaint()
        .then(() => this.localeController.ready)
        .then(() => {
          this.mayLoad = true;
          this.loadParts();
        }),
    );
  }

  /** Also waits for the parts and locales being loaded, and for the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pending.size > 0) {
      await Promise.all([...this.pending]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // view="launcher" (launcher.ts): a button and its dialog, plain DOM beside this render.
    if (this.config.view !== 'launcher') removeLauncher(this);
    else {
      const texts = { label: msg('Violences dans le couple ou la famille : trouver de l’aide') };
      drawLauncher(this, { texts: { ...texts, close: msg('Fermer') }, locale: this.locale });
    }
    this.loadParts();
    if (changed.has('contactsSrc')) void this.partner.loadFrom(this.contactsSrc);
    const target = this.focusAfterUpdate?.();
    this.focusAfterUpdate = null;
    target?.focus();
  }

  /** The interface locale, shared by every widget of the page (see LocaleController). */
  private get locale(): Locale {
    return pageLocale();
  }

  /** The commune the `commune` attribute resolved to, if any. */
  private get resolvedCommune() {
    return this.resolution.kind === 'found' ? this.resolution.commune : null;
  }

  private get path(): SituationPath | null {
    const paths = this.currentParts()?.texts.PATHS ?? [];
    return paths.find((candidate) => candidate.id === this.selectedPath) ?? null;
  }

  /** The contacts the page gave and the widget accepted. */
  private pageContacts(): ReadonlySet<Contact> {
    const { state } = this.partner;
    return new Set(state.status === 'ready' ? state.contacts : []);
  }

  /** The contacts the directory draws from: the widget's own, with or without the partner's. */
  private directoryContacts({ contacts }: FullParts): readonly Contact[] {
    const { state } = this.partner;
    if (state.status !== 'ready') return contacts;
    return this.config.contactsMode === 'replace'
      ? state.contacts
      : [...state.contacts, ...contacts];
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
    this.dispatchEvent(new VifExitEvent(exitUrl, trigger));
    exitPage(exitUrl, msg('Chargement…'));
  }

  private readonly onExitClick = (event: MouseEvent) => {
    // A modified click (new tab, new window) is left to the browser.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    this.exit('button');
  };

  /** Opens "Protéger votre navigation" in place, under the banner, with focus on its heading. */
  private readonly toggleProtect = () => {
    const opening = !this.opened.has('protect');
    this.disclosures.toggle('protect');
    if (opening) this.focusAfterUpdate = () => this.find('#protect-title');
  };

  private find(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  private readonly onPick = (insee: string) => {
    this.commune = insee;
    this.pickerOpen = false;
    this.expanded = NO_GROUPS;
    // The picker goes with its button: focus goes back to the commune line's own button.
    this.focusAfterUpdate = () => this.find('.commune-toggle');
    const picked = resolveCommune(insee);
    if (picked.kind === 'found') {
      this.dispatchEvent(new VifCommuneChangeEvent(picked.commune.insee, picked.commune.name));
    }
  };

  /** Typing and choosing a situation are two ways of asking: each one replaces the other. */
  private readonly onQuery = (query: string) => {
    this.query = query;
    this.expanded = NO_GROUPS;
    if (query.trim() !== '') this.selectedPath = null;
  };

  private readonly onSelectPath = (id: string) => {
    this.selectedPath = this.selectedPath === id ? null : id;
    this.query = '';
    this.expanded = NO_GROUPS;
  };

  private readonly onCategory = (id: string, on: boolean) => {
    const next = new Set(this.selectedCategories);
    if (on) next.add(id);
    else next.delete(id);
    this.selectedCategories = next;
    this.expanded = NO_GROUPS;
  };

  private readonly onOpenNow = (on: boolean) => {
    this.openNow = on;
    this.expanded = NO_GROUPS;
  };

  /**
   * Shows a group's other cards and moves focus to the first of them: the one after those the
   * group showed (a commune's doors count in its first page, so that is not always the page size).
   */
  private readonly onShowMore = (group: GroupId) => {
    const firstNew =
      this.directoryView?.groups.find((candidate) => candidate.id === group)?.shown.length ?? 0;
    this.expanded = new Set([...this.expanded, group]);
    this.focusAfterUpdate = () =>
      this.renderRoot
        .querySelectorAll<HTMLElement>(
          `[aria-labelledby="group-${group}"] .cards:not(.doors) article`,
        )
        .item(firstNew);
  };

  private readonly openQuestions = () => {
    if (!this.opened.has('questions')) this.disclosures.toggle('questions');
    this.focusAfterUpdate = () => this.find('#questions-title');
  };

  protected override render(): TemplateResult | typeof nothing {
    const { view, theme, headingLevel, quickExit } = this.config;
    if (view === 'launcher') return nothing;
    return html`<div
      class="root ${theme} view-${view}"
      lang=${this.locale}
      dir=${directionOf(this.locale)}
    >
      ${
        quickExit
          ? exitBar(
              this.config.exitUrl,
              this.shortcut.count,
              this.shortcut.expired,
              this.onExitClick,
            )
          : nothing
      }
      ${
        view === 'emergency'
          ? emergencyBand(LINES, headingLevel, this.locale, this.config.helpUrl)
          : this.renderFull()
      }
    </div>`;
  }

  private renderFull(): TemplateResult {
    const { headingLevel, quickExit } = this.config;
    const locale = this.locale;
    const parts = this.currentParts();
    const protect =
      this.opened.has('protect') && parts
        ? parts.rest.protectSection(headingLevel + 1, quickExit, this.disclosures)
        : nothing;
    return html`${safetyBanner(quickExit, this.disclosures, this.toggleProtect)} ${protect}
      ${heading(headingLevel, msg('Violences dans la famille ou le couple : trouver de l’aide'), {
        className: 'title',
      })}
      ${this.renderCommune()} ${this.renderPartnerStatus()}
      ${emergencyBlock(LINES, headingLevel + 1, locale)}
      ${otherLines(LINES, locale, this.disclosures)}
      <section
        class="directory"
        aria-labelledby="directory-title"
        aria-busy=${parts || this.partsFailed ? 'false' : 'true'}
      >
        ${searchField(headingLevel + 1, this.query, this.onQuery)}
        ${parts && this.directory ? this.renderDirectory(parts, this.directory) : this.renderWaiting()}
      </section>
      ${
        parts
          ? html`${parts.rest.questionsSection(
              this.answers ?? [],
              headingLevel + 1,
              this.answerContext(parts, this.directory!),
              parts.texts.ANSWER_COUNT,
            )}
            ${parts.rest.footer(this.config.reportUrl, locale)}`
          : nothing
      }`;
  }

  /** While the rest loads, a line says so; if it cannot load, a notice says the numbers stay. */
  private renderWaiting(): TemplateResult {
    return this.partsFailed
      ? html`<p part="notice" class="notice" role="status">
          ${msg(
            'La suite de l’aide n’a pas pu être chargée (connexion interrompue ?). Les numéros ci-dessus restent valables.',
          )}
        </p>`
      : html`<p class="meta">${msg('Chargement…')}</p>`;
  }

  private answerContext(_parts: FullParts, directory: Directory) {
    const scopedById = new Map(directory.scoped.map((contact) => [contact.id, contact]));
    return { locale: this.locale, disclosures: this.disclosures, contacts: scopedById };
  }

  private renderDirectory(parts: FullParts, directory: Directory): TemplateResult {
    const { headingLevel } = this.config;
    const path = this.path;
    const answers = this.answers ?? [];
    return parts.rest.directoryBody({
      level: headingLevel + 1,
      locale: this.locale,
      now: this.currentTime(),
      disclosures: this.disclosures,
      commune: this.resolvedCommune,
      view: this.directoryView!,
      query: this.query,
      onQuery: this.onQuery,
      paths: parts.texts.PATHS,
      selectedPath: path,
      onSelectPath: this.onSelectPath,
      onQuestions: this.openQuestions,
      pathAnswers: path
        ? path.answers.flatMap((id) => answers.find((answer) => answer.id === id) ?? [])
        : [],
      relatedAnswers: this.relatedAnswers,
      relatedPaths: this.relatedPaths,
      answers: this.answerContext(parts, directory),
      numbered: [...parts.nationalLines, ...directory.scoped],
      filters: this.filters(),
      selectedCategories: this.selectedCategories,
      onCategory: this.onCategory,
      openNow: this.openNow,
      onOpenNow: this.onOpenNow,
      onShowMore: this.onShowMore,
      fallbackLines: parts.fallbackLines,
      fromPage: this.pageContacts(),
    });
  }

  /** The categories worth a filter: those of the contacts in scope. */
  private filters() {
    const inScope = new Set(this.directory!.scoped.flatMap((contact) => contact.categories));
    return this.config.categories.filter((category) => inScope.has(category.id));
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

  private renderCommune(): TemplateResult {
    const resolution = this.resolution;
    const picker = (communes = allCommunes()) =>
      communePicker(communes, this.resolvedCommune?.insee ?? null, this.onPick);
    switch (resolution.kind) {
      case 'found':
        return html`<p class="commune-line">
            <span>${msg(str`Aide pour ${resolution.commune.name}`)}</span>
            <button
              class="link-button commune-toggle"
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
}
