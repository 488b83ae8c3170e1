// The content files (answers, situations, synonyms): the real ones pass, and each rule a schema
// cannot say is proven by a broken copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkData } from '../../scripts/data/check.mjs';
import { formatProblem } from '../../scripts/shared.mjs';
import { realData, TODAY } from './helpers.mjs';

const { data, schemas } = realData();
const problemsWith = (changes) =>
  checkData({ ...data, ...changes }, { schemas, today: TODAY }).map(formatProblem);
const answers = data['answers.json'].answers;
const paths = data['paths.json'].paths;

test('the real answers, situations and synonyms have no problem', () => {
  assert.deepEqual(problemsWith({}), []);
  assert.ok(answers.length >= 13);
  assert.ok(paths.length >= 8);
});

test('an answer must name a source, categories and contacts that exist', () => {
  const [first, ...rest] = answers;
  const broken = { ...first, sources: [], categories: ['licornes'], contacts: ['nobody'] };
  const problems = problemsWith({ 'answers.json': { answers: [broken, ...rest] } });
  assert.ok(
    problems.some((line) => line.startsWith(`data/answers.json › ${first.id} › sources`)),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((line) =>
      line.includes(`› ${first.id} › categories: "licornes" is not a category`),
    ),
  );
  assert.ok(
    problems.some((line) =>
      line.includes(`› ${first.id} › contacts: "nobody" is not a published contact`),
    ),
  );
});

test('an uncertain answer must say what is uncertain', () => {
  const [first, ...rest] = answers;
  const { confidenceNote: _note, ...withoutNote } = { ...first, confidence: 'low' };
  const problems = problemsWith({ 'answers.json': { answers: [withoutNote, ...rest] } });
  assert.ok(
    problems.some((line) => line.includes(`› ${first.id} ›`) && line.includes('confidenceNote')),
    problems.join('\n'),
  );
});

test('a situation must point to answers, categories and audiences that exist', () => {
  const [first, ...rest] = paths;
  const broken = {
    ...first,
    answers: ['nowhere'],
    filter: { categories: ['x'], audiences: ['y'] },
  };
  const problems = problemsWith({ 'paths.json': { paths: [broken, ...rest] } });
  for (const field of ['answers', 'filter.categories', 'filter.audiences']) {
    assert.ok(
      problems.some((line) => line.startsWith(`data/paths.json › ${first.id} › ${field}:`)),
      field,
    );
  }
});

test('javascript: links and future dates are refused in answers', () => {
  const [first, ...rest] = answers;
  const broken = {
    ...first,
    sources: [
      { url: 'javascript:alert(1)', title: 'x', date: '2020-01-01' },
      { url: 'https://example.fr/', title: 'y', date: '2099-01-01' },
    ],
  };
  const problems = problemsWith({ 'answers.json': { answers: [broken, ...rest] } });
  assert.ok(
    problems.some((line) => line.includes('sources') && line.includes('https://')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((line) => line.includes('› sources[1].date: 2099-01-01 is in the future')),
  );
});

test('a search term belongs to one synonym entry only', () => {
  const synonyms = [
    { terms: ['dormir'], means: 'hebergement' },
    { terms: ['Dormir'], means: 'police' },
  ];
  const problems = problemsWith({ 'synonyms.json': { synonyms } });
  assert.deepEqual(problems, [
    'data/synonyms.json › #2 › terms: "Dormir" is already a term of entry #1; keep each term in one entry only',
  ]);
});
