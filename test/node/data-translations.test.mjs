// Translation marks: every entry with texts in English or Arabic says they are translated from
// French, and when; data:check refuses an entry without its mark or a mark without its texts,
// and data:report lists every translation no reviewer has read yet (data-report.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkData } from '../../scripts/data/check.mjs';
import { formatProblem } from '../../scripts/shared.mjs';
import { unreviewedTranslations } from '../../scripts/data/translations.mjs';
import { dataWithContacts, fixture, realData, TODAY } from './helpers.mjs';

const unmarked = () => structuredClone(fixture('translation-unmarked').contacts[0]);
const mark = (date, reviewed) => ({ from: 'fr', date, ...(reviewed && { reviewed }) });

function problemsWith(...contacts) {
  const { data, schemas } = dataWithContacts(contacts);
  return checkData(data, { schemas, today: TODAY }).map(formatProblem);
}

test('texts in English and Arabic without a mark are refused, one problem per language', () => {
  assert.deepEqual(problemsWith(unmarked()), [
    'data/contacts.json › fixture-translation-unmarked › translation: has texts in en (name, description) and no mark that they are translated; add "translation": { "en": { "from": "fr", "date": "YYYY-MM-DD" } }, the day they were translated from French',
    'data/contacts.json › fixture-translation-unmarked › translation: has texts in ar (name, description) and no mark that they are translated; add "translation": { "ar": { "from": "fr", "date": "YYYY-MM-DD" } }, the day they were translated from French',
  ]);
});

test('the same contact with both marks passes', () => {
  const contact = unmarked();
  contact.translation = { en: mark('2026-02-01'), ar: mark('2026-02-01', '2026-03-01') };
  assert.deepEqual(problemsWith(contact), []);
});

test('a mark for a language the entry has no text in is refused, and so is a review before the translation', () => {
  const contact = unmarked();
  delete contact.name.ar;
  delete contact.description.ar;
  contact.translation = { en: mark('2026-02-01', '2026-01-31'), ar: mark('2026-02-01') };
  assert.deepEqual(problemsWith(contact), [
    'data/contacts.json › fixture-translation-unmarked › translation.en.reviewed: "2026-01-31" is before the translation (2026-02-01); write the day a reviewer read the translation, on or after the day it was made',
    'data/contacts.json › fixture-translation-unmarked › translation.ar: marks the entry as translated into ar, but it has no ar text; translate name.ar, description.ar from French, or remove the mark',
  ]);
});

test('a French-only entry needs no mark; a mark with a language other than en and ar is refused', () => {
  const { name, description, ...rest } = unmarked();
  const french = { ...rest, name: { fr: name.fr }, description: { fr: description.fr } };
  assert.deepEqual(problemsWith(french), []);
  const problems = problemsWith({ ...french, translation: { de: mark('2026-02-01') } });
  assert.deepEqual(problems, [
    'data/contacts.json › fixture-translation-unmarked › translation.de: is not a known field (a typo?); the fields here are: en, ar',
  ]);
});

test('every file is held to it: an answer, a situation, a category lose their mark', () => {
  const { data, schemas } = realData();
  delete data['answers.json'].answers[0].translation.ar;
  delete data['paths.json'].paths[0].translation;
  delete data['categories.json'][0].translation;
  const where = checkData(data, { schemas, today: TODAY }).map(
    ({ file, id, field }) => `${file} › ${id} › ${field}`,
  );
  assert.deepEqual(where, [
    `answers.json › ${data['answers.json'].answers[0].id} › translation`,
    `paths.json › ${data['paths.json'].paths[0].id} › translation`,
    `paths.json › ${data['paths.json'].paths[0].id} › translation`,
    `categories.json › ${data['categories.json'][0].id} › translation`,
    `categories.json › ${data['categories.json'][0].id} › translation`,
  ]);
});

test('the real data: every answer, situation and published contact is translated and marked', () => {
  const { data } = realData();
  const unreviewed = unreviewedTranslations(data);
  const labels = unreviewed.ar.map(({ label }) => label);
  for (const answer of data['answers.json'].answers) {
    assert.ok(answer.answer.en && answer.answer.ar, answer.id);
    assert.ok(labels.includes(`data/answers.json › ${answer.id}`), answer.id);
  }
  for (const path of data['paths.json'].paths)
    assert.ok(labels.includes(`data/paths.json › ${path.id}`), path.id);
  for (const file of ['contacts.json', 'national.json']) {
    for (const contact of data[file].contacts.filter((c) => c.status === 'published'))
      assert.ok(labels.includes(`data/${file} › ${contact.id} (published)`), contact.id);
  }
});
