import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { configChanged, readConfig, type Config } from './config.js';
import { widgetStyles } from './vif-help.styles.js';
import { exitBar } from './exit-bar.js';
import { moveFocus, widgetView } from './full-view.js';
import {
  EMPTY_SHELL,
  focusAfter,
  reduceShell,
  type FocusTarget,
  type ShellAction,
} from './shell.js';
import { communeWarning, resolveCommune, type CommuneResolution } from '../../data/communes.js';
import { needsAnswers } from '../../help/request.js';
import type { HelpView } from '../../help/model.js';
import { exitPage } from '../../safety/exit-page.js';
import { ExitShortcutController } from '../../safety/exit-shortcut.controller.js';
import { StickyExitController } from '../../safety/sticky-exit.controller.js';
import { VifCommuneChangeEvent } from '../../events/commune-change.js';
import { VifExitEvent } from '../../events/exit.js';
import { VifDataErrorEvent } from '../../events/data-error.js';
import { PartnerDataController } from '../../data/partner.controller.js';
import { LoadingController } from './loading.controller.js';
import { ClockController } from '../../hours/clock.controller.js';
import { FirstPaintController } from './first-paint.controller.js';
import { AnnouncerController } from './announcer.controller.js';
import { drawLauncher, removeLauncher } from './launcher.js';
import { LocaleController } from '../../localization/locale.controller.js';
import { pageLocale } from '../../localization/localization.js';

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
  static override styles = widgetStyles;

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

  /** What the resident asked and opened: changed only by `reduceShell` (see `send`). */
  @state() private ui = EMPTY_SHELL;

  private config: Config = readConfig({}).config;
  private configRead = false;
  /** The commune the `commune` attribute resolves to: the one place that knows it. */
  private resolution: CommuneResolution = { kind: 'none' };
  /** The help as the next render shows it (the help model's view), once its parts are loaded. */
  private help: HelpView | null = null;
  /** Where focus goes once the next render is on screen (a heading, the first new card). */
  private focusNext: FocusTarget = null;
  private readonly warned = new Set<string>();
  private readonly loading: LoadingController = new LoadingController(
    this,
    () => ({
      full: this.config.view === 'full',
      commune: this.resolution.kind === 'found' ? this.resolution.commune : null,
      locale: pageLocale(),
      answers: needsAnswers(this.ui.request) || this.ui.opened.has('questions'),
    }),
    () => this.localeController.ready,
  );
  private readonly partner = new PartnerDataController(
    this,
    (reasons, source) => {
      console.warn(`<vif-help> partner data from ${source} refused:\n${reasons.join('\n')}`);
      this.dispatchEvent(new VifDataErrorEvent(reasons, source));
    },
    this.loading.track,
  );
  private readonly localeController = new LocaleController(
    this,
    (message) => this.warnOnce(message),
    this.loading.track,
  );
  private readonly shortcut = new ExitShortcutController(
    this,
    // view="launcher": the dialog's own widget listens while it is open, never the launcher.
    () => this.config.quickExit && this.config.view !== 'launcher',
    () => this.exit('shortcut'),
  );

  constructor() {
    super();
    // Controllers register themselves with the element; nothing else needs to hold them.
    new ClockController(this);
    new AnnouncerController(this);
    new FirstPaintController(this, (query) => this.send({ type: 'query', query }));
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
    if (changed.has('contacts') && this.contacts !== null && this.contacts !== undefined)
      this.partner.accept({ contacts: this.contacts }, 'contacts');
    if (readAgain || changed.has('commune')) {
      this.resolution = resolveCommune(this.commune);
      const warning = communeWarning(this.resolution);
      if (warning) this.warnOnce(warning);
    }
    const { contactsMode, categories } = this.config;
    const page = { partner: this.partner.contacts, contactsMode, categories };
    this.help = this.loading.view(page, this.ui.request, this.time());
  }

  /** Also waits for the parts and locales being loaded, and for the render that shows them. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.loading.complete(() => super.getUpdateComplete());
  }

  protected override updated(changed: PropertyValues<this>): void {
    // view="launcher" (launcher.ts): a button and its dialog, plain DOM beside this render.
    if (this.config.view !== 'launcher') removeLauncher(this);
    else {
      const texts = { label: msg('Violences dans le couple ou la famille : trouver de l’aide') };
      drawLauncher(this, { texts: { ...texts, close: msg('Fermer') }, locale: pageLocale() });
    }
    if (changed.has('contactsSrc')) void this.partner.loadFrom(this.contactsSrc);
    moveFocus(this.renderRoot, this.focusNext, this.loaded());
    this.focusNext = null;
  }

  /** The parts under the first screen and the help view, once loaded for this commune. */
  private loaded() {
    const { help, loading } = this;
    return loading.parts && help ? { parts: loading.parts, help } : null;
  }

  /** The time of "open now": the `now` property, else the device's clock. */
  private time(): Date {
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

  private readonly onExitClick = () => this.exit('button');

  /** What the resident did: the one state changes by reduceShell, focus and events follow. */
  private readonly send = (action: ShellAction): void => {
    this.focusNext = focusAfter(this.ui, action) ?? this.focusNext;
    this.ui = reduceShell(this.ui, action);
    if (action.type !== 'pick') return;
    const { insee, name } = action.commune;
    this.commune = insee;
    this.dispatchEvent(new VifCommuneChangeEvent(insee, name));
  };

  private readonly disclosures = {
    isOpen: (key: string) => this.ui.opened.has(key),
    toggle: (key: string) => this.send({ type: 'toggle', key }),
  };

  protected override render(): TemplateResult | typeof nothing {
    const { config, ui, shortcut } = this;
    if (config.view === 'launcher') return nothing;
    const exit = exitBar(config.exitUrl, shortcut.count, shortcut.expired, this.onExitClick);
    const { disclosures, send } = this;
    const shell = {
      level: config.headingLevel + 1,
      locale: pageLocale(),
      now: this.time(),
      disclosures,
      send,
    };
    const state = {
      config,
      resolution: this.resolution,
      partner: this.partner.state.status,
      query: ui.request.query,
      loaded: this.loaded(),
      failed: this.loading.failed,
    };
    return widgetView(config, exit, state, shell);
  }
}
