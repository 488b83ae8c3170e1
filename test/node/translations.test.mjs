import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TARGET_LOCALES } from '../../src/localization/locales.js';

/** The trans-units of an XLIFF 1.2 file: id, source, target (null when missing). */
function units(file) {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(
    ([, id, body]) => ({
      id,
      source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
      target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1] ?? null,
    }),
  );
}

const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map(([, id]) => id).sort();

for (const locale of TARGET_LOCALES) {
  test(`xliff/${locale}.xlf translates every interface string, keeping its placeholders`, () => {
    const list = units(`xliff/${locale}.xlf`);
    assert.ok(list.length > 40, `only ${list.length} units`);
    const missing = list
      .filter((unit) => !unit.target?.trim())
      .map((unit) => `${unit.id} "${unit.source}"`);
    assert.deepEqual(missing, []);
    for (const unit of list)
      assert.deepEqual(placeholders(unit.target), placeholders(unit.source), unit.id);
  });
}
