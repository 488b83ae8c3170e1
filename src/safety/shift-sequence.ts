/** Presses of Shift alone that trigger the quick exit. */
export const PRESSES_TO_EXIT = 3;
/** Longest pause allowed between two presses, in milliseconds (GOV.UK's value). */
export const PRESS_TIMEOUT_MS = 5000;

export interface ShiftSequence {
  /** Shift presses counted so far (0 to PRESSES_TO_EXIT). */
  count: number;
  /** When the last counted press was released. */
  lastPressAt: number;
  /** Whether the previous key released had Shift held, i.e. Shift was used as a modifier. */
  previousHadShift: boolean;
}

export const EMPTY_SEQUENCE: ShiftSequence = { count: 0, lastPressAt: 0, previousHadShift: false };

/**
 * The next state after a key is released. Shift counts only when pressed alone: after Shift+A
 * the A is released with shiftKey set, so the Shift released next does not count. Any other key
 * resets, and so does a pause longer than PRESS_TIMEOUT_MS.
 */
export function nextShiftSequence(
  state: ShiftSequence,
  key: { key: string; shiftKey: boolean },
  now: number,
): ShiftSequence {
  if (key.key !== 'Shift') return { ...EMPTY_SEQUENCE, previousHadShift: key.shiftKey };
  if (state.previousHadShift) return { ...EMPTY_SEQUENCE };
  const continuing = state.count > 0 && now - state.lastPressAt <= PRESS_TIMEOUT_MS;
  return { count: (continuing ? state.count : 0) + 1, lastPressAt: now, previousHadShift: false };
}
