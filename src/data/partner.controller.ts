import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchPartnerData, PartnerDataError, validatePartnerData } from './partner.js';
import type { Contact } from './types.js';

export type PartnerState =
  { status: 'none' | 'loading' | 'refused' } | { status: 'ready'; contacts: readonly Contact[] };

/**
 * The lifecycle of partner data: one load at a time (a new address cancels the previous load),
 * cancelled when the element leaves the page; the outcome in `state`, a refusal reported once.
 */
export class PartnerDataController implements ReactiveController {
  state: PartnerState = { status: 'none' };
  /** Grows at each change of `state`, so the host knows when to rebuild its directory. */
  version = 0;
  private load: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onRefused: (reasons: readonly string[], source: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.load?.abort();
  }

  /** Loads `contacts-src`; an empty address forgets partner data. */
  async loadFrom(src: unknown): Promise<void> {
    this.load?.abort();
    const address = typeof src === 'string' ? src.trim() : '';
    if (address === '') {
      if (this.state.status !== 'none') this.set({ status: 'none' });
      return;
    }
    const load = new AbortController();
    this.load = load;
    this.set({ status: 'loading' });
    try {
      const data = await fetchPartnerData(address, load.signal);
      if (!load.signal.aborted) this.accept(data, address);
    } catch (error) {
      if (load.signal.aborted) return;
      const reason =
        error instanceof PartnerDataError ? error.message : 'the file could not be loaded';
      this.refuse([reason], address);
    }
  }

  /** Checks data given directly (the `contacts` property, or a loaded file). */
  accept(data: unknown, source: string): void {
    const result = validatePartnerData(data);
    if (result.ok) this.set({ status: 'ready', contacts: result.contacts });
    else this.refuse(result.reasons, source);
  }

  private refuse(reasons: readonly string[], source: string): void {
    this.set({ status: 'refused' });
    this.onRefused(reasons, source.slice(0, 200));
  }

  private set(state: PartnerState): void {
    this.state = state;
    this.version += 1;
    this.host.requestUpdate();
  }
}
