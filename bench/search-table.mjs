// The first results a resident reads for a few sentences, as a table: node bench/search-table.mjs
// [--json]. The help model gives them as it gives the widget (src/, bundled in memory by
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
import { createHelpModel, rowsInOrder } from './src/help/model.js';
import { EMPTY_REQUEST } from './src/help/request.js';
import { everyEntryFor } from './src/help/every-entry.js';
import { ANSWERS } from './src/data/generated/data.js';

const number = (contact) => {
  const channel = contact?.channels.find((c) => c.type === 'tel' || c.type === 'sms');
  return channel ? channel.display : '(no number)';
};
export function firstResults(query, insee) {
  const view = createHelpModel().view(
    everyEntryFor(insee),
    { ...EMPTY_REQUEST, query },
    ANSWERS,
    new Date('2026-12-02T10:00:00Z'),
  );
  const rows = rowsInOrder(view).map(({ contact, placeholder }) =>
    placeholder
      ? '[' + placeholder + ' placeholder → ' + number(contact) + ']'
      : number(contact) + ' ' + contact.name.fr,
  );
  const answers = (view.lead ? [view.lead, ...view.relatedAnswers] : view.relatedAnswers);
  return { rows, answers: answers.map((a) => a.question.fr) };
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
