// One rule for French numbers (src/data/french-numbers.js), used by the widget for partner data
// and by data:check for the team's: it must give libphonenumber-js's answer, the reference for
// the numbering plan, and its formatting, on every prefix of the plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { frenchDial, frenchDisplay, isFrenchNumber } from '../../src/data/french-numbers.js';

/** Ten-digit numbers "0" + every five-digit prefix + a few endings: 300,000 numbers. */
function* numbersOfEveryPrefix() {
  for (let prefix = 0; prefix < 100_000; prefix += 1) {
    for (const ending of ['0000', '4567', '9999'])
      yield `0${String(prefix).padStart(5, '0')}${ending}`;
  }
}

/** libphonenumber-js's answer for a number written the French way, France only. */
function reference(number) {
  const parsed = parsePhoneNumberFromString(number, 'FR');
  // "00…" is the international prefix: libphonenumber reads "0013100000" as a number abroad.
  if (!parsed?.isValid() || parsed.country !== 'FR') return null;
  return { dial: parsed.number, display: parsed.formatNational() };
}

test('isFrenchNumber, frenchDial and frenchDisplay agree with libphonenumber-js on every prefix', () => {
  const disagreements = [];
  let valid = 0;
  for (const number of numbersOfEveryPrefix()) {
    const expected = reference(number);
    const ours = isFrenchNumber(number)
      ? { dial: frenchDial(number), display: frenchDisplay(number) }
      : null;
    if (expected) valid += 1;
    if (JSON.stringify(ours) !== JSON.stringify(expected))
      disagreements.push({ number, ours, expected });
  }
  assert.deepEqual(disagreements.slice(0, 10), []);
  // Most of the plan is in service; a table that refused everything would not pass.
  assert.ok(valid > 200_000, `${valid} numbers in service`);
});

test('numbers that are not ten French digits are refused', () => {
  for (const number of [
    '032057279',
    '03205727944',
    '+33320572794',
    '03 20 57 27 94',
    '0013100000',
    '',
  ])
    assert.equal(isFrenchNumber(number), false, number);
  assert.equal(frenchDisplay('0800059595'), '0 800 05 95 95');
  assert.equal(frenchDisplay('0320572794'), '03 20 57 27 94');
});
