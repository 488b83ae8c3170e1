// The element's JSDoc describes each attribute (custom-elements.json, and the README's table made
// from it); src/components/vif-help/attributes.ts declares its values. This holds the one to the
// other: every value, range, scheme and default the table gives appears in the description of
// its attribute, so that a value added to the table and not to the documentation fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAttributeTable } from '../../integrations/wordpress/build-zip.mjs';

const json = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

/** The description of each attribute of <vif-help> in custom-elements.json. */
function documented() {
  const manifest = json('custom-elements.json');
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'vif-help');
  return new Map(element.attributes.map(({ name, description }) => [name, description ?? '']));
}

/** What the description of an attribute must say, from its entry in the table. */
function expectedMentions(entry, categoryIds) {
  switch (entry.kind) {
    case 'enum':
      return [...entry.values.map((value) => `\`${value}\``), `\`${entry.default}\` (default)`];
    case 'level':
      return [`${entry.min} to ${entry.max}`, `default ${entry.default}`];
    case 'address':
      return [
        ...entry.schemes.map((scheme) => `${scheme}:`),
        ...(entry.path ? [/path of the same site|this site/] : []),
        ...(entry.default === null ? [] : [`default ${entry.default}`]),
      ];
    case 'language':
      return entry.values.map((locale) => `\`${locale}\``);
    case 'categories':
      return categoryIds;
    default:
      return [];
  }
}

/** The mentions a description lacks. */
const missing = (description, mentions) =>
  mentions.filter((mention) =>
    typeof mention === 'string' ? !description.includes(mention) : !mention.test(description),
  );

test('every attribute of the table is documented, with every value it declares', async () => {
  const table = await readAttributeTable();
  const descriptions = documented();
  const categoryIds = json('data/categories.json').map(({ id }) => id);
  const lacking = table
    .map((entry) => [
      entry.attribute,
      descriptions.has(entry.attribute)
        ? missing(descriptions.get(entry.attribute), expectedMentions(entry, categoryIds))
        : ['(not documented)'],
    ])
    .filter(([, mentions]) => mentions.length > 0)
    .map(([attribute, mentions]) => `${attribute}: ${mentions.map(String).join(', ')}`);
  assert.deepEqual(lacking, []);
  assert.deepEqual(
    [...descriptions.keys()].filter((name) => !table.some((entry) => entry.attribute === name)),
    [],
  );
});

test('the check catches a value the documentation lacks (control)', () => {
  const entry = { attribute: 'view', kind: 'enum', values: ['full', 'compact'], default: 'full' };
  assert.deepEqual(missing('`full` (default), or `emergency`.', expectedMentions(entry, [])), [
    '`compact`',
  ]);
  const level = { attribute: 'heading-level', kind: 'level', min: 1, max: 6, default: 2 };
  assert.deepEqual(missing('The level (2 to 6, default 2).', expectedMentions(level, [])), [
    '1 to 6',
  ]);
});
