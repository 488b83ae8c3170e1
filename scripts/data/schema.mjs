// Validates each data file against its JSON Schema (data/schema/) with ajv, and turns ajv's
// errors into the team's one-line problems, taking "what would be right" from the schema's own
// `description` of the field, so the schema stays the one place that says what is expected.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { entryName, problem, quote } from '../shared.mjs';

/**
 * Which schema (by `$id`) each file of data/ follows.
 * @type {Record<string, string>}
 */
export const SCHEMA_OF_FILE = {
  'national.json': 'national.schema.json',
  'contacts.json': 'contacts.schema.json',
  'categories.json': 'categories.schema.json',
  'audiences.json': 'audiences.schema.json',
  'groups.json': 'groups.schema.json',
  'communes.json': 'communes.schema.json',
};

/**
 * Files a data folder may do without: the hand overrides of imported data, and the content
 * files (a partner's folder has no answers of its own). Checked when present.
 * @type {Record<string, string>}
 */
export const OPTIONAL_SCHEMA_OF_FILE = {
  'overrides.json': 'overrides.schema.json',
  'answers.json': 'answers.schema.json',
  'paths.json': 'paths.schema.json',
  'synonyms.json': 'synonyms.schema.json',
  'release.json': 'release.schema.json',
};

/**
 * The files a data folder may hold besides those of SCHEMA_OF_FILE: the hand corrections to
 * imported contacts, and the files of data/imported/ (one per source, any name).
 */
export const IMPORTED_SCHEMA = 'imported.schema.json';

/**
 * The schema of a file of data/, optional ones and data/imported/*.json included.
 * @param {string} file
 * @returns {string | undefined}
 */
export const schemaOfFile = (file) =>
  SCHEMA_OF_FILE[file] ??
  OPTIONAL_SCHEMA_OF_FILE[file] ??
  (file.startsWith('imported/') ? IMPORTED_SCHEMA : undefined);

/**
 * An ajv instance that knows the given schemas; `discriminator` gives errors of the matching
 * branch only. `options` adds ajv options, e.g. `{ code: { source: true } }` for standalone code.
 * @param {import('ajv').AnySchema[]} schemas
 * @param {import('ajv').Options} [options]
 */
export function createAjv(schemas, options = {}) {
  const ajv = new Ajv2020({
    ...options,
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: true,
    // `if` branches name fields that the branch itself does not define, as JSON Schema allows.
    strictRequired: false,
  });
  addFormats(ajv, ['date', 'email']);
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}

/**
 * Returns a function that checks one parsed file against its schema and returns its problems.
 * @param {object[]} schemas the parsed schemas of data/schema/
 * @returns {(file: string, data: unknown, schema?: string) => import('../shared.mjs').Problem[]}
 */
export function createSchemaCheck(schemas) {
  const ajv = createAjv(schemas);
  return (file, data, schema = schemaOfFile(file)) => {
    const validate = ajv.getSchema(/** @type {string} */ (schema));
    if (!validate) throw new Error(`no schema for data/${file}`);
    if (validate(data)) return [];
    return (validate.errors ?? [])
      .filter((error) => !isEchoOfAnotherError(error))
      .map((error) => toProblem(file, data, error, schema));
  };
}

/**
 * Errors that repeat what another error already says: an `if`/`then`, `oneOf` or `anyOf`
 * failure, a missing discriminator (also a `required` error), and the inner error of
 * `propertyNames`.
 * @param {import('ajv').ErrorObject} error
 */
const isEchoOfAnotherError = ({ keyword, params, schemaPath }) =>
  keyword === 'if' ||
  keyword === 'oneOf' ||
  keyword === 'anyOf' ||
  (keyword === 'discriminator' && params.error === 'tag') ||
  schemaPath.includes('/propertyNames/');

/**
 * One ajv error as a problem of the team's data.
 * @param {string} file
 * @param {unknown} data the file as read
 * @param {import('ajv').ErrorObject} error
 * @param {string | undefined} schema
 */
function toProblem(file, data, error, schema) {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  const { id, fieldPath } = locate(data, path);
  const { field, wrong, right } = explain(error);
  return problem(
    file,
    id,
    fieldName(field === undefined ? fieldPath : [...fieldPath, field]),
    wrong,
    right ?? error.parentSchema?.description ?? `see data/schema/${schema}`,
  );
}

/**
 * What an ajv error means in the team's words: what is wrong, and what would be right when the
 * schema's description of the field does not say it. `field` names a child of the failing value.
 * @param {import('ajv').ErrorObject} error with the failing value and its schema (ajv's `verbose`)
 * @returns {{ field?: string, wrong: string, right?: string }}
 */
function explain({ keyword, params, parentSchema, data: value }) {
  const blank = typeof value === 'string' && value.trim() === '';
  switch (keyword) {
    case 'required':
      return {
        field: params.missingProperty,
        wrong: 'is missing',
        right:
          parentSchema?.properties?.[params.missingProperty]?.description ??
          `add "${params.missingProperty}"`,
      };
    case 'additionalProperties': {
      const known = Object.keys(parentSchema?.properties ?? {}).filter((k) => !k.startsWith('$'));
      return {
        field: params.additionalProperty,
        wrong: 'is not a known field (a typo?)',
        right: known.length > 0 ? `the fields here are: ${known.join(', ')}` : 'remove it',
      };
    }
    case 'propertyNames':
      return { field: params.propertyName, wrong: 'is not a valid key' };
    case 'discriminator':
      return { field: 'type', wrong: `${quote(params.tagValue)} is not a known type` };
    case 'enum':
    case 'const':
      return { wrong: `${quote(value)} is not allowed` };
    case 'minItems':
      return { wrong: params.limit === 1 ? 'is empty' : `has fewer than ${params.limit} items` };
    case 'uniqueItems':
      return { wrong: `lists ${quote(/** @type {unknown[]} */ (value)[params.j])} twice` };
    case 'pattern':
      return { wrong: blank ? 'is empty' : `${quote(value)} is not in the expected form` };
    case 'type':
      return { wrong: `${quote(value)} is not of type ${params.type}` };
    case 'format':
      return { wrong: `${quote(value)} is not a valid ${params.format}` };
    default:
      return { wrong: blank ? 'is empty' : `${quote(value)} is not valid (${keyword})` };
  }
}

/**
 * Finds which entry an error is in (its id) and the field path inside it. Data files are a
 * list of entries, either at the top or under one key ("contacts", "groups", "communes"); an
 * imported entry is named by the id of the contact it wraps.
 * @param {any} data the file as read
 * @param {string[]} path the error's path, as segments
 */
function locate(data, path) {
  if (Array.isArray(data) && path.length > 0) {
    const [first = ''] = path;
    return {
      id: entryName(data[Number(first)], Number(first)),
      fieldPath: path.slice(1),
    };
  }
  if (path.length >= 2 && Array.isArray(data?.[path[0]])) {
    const index = Number(path[1]);
    const entry = data[path[0]][index];
    const named = typeof entry?.contact?.id === 'string' ? entry.contact : entry;
    return { id: entryName(named, index), fieldPath: path.slice(2) };
  }
  return { id: '(file)', fieldPath: path };
}

/**
 * ["channels", "0", "number"] → "channels[0].number"
 * @param {string[]} path
 */
const fieldName = (path) =>
  path.length === 0
    ? '(entry)'
    : path
        .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
        .join('');
