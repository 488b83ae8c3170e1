// The first results a resident reads for a few sentences, as a table: node bench/search-table.mjs
// [--json]. The directory and the search run as the widget runs them (src/, bundled in memory by
// esbuild); the answers a query finds are listed after the results, as the widget shows them.
import { build } from 'esbuild';

/** [query, commune]: the sentences of issue 22, typed in Lille (Wicres for a first door). */
export const SENTENCES = [
  ['my husband hits me', '59350'],
  ['mon mari me frappe', '59350'],
  ['il m’a violée', '59350'],
  ['ma femme me frappe', '59350'],
  ['mon ex me harcèle', '59350'],
  ['mon père frappe ma mère', '59350'],
  ['je n’ai plus d’argent', '59350'],
  ['gendarmerie', '59658'],
  ['je frappe ma femme', '59350'],
  ['I hurt my partner', '59350'],
  ['il me frappe', '59350'],
  ['garder mes enfants', '59350'],
];

const ENTRY = `
import { createDirectory } from './src/directory/directory.js';
import { createSearch } from './src/search/search.js';
import { answerFields, contactFields } from './src/search/fields.js';
import { answersForQuery } from './src/search/order-for-reading.js';
import { resolveCommune } from './src/data/communes.js';
import { ANSWERS, CATEGORIES, CONTACTS, SYNONYMS } from './src/data/generated/data.js';

const answers = createSearch(ANSWERS, answerFields(CATEGORIES), SYNONYMS);
const number = (contact) => {
  const channel = contact?.channels.find((c) => c.type === 'tel' || c.type === 'sms');
  return channel ? channel.display : '(no number)';
};
export function firstResults(query, insee) {
  const resolved = resolveCommune(insee);
  const directory = createDirectory({
    contacts: CONTACTS,
    commune: resolved.kind === 'found' ? resolved.commune : null,
    allowedCategories: new Set(CATEGORIES.map((category) => category.id)),
    nationalLines: CONTACTS.filter((contact) => contact.highlight),
    createSearch: (items) => createSearch(items, contactFields(CATEGORIES), SYNONYMS),
  });
  const view = directory.view({
    query, path: null, categories: new Set(), openNow: false,
    now: new Date('2026-12-02T10:00:00Z'), expanded: new Set(),
  });
  const rows = [
    ...view.lines.map((c) => number(c) + ' ' + c.name.fr),
    ...view.doors.map((d) => d.contact
      ? number(d.contact) + ' ' + d.contact.name.fr
      : '[' + d.kind + ' placeholder → ' + number(d.fallback) + ']'),
    ...view.groups.flatMap((g) => g.shown.map((c) => number(c) + ' ' + c.name.fr)),
  ];
  const related = answersForQuery(answers, ANSWERS, query).map((a) => a.question.fr);
  return { rows, answers: related };
}
`;

const { outputFiles } = await build({
  stdin: { contents: ENTRY, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { firstResults } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);
const table = SENTENCES.map(([query, insee]) => ({ query, insee, ...firstResults(query, insee) }));
if (process.argv.includes('--json')) console.log(JSON.stringify(table, null, 2));
else {
  console.log('| typed | commune | first 4 results | answers listed |\n|---|---|---|---|');
  for (const { query, insee, rows, answers } of table)
    console.log(
      `| ${query} | ${insee} | ${rows.slice(0, 4).join(' · ')} | ${answers.join(' · ') || '–'} |`,
    );
}
