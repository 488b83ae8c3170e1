import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveElementLocale } from './locale.js';
import { setPageLocale } from './localization.js';
import type { Locale } from '../data/types.js';

/** The locale each connected widget asks for, to notice when two ask for different ones. */
const wanted = new Map<LocaleController, Locale>();

/**
 * Resolves the widget's language (own `lang`, nearest ancestor's, `<html lang>`, French) when it
 * connects and whenever its own or the document's `lang` changes, and sets the page's interface
 * locale to it. @lit/localize holds one locale per page, so when several widgets ask for
 * different languages the last one to connect or change wins, and the webmaster is warned.
 */
export class LocaleController implements ReactiveController {
  private observer: MutationObserver | null = null;
  /** Settles once the locale last asked for is loaded (or could not be). */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly warn: (message: string) => void,
    /** Told of a locale being loaded, so that the host's `updateComplete` waits for it. */
    private readonly track: (work: Promise<unknown>) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.apply());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    this.apply();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    wanted.delete(this);
  }

  private apply(): void {
    const locale = resolveElementLocale(this.host);
    wanted.set(this, locale);
    const distinct = new Set(wanted.values());
    if (distinct.size > 1) {
      this.warn(
        `widgets on this page ask for different languages (${[...distinct].join(', ')}); all show "${locale}", the last one set, because the interface has one language per page.`,
      );
    }
    this.ready = setPageLocale(locale);
    this.track(this.ready);
  }
}
