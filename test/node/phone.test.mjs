import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePhone, SHORT_CODES, spellsSameDigits } from '../../scripts/data/phone.mjs';

test('French numbers: E.164 to dial, French grouping to read', () => {
  assert.deepEqual(normalisePhone('0320572794'), {
    dial: '+33320572794',
    display: '03 20 57 27 94',
  });
  assert.deepEqual(normalisePhone('0769337134'), {
    dial: '+33769337134',
    display: '07 69 33 71 34',
  });
  assert.deepEqual(normalisePhone('0800059595'), {
    dial: '+33800059595',
    display: '0 800 05 95 95',
  });
});

test('short codes of the list are dialled as they are', () => {
  for (const code of ['15', '17', '18', '112', '114', '115', '119', '3919', '116006']) {
    assert.ok(SHORT_CODES.has(code), code);
    assert.deepEqual(normalisePhone(code), { dial: code, display: code });
  }
});

test('refused: a digit missing or too many, numbers out of the plan, unknown short codes', () => {
  for (const number of ['032057279', '03205727941', '0020572794', '1320572794', '3020', '116000']) {
    assert.equal(normalisePhone(number), null, number);
  }
});

test('a display text must spell the digits of its number', () => {
  assert.ok(spellsSameDigits('08 019 019 11', '0801901911'));
  assert.ok(!spellsSameDigits('08 019 019 12', '0801901911'));
});
