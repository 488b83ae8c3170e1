import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the sticky quick exit out from under the host page's own fixed or sticky header: when
 * the widget has scrolled past the top of the window, it looks at what is painted at the top, above
 * the exit, and moves the bar down below it. A page may also set `--vif-sticky-top` itself.
 * One passive scroll and resize listener while the widget is connected, work batched per frame.
 */
export class StickyExitController implements ReactiveController {
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly bar: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.schedule, { passive: true, capture: true });
    window.addEventListener('resize', this.schedule, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
  }

  private readonly schedule = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.update());
  };

  private update(): void {
    const bar = this.bar();
    if (!bar) return;
    const box = this.host.getBoundingClientRect();
    const stuck = box.top < 0 && box.bottom > 0;
    bar.style.setProperty(
      '--_vif-header-offset',
      `${stuck ? this.coveringHeaderBottom(bar) : 0}px`,
    );
  }

  /** The bottom of a fixed or sticky element of the page painted above the widget at the top. */
  private coveringHeaderBottom(bar: HTMLElement): number {
    const barBox = bar.getBoundingClientRect();
    const x = Math.min(Math.max(barBox.right - 24, 0), window.innerWidth - 1);
    for (const element of document.elementsFromPoint(x, 1)) {
      if (element === this.host || this.host.contains(element)) return 0;
      if (isFixedOrSticky(element)) {
        const bottom = element.getBoundingClientRect().bottom;
        return Math.min(Math.max(bottom, 0), window.innerHeight / 2);
      }
    }
    return 0;
  }
}

function isFixedOrSticky(element: Element): boolean {
  for (
    let node: Element | null = element;
    node && node !== document.body;
    node = node.parentElement
  ) {
    const { position } = getComputedStyle(node);
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}
