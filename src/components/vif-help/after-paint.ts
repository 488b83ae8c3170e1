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

/**
 * Resolves in a task of its own, so that a phone's long piece of work is cut in two: what
 * follows does not lengthen the task now running (a script's evaluation, a chunk's arrival).
 */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve));
