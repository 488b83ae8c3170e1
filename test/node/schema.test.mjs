import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAjv, SCHEMA_OF_FILE } from '../../scripts/data/schema.mjs';
import { fixture, realData } from './helpers.mjs';
import { validate } from '../../src/data/generated/validate-contacts.js';

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

test('the partner-data validator the bundle ships accepts data/ and refuses bad contacts', () => {
  // src/data/generated/validate-contacts.js, written by `npm run generate` from the contact schema.
  assert.equal(validate(data['contacts.json']), true);
  assert.equal(validate(fixture('javascript-url')), false);
  assert.ok(validate.errors?.length, 'it says why');
  assert.equal(validate(fixture('missing-source')), false);
  // A partner's uncertain contact needs no note for residents: data:check asks it of data/ only.
  assert.equal(validate(fixture('missing-resident-note')), true);
});
