/**
 * Resolves once the frame now being prepared has been painted (a task after the next animation
 * frame), or after a short while in a hidden tab, which paints no frame.
 */
export const afterPaint = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 250);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
