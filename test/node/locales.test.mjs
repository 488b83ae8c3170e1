// The locales are declared once, in src/localization/locales.js. What cannot import that module
// (lit-localize's JSON configuration, the translators' xliff/ files, the data's JSON schemas) is
// held to it here, so that a language added in one place and not the others fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { LOCALES, SOURCE_LOCALE, TARGET_LOCALES } from '../../src/localization/locales.js';

const json = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

test('lit-localize.json names the same source and target locales', () => {
  const config = json('lit-localize.json');
  assert.equal(config.sourceLocale, SOURCE_LOCALE);
  assert.deepEqual([...config.targetLocales].sort(), [...TARGET_LOCALES].sort());
});

test('xliff/ holds one file per target locale, and no other', () => {
  const files = readdirSync(new URL('../../xliff/', import.meta.url)).filter((file) =>
    file.endsWith('.xlf'),
  );
  assert.deepEqual(files.sort(), TARGET_LOCALES.map((locale) => `${locale}.xlf`).sort());
});

/** Every object of a JSON value, depth first, with its path. */
function* objectsOf(value, path = '') {
  if (value === null || typeof value !== 'object') return;
  yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* objectsOf(child, `${path}/${key}`);
}

test('the data schemas list every locale wherever they list one', () => {
  const schemaDir = new URL('../../data/schema/', import.meta.url);
  const mismatches = [];
  let lists = 0;
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
    for (const [path, node] of objectsOf(json(`data/schema/${file}`))) {
      // A text lists French and its translations; translation marks list the targets.
      const properties =
        node.properties && typeof node.properties === 'object' ? node.properties : {};
      const listed = Object.keys(properties).filter((key) => LOCALES.includes(key));
      if (listed.length > 0) {
        lists += 1;
        const expected = listed.includes(SOURCE_LOCALE) ? LOCALES : TARGET_LOCALES;
        if (listed.join() !== expected.join())
          mismatches.push(`${file}${path}: ${listed.join(', ')}`);
      }
      // A text requires French alone, or every locale (the situations read in all of them).
      const required = (Array.isArray(node.required) ? node.required : []).filter((key) =>
        LOCALES.includes(key),
      );
      if (required.length > 1 && required.join() !== LOCALES.join())
        mismatches.push(`${file}${path}/required: ${required.join(', ')}`);
    }
  }
  assert.ok(lists >= 7, `only ${lists} lists of locales found`);
  assert.deepEqual(mismatches, []);
});
