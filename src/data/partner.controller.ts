import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Contact } from './types.js';

export type PartnerState =
  { status: 'none' | 'loading' | 'refused' } | { status: 'ready'; contacts: readonly Contact[] };

/**
 * The partner-data validator and loader (partner.ts, with the schema validator compiled at build
 * time): a chunk of its own, loaded from the script's folder only when a page gives partner data.
 */
type PartnerModule = typeof import('./partner.js');
let partnerModule: Promise<PartnerModule> | null = null;
const loadPartnerModule = () => (partnerModule ??= import('./partner.js'));

/**
 * The lifecycle of partner data: one load at a time (a new address cancels the previous load),
 * cancelled when the element leaves the page; the outcome in `state`, a refusal reported once.
 */
export class PartnerDataController implements ReactiveController {
  state: PartnerState = { status: 'none' };
  private load: AbortController | null = null;
  /** Whether the current data (or its load) came from `contacts-src`, not the property. */
  private fromAddress = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onRefused: (reasons: readonly string[], source: string) => void,
    /** Told of every load in progress, so that the host's `updateComplete` waits for it. */
    private readonly track: (work: Promise<unknown>) => void = () => {},
  ) {
    host.addController(this);
  }

  /** The partner contacts accepted, or null. */
  get contacts(): readonly Contact[] | null {
    return this.state.status === 'ready' ? this.state.contacts : null;
  }

  hostDisconnected(): void {
    this.load?.abort();
  }

  /**
   * Loads `contacts-src`; an empty address forgets the data an address gave, not the contacts
   * given by script (set before the first render, they must not be lost to its empty address).
   */
  loadFrom(src: unknown): Promise<void> {
    const address = typeof src === 'string' ? src.trim() : '';
    if (address === '') {
      if (this.fromAddress) {
        this.load?.abort();
        this.fromAddress = false;
        if (this.state.status !== 'none') this.set({ status: 'none' });
      }
      return Promise.resolve();
    }
    this.load?.abort();
    this.fromAddress = true;
    const load = new AbortController();
    this.load = load;
    this.set({ status: 'loading' });
    const work = this.fetchAndCheck(address, load);
    this.track(work);
    return work;
  }

  private async fetchAndCheck(address: string, load: AbortController): Promise<void> {
    let partner: PartnerModule;
    try {
      partner = await loadPartnerModule();
    } catch {
      partnerModule = null;
      if (!load.signal.aborted)
        this.refuse(['the checker of partner data could not be loaded'], address);
      return;
    }
    try {
      const data = await partner.fetchPartnerData(address, load.signal);
      if (!load.signal.aborted) this.check(partner, data, address);
    } catch (error) {
      if (load.signal.aborted) return;
      const reason =
        error instanceof partner.PartnerDataError ? error.message : 'the file could not be loaded';
      this.refuse([reason], address);
    }
  }

  /** Checks data given directly (the `contacts` property, or a loaded file). */
  accept(data: unknown, source: string): Promise<void> {
    this.load?.abort();
    this.fromAddress = false;
    const load = new AbortController();
    this.load = load;
    if (this.state.status !== 'loading') this.set({ status: 'loading' });
    const work = loadPartnerModule().then(
      (partner) => {
        if (!load.signal.aborted) this.check(partner, data, source);
      },
      () => {
        partnerModule = null;
        if (!load.signal.aborted)
          this.refuse(['the checker of partner data could not be loaded'], source);
      },
    );
    this.track(work);
    return work;
  }

  private check(partner: PartnerModule, data: unknown, source: string): void {
    const result = partner.validatePartnerData(data);
    if (result.ok) this.set({ status: 'ready', contacts: result.contacts });
    else this.refuse(result.reasons, source);
  }

  private refuse(reasons: readonly string[], source: string): void {
    this.set({ status: 'refused' });
    this.onRefused(reasons, source.slice(0, 200));
  }

  private set(state: PartnerState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
