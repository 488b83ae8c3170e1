import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileHours } from '../../scripts/data/hours.mjs';

const hours = (value) => {
  const result = compileHours(value);
  assert.ok(result.hours, `${value}: ${JSON.stringify(result.problem)}`);
  return result.hours;
};
const refusal = (value) => {
  const result = compileHours(value);
  assert.ok(result.problem, `${value} should be refused`);
  return result.problem;
};
const WEEKDAYS_9_TO_5 = [...Array(5).fill([[540, 1020]]), [], []];

test('24/7 is always open, public holidays included', () => {
  assert.deepEqual(hours('24/7'), {
    alwaysOpen: true,
    week: Array(7).fill([[0, 1440]]),
    publicHolidays: { mode: 'usual' },
  });
});

test('weekdays with a lunch break, open as usual on public holidays when the value says nothing', () => {
  assert.deepEqual(hours('Mo-Fr 09:00-12:30,13:30-17:00'), {
    alwaysOpen: false,
    week: [
      ...Array(5).fill([
        [540, 750],
        [810, 1020],
      ]),
      [],
      [],
    ],
    publicHolidays: { mode: 'usual' },
  });
});

test('one day after another, as in the data', () => {
  assert.deepEqual(
    hours('Mo 13:00-17:00; Tu 13:00-20:00; We 09:00-17:00; Th 07:00-15:00; Fr 09:00-13:00').week,
    [[[780, 1020]], [[780, 1200]], [[540, 1020]], [[420, 900]], [[540, 780]], [], []],
  );
});

test('public holidays closed, or with their own hours', () => {
  assert.deepEqual(hours('Mo-Fr 09:00-17:00; PH off'), {
    alwaysOpen: false,
    week: WEEKDAYS_9_TO_5,
    publicHolidays: { mode: 'closed' },
  });
  assert.deepEqual(hours('Mo-Fr 09:00-17:00; PH 10:00-12:00').publicHolidays, {
    mode: 'open',
    intervals: [[600, 720]],
  });
  assert.equal(hours('Mo-Su 00:00-24:00; PH off').alwaysOpen, false);
});

test('hours past midnight are split at midnight onto the next day', () => {
  assert.deepEqual(hours('Fr 22:00-02:00').week, [[], [], [], [], [[1320, 1440]], [[0, 120]], []]);
  assert.deepEqual(hours('Su 22:00-02:00').week, [[[0, 120]], [], [], [], [], [], [[1320, 1440]]]);
  assert.deepEqual(hours('Fr 22:00-24:00; Sa 00:00-02:00; PH off').publicHolidays, {
    mode: 'closed',
  });
});

test('touching intervals are joined', () => {
  assert.deepEqual(hours('Mo 10:00-12:00,12:00-14:00').week[0], [[600, 840]]);
});

test('refused: hours that change with the weeks, the months, the year or the sun', () => {
  for (const value of [
    'week 1-53/2 Mo 10:00-12:00',
    'Jan-Mar Mo 10:00-12:00',
    'Mo[1] 10:00-12:00',
    'Mo 10:00-12:00; SH off',
  ]) {
    assert.match(refusal(value).wrong, /is not the same every week/, value);
    assert.match(refusal(value).right, /repeat every week; say what changes in hoursText/);
  }
  assert.match(refusal('2027 Mo 10:00-12:00').wrong, /names a year/);
  assert.match(refusal('Mo sunrise-sunset').wrong, /follows the sun/);
});

test('refused: unknown times and comments', () => {
  assert.deepEqual(refusal('Mo-Fr unknown'), {
    wrong: 'leaves some times unknown',
    right: 'give the times it is open, or leave hours out and describe them in hoursText',
  });
  assert.match(refusal('Mo-Fr 09:00-17:00 "sur rendez-vous"').right, /comment in hoursText/);
});

test('refused: public holidays the format cannot hold', () => {
  assert.match(
    refusal('Mo-Fr 08:00-12:00; PH off; Sa 10:00-12:00').right,
    /one rule for every public holiday/,
  );
});

test('refused: an opening past midnight cut by a public holiday, with the split that works', () => {
  for (const value of [
    'Fr 22:00-02:00; PH off',
    'Fr 22:00-02:00, PH 10:00-12:00',
    'Mo-Fr 09:00-17:00; PH 20:00-02:00',
  ]) {
    assert.match(
      refusal(value).right,
      /split at midnight, e\.g\. "Fr 22:00-24:00; Sa 00:00-02:00; PH off"/,
      value,
    );
  }
});

test('refused: values that do not parse, or only with a correction', () => {
  assert.match(refusal('garbage').wrong, /^does not parse: /);
  assert.match(refusal('garbage').right, /OpenStreetMap opening_hours syntax/);
  assert.deepEqual(refusal('Mo-Fr 9h-17h').right, 'write "Mo-Fr 09:00-17:00"');
});
