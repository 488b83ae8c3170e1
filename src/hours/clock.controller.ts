import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How often "open now" is re-evaluated while the widget is on the page. */
const TICK_MS = 60_000;

/** Re-renders the host every minute while it is connected, so opening states stay true. */
export class ClockController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.host.requestUpdate(), TICK_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
