import { expect } from '@open-wc/testing';
import {
  EMPTY_SEQUENCE,
  nextShiftSequence,
  PRESS_TIMEOUT_MS,
  type ShiftSequence,
} from '../../src/safety/shift-sequence.js';

type Key = { key: string; shiftKey: boolean; at: number };
const SHIFT = (at: number): Key => ({ key: 'Shift', shiftKey: false, at });
const run = (keys: Key[]): ShiftSequence =>
  keys.reduce((state, { at, ...key }) => nextShiftSequence(state, key, at), EMPTY_SEQUENCE);

describe('nextShiftSequence', () => {
  it('counts Shift pressed alone, up to three presses', () => {
    expect(run([SHIFT(0)]).count).to.equal(1);
    expect(run([SHIFT(0), SHIFT(400)]).count).to.equal(2);
    expect(run([SHIFT(0), SHIFT(400), SHIFT(800)]).count).to.equal(3);
  });

  it('allows up to 5 s between presses, restarting at each press', () => {
    const t = PRESS_TIMEOUT_MS;
    expect(run([SHIFT(0), SHIFT(t), SHIFT(2 * t)]).count).to.equal(3);
    expect(run([SHIFT(0), SHIFT(400), SHIFT(400 + t + 1)]).count).to.equal(1);
  });

  it('does not count Shift used as a modifier (Shift+A)', () => {
    const withA = run([SHIFT(0), { key: 'A', shiftKey: true, at: 100 }, SHIFT(200)]);
    expect(withA.count).to.equal(0);
    expect(
      run([SHIFT(0), { key: 'A', shiftKey: true, at: 100 }, SHIFT(200), SHIFT(300)]).count,
    ).to.equal(1);
  });

  it('resets on any other key, Escape included', () => {
    expect(run([SHIFT(0), SHIFT(100), { key: 'b', shiftKey: false, at: 200 }]).count).to.equal(0);
    expect(
      run([SHIFT(0), SHIFT(100), { key: 'Escape', shiftKey: false, at: 200 }, SHIFT(300)]).count,
    ).to.equal(1);
  });
});
