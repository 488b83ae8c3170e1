import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv, SCHEMA_OF_FILE } from '../../scripts/data/schema.mjs';
import { fixture, realData } from './helpers.mjs';

const { data, schemas } = realData();
const contactSchema = schemas.find((schema) => schema.$id === 'contacts.schema.json');

/** Every `$ref` of a schema, however deep. */
const refsOf = (node) =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([key, value]) => (key === '$ref' ? [value] : refsOf(value)))
    : [];

test('every file of data/ has a schema, and every schema compiles in strict mode', () => {
  const ajv = createAjv(schemas);
  for (const [file, id] of Object.entries(SCHEMA_OF_FILE)) {
    assert.ok(ajv.getSchema(id), `${file}: ${id}`);
    assert.ok(ajv.getSchema(id)(data[file]), `${file} follows ${id}`);
  }
});

test('the contact schema is self-contained: every reference points inside it', () => {
  for (const ref of refsOf(contactSchema)) assert.match(ref, /^#\//, ref);
});

test('the contact schema compiles alone to a standalone validator, for partner data', () => {
  const ajv = createAjv([], { code: { source: true } });
  const validate = ajv.compile(contactSchema);
  // The generated CommonJS module requires ajv's runtime and ajv-formats: run it with this
  // project's node_modules, as a bundler would.
  const module = { exports: {} };
  new Function('module', 'exports', 'require', standaloneCode(ajv, validate))(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  const standalone = module.exports;
  assert.equal(standalone(data['contacts.json']), true);
  assert.equal(standalone(fixture('javascript-url')), false);
  assert.equal(standalone(fixture('missing-source')), false);
  // A partner's uncertain contact needs no note for residents: data:check asks it of data/ only.
  assert.equal(standalone(fixture('missing-resident-note')), true);
});
