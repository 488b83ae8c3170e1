import { adoptStyles, type ReactiveController, type ReactiveElement } from 'lit';
import {
  loadAnswers,
  loadAreaContacts,
  loadCommuneContacts,
  loadTexts,
  mergeContacts,
  once,
} from '../../data/loader.js';
import { afterPaint, nextTask } from './after-paint.js';
import type { HelpData, HelpModel, HelpView } from '../../help/model.js';
import type { HelpRequest } from '../../help/request.js';
import type { Answer, Commune, Locale } from '../../data/types.js';

/** Everything of the full view under the first screen: a chunk loaded after the first paint. */
export type Rest = typeof import('./rest.js');
const loadRest = once<Rest>(() => import('./rest.js'));

/** What the full view needs beyond the first screen, for one commune (or none), in one locale. */
export interface FullParts {
  rest: Rest;
  /**
   * What these files give the help: the widget's own contacts that serve this commune or wider
   * (in the data's order), the situations and the synonyms.
   */
  data: Pick<HelpData, 'contacts' | 'paths' | 'synonyms'>;
  /** How many answers « Vos questions » holds, before they load. */
  answerCount: number;
  /** The help model of these files (it keeps their directory between views). */
  model: HelpModel;
  insee: string | null;
  /** The locale whose files these are (their texts in French and in it). */
  locale: Locale;
}

const keyOf = (insee: string | null, locale: Locale) => `${insee ?? ''}|${locale}`;

/** What the host shows now, and so what it needs loaded. */
export interface Wanted {
  /** The full view is shown (not the emergency band, not the launcher). */
  full: boolean;
  /** The commune shown, or none. */
  commune: Commune | null;
  locale: Locale;
  /** Something asks for the answers (a query, a situation, « Vos questions »). */
  answers: boolean;
}

/**
 * Loads what the full view shows under the first screen, from the script's own folder: once the
 * first screen has been painted and the page's language is loaded, the rest of the code, the
 * texts, the contacts of the metropolis and wider and the commune's own file (only this one),
 * again when the commune or the locale changes; the answers on first need; the rest's styles
 * once their chunk arrives. Every load is tracked, so that the host's `updateComplete` (see
 * `complete`) waits for it and for the render that follows.
 */
export class LoadingController implements ReactiveController {
  /** The parts could not be loaded (offline): the first screen stays, with a notice. */
  failed = false;
  /**
   * The parts loaded so far, by commune and locale ("59350|fr"; "|fr": no commune), in memory
   * only: back to a commune already shown, its view is drawn in the same render.
   */
  private readonly loaded = new Map<string, FullParts>();
  private loadedAnswers: { locale: Locale; answers: readonly Answer[] } | null = null;
  private readonly pending = new Set<Promise<unknown>>();
  private started = false;
  /** The first screen has been painted: the rest may load. */
  private mayLoad = false;
  /** The commune and locale whose parts are shown or loading (see `loaded`). */
  private partsFor: string | undefined = undefined;
  /** The locale whose answers are loaded or loading. */
  private answersFor: Locale | null = null;
  private stylesAdopted = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly wanted: () => Wanted,
    /** Settles once the page's language is loaded: its files are the ones to load. */
    private readonly localeReady: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  /** Tells the controller of work in progress that `updateComplete` must wait for. */
  readonly track = (work: Promise<unknown>): void => {
    const settled = work.then(
      () => {},
      () => {},
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  };

  /**
   * The host's `getUpdateComplete`: its update, then, while loads are in progress, each of them
   * and the update that follows, so that a test or a page reads the widget once it has settled.
   */
  async complete(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.pending.size > 0) {
      await Promise.all([...this.pending]);
      complete = await update();
    }
    return complete;
  }

  /**
   * The parts of the full view for the commune now shown (in the page's locale, or the one
   * before it while the new locale's files load); none while they load.
   */
  get parts(): FullParts | null {
    const { commune, locale } = this.wanted();
    const insee = commune?.insee ?? null;
    // While the page's new locale's files load, the commune's files in another locale stay.
    const same = [...this.loaded.values()].find((parts) => parts.insee === insee);
    return this.loaded.get(keyOf(insee, locale)) ?? same ?? null;
  }

  /**
   * The help model's view of the loaded files, with what the page and the resident add (the
   * answers once loaded, in the page's locale or the one before it while it loads); none while
   * the parts load.
   */
  view(
    page: Omit<HelpData, keyof FullParts['data'] | 'commune'>,
    request: HelpRequest,
    now: Date,
  ): HelpView | null {
    const { full, commune } = this.wanted();
    const parts = full ? this.parts : null;
    const answers = this.loadedAnswers?.answers ?? null;
    return parts && parts.model.view({ ...parts.data, ...page, commune }, request, answers, now);
  }

  hostUpdated(): void {
    if (!this.started) {
      this.started = true;
      this.track(
        afterPaint()
          .then(this.localeReady)
          .then(() => {
            this.mayLoad = true;
            this.load();
          }),
      );
    }
    this.load();
  }

  private load(): void {
    const wanted = this.wanted();
    if (wanted.answers) this.loadAnswers(wanted.locale);
    if (this.mayLoad && wanted.full) this.loadParts(wanted.commune?.insee ?? null, wanted.locale);
  }

  private loadParts(insee: string | null, locale: Locale): void {
    const key = keyOf(insee, locale);
    if (this.partsFor === key) return;
    this.partsFor = key;
    if (this.loaded.has(key)) {
      this.failed = false;
      return;
    }
    const work = Promise.all([
      loadRest(),
      loadTexts(locale),
      loadAreaContacts(locale),
      loadCommuneContacts(insee, locale),
    ])
      // The parts' first view and render in a task after the last chunk's evaluation.
      .then(async (files) => (await nextTask(), files))
      .then(
        ([rest, texts, area, own]) => {
          if (this.partsFor !== key) return;
          this.adoptRestStyles(rest);
          const parts: FullParts = {
            rest,
            data: {
              contacts: mergeContacts(area, own),
              paths: texts.PATHS,
              synonyms: texts.SYNONYMS,
            },
            answerCount: texts.ANSWER_COUNT,
            model: rest.createHelpModel(),
            insee,
            locale,
          };
          this.loaded.set(key, parts);
          this.failed = false;
          this.host.requestUpdate();
        },
        () => {
          if (this.partsFor !== key) return;
          this.failed = true;
          this.host.requestUpdate();
        },
      );
    this.track(work);
  }

  /** Loads the answers once something asks for them; every widget of the page shares them. */
  private loadAnswers(locale: Locale): void {
    if (this.loadedAnswers?.locale === locale || this.answersFor === locale) return;
    this.answersFor = locale;
    const work = loadAnswers(locale).then(
      (answers) => {
        if (this.answersFor !== locale) return;
        this.loadedAnswers = { locale, answers };
        this.host.requestUpdate();
      },
      () => {
        // Offline: "Vos questions" stays closed-empty; the next need tries again.
        if (this.answersFor === locale) this.answersFor = null;
      },
    );
    this.track(work);
  }

  /** The styles of the parts under the first screen, added once their chunk has arrived. */
  private adoptRestStyles(rest: Rest): void {
    const root = this.host.renderRoot;
    if (this.stylesAdopted || !(root instanceof ShadowRoot)) return;
    this.stylesAdopted = true;
    const { elementStyles } = this.host.constructor as typeof ReactiveElement;
    adoptStyles(root, [...elementStyles, ...rest.restStyles]);
  }
}
