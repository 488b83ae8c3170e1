// The situations of the first screen: their order, their buttons (at most 4 words), their intros
// (at most 60 words, numbers written as the widget shows them), their best contacts, and the
// minors' entry. Each rule of the check is proven by a broken copy of the real file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkData } from '../../scripts/data/check.mjs';
import { compileData } from '../../scripts/data/compile.mjs';
import { formatProblem } from '../../scripts/shared.mjs';
import { countWords } from '../../scripts/data/words.mjs';
import { realData, TODAY } from './helpers.mjs';
import { LOCALES } from '../../src/localization/locales.js';

const { data, schemas } = realData();
const paths = data['paths.json'].paths;
const byId = new Map(paths.map((path) => [path.id, path]));

/** The problems of the real data with one situation changed. */
function problemsWithPath(id, change) {
  const changed = paths.map((path) => (path.id === id ? change(structuredClone(path)) : path));
  return checkData({ ...data, 'paths.json': { paths: changed } }, { schemas, today: TODAY }).map(
    formatProblem,
  );
}

test('the situations come in the order of the first screen, its six buttons first', () => {
  assert.deepEqual(
    paths.map(({ id }) => id),
    [
      'dormir-ce-soir',
      'porter-plainte-et-droits',
      'parler-a-quelqu-un',
      'inquiet-pour-un-enfant',
      'moins-de-18-ans',
      'homme-victime',
      'proche-ou-temoin',
      'arreter-mes-violences',
      'en-danger',
    ],
  );
});

test('every situation has a button of at most 4 words and an intro of at most 60, in three languages', () => {
  for (const path of paths) {
    for (const field of ['label', 'short', 'intro']) {
      for (const locale of LOCALES) assert.ok(path[field][locale], `${path.id} ${field}.${locale}`);
    }
    assert.ok(countWords(path.short.fr) <= 4, `${path.id}: ${path.short.fr}`);
    assert.ok(countWords(path.intro.fr) <= 60, `${path.id}: ${countWords(path.intro.fr)} words`);
  }
  assert.equal(byId.get('dormir-ce-soir').short.fr, 'Dormir ce soir');
});

test('the best contacts of a situation, best first: the 115 to sleep tonight', () => {
  assert.equal(byId.get('dormir-ce-soir').contacts[0], '115-hebergement-urgence');
  assert.equal(byId.get('en-danger').contacts[0], 'police-secours-17');
  assert.equal(byId.get('moins-de-18-ans').contacts[0], '119-allo-enfance-en-danger');
  const shipped = compileData(data).paths.find(({ id }) => id === 'dormir-ce-soir');
  assert.deepEqual(shipped.contacts, byId.get('dormir-ce-soir').contacts);
  assert.deepEqual(shipped.short, byId.get('dormir-ce-soir').short);
});

test("a minor's entry: the 119, its chat, and the 17 in danger", () => {
  const minor = byId.get('moins-de-18-ans');
  assert.equal(minor.label.fr, "J'ai moins de 18 ans");
  assert.match(minor.intro.fr, /le 119 : c'est gratuit, 24 h\/24/);
  assert.match(minor.intro.fr, /allo119\.gouv\.fr/);
  assert.match(minor.intro.fr, /appelle le 17/i);
  assert.deepEqual(minor.filter, { categories: ['enfants'], audiences: ['enfants', 'jeunes'] });
  assert.ok(minor.sources.some(({ url }) => url.includes('119-allo-enfance-en-danger')));
});

test('a button longer than 4 words is refused', () => {
  const problems = problemsWithPath('dormir-ce-soir', (path) => ({
    ...path,
    short: { ...path.short, fr: "J'ai besoin de dormir ce soir" },
  }));
  assert.deepEqual(problems, [
    'data/paths.json › dormir-ce-soir › short.fr: "J\'ai besoin de dormir ce soir" has 6 words; at most 4 words: the label of the situation\'s button, e.g. "Dormir ce soir"',
  ]);
});

test('an intro longer than 60 words is refused', () => {
  const problems = problemsWithPath('en-danger', (path) => ({
    ...path,
    intro: { ...path.intro, fr: `${path.intro.fr} ${Array(9).fill('Encore un mot.').join(' ')}` },
  }));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(
    problems[0],
    /^data\/paths\.json › en-danger › intro\.fr: .* has 62 words; at most 60 words: what to do now/,
  );
});

test('a situation reads in French, English and Arabic', () => {
  const problems = problemsWithPath('en-danger', (path) => ({ ...path, short: { fr: 'Urgence' } }));
  assert.deepEqual(
    problems.map((line) => line.split(';')[0]),
    [
      'data/paths.json › en-danger › short.en: is missing',
      'data/paths.json › en-danger › short.ar: is missing',
    ],
  );
});

test('the contacts of a situation exist and are published', () => {
  const problems = problemsWithPath('homme-victime', (path) => ({
    ...path,
    contacts: ['stop-hommes-battus', 'nobody', '116006-france-victimes'],
  }));
  assert.deepEqual(
    problems.map((line) => line.split(';')[0]),
    [
      'data/paths.json › homme-victime › contacts: "stop-hommes-battus" is not a published contact',
      'data/paths.json › homme-victime › contacts: "nobody" is not a published contact',
    ],
  );
});

test('the numbers of an intro are written as the widget shows them', () => {
  const problems = problemsWithPath('parler-a-quelqu-un', (path) => ({
    ...path,
    intro: {
      ...path.intro,
      fr: 'Appelez le 116006 ou le 0800059595. En danger, appelez le 114.',
      en: 'Call 116 006 or 08 00 05 95 95.',
    },
  }));
  assert.deepEqual(problems, [
    'data/paths.json › parler-a-quelqu-un › intro.fr: "116006" is not written as the widget shows that number; write "116 006", which the widget makes a link',
    'data/paths.json › parler-a-quelqu-un › intro.fr: "0800059595" is not written as the widget shows that number; write "0 800 05 95 95", which the widget makes a link',
    'data/paths.json › parler-a-quelqu-un › intro.fr: "114" is not written "SMS au 114"; the 114 takes SMS only, never a call: write "envoyez un SMS au 114", which the widget makes an SMS link',
    'data/paths.json › parler-a-quelqu-un › intro.en: "08 00 05 95 95" is not written as the widget shows that number; write "0 800 05 95 95", which the widget makes a link',
  ]);
});
