/**
 * The attribute that marks the first screen the entry draws before the element arrives
 * (first-paint.ts), for the element to find and remove it (first-paint.controller.ts).
 */
export const FIRST_PAINT_MARK = 'data-first-paint';
