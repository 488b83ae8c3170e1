// The texts residents read are short and in their words: a card's summary, the note for
// residents on what is uncertain. Each rule of the check is proven by a failing fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkData } from '../../scripts/data/check.mjs';
import { formatProblem } from '../../scripts/shared.mjs';
import { countWords } from '../../scripts/data/words.mjs';
import { dataWithContacts, fixture, realData, TODAY } from './helpers.mjs';

/** The problems data:check finds when data/contacts.json holds these contacts. */
function problemsWith(...contacts) {
  const { data, schemas } = dataWithContacts(contacts);
  return checkData(data, { schemas, today: TODAY }).map(formatProblem);
}
const only = (name) => fixture(name).contacts[0];
const { data } = realData();
const contacts = [...data['national.json'].contacts, ...data['contacts.json'].contacts];
const published = contacts.filter(({ status }) => status === 'published');

test('words are counted as a resident reads them', () => {
  assert.equal(
    countWords('Accueil de jour pour femmes, avec ou sans enfants, sans rendez-vous'),
    11,
  );
  assert.equal(countWords("L'appel n'apparaît pas : appelez le 116 006 ou le 0 800 05 95 95."), 9);
  assert.equal(countWords('  Dormir – ce soir  '), 3);
});

test('a summary longer than 12 words is refused', () => {
  assert.deepEqual(problemsWith(only('long-summary')), [
    'data/contacts.json › fixture-long-summary › summary.fr: "Accueil de jour pour les femmes victimes de violences, avec ou sans leurs en… has 18 words; at most 12 words: one line on what it is and for whom, e.g. "Accueil de jour pour femmes, avec ou sans enfants, sans rendez-vous"',
  ]);
});

test('every published contact has a summary of at most 12 words, in French, English and Arabic', () => {
  for (const contact of published) {
    assert.ok(contact.summary, `${contact.id}: no summary`);
    assert.ok(countWords(contact.summary.fr) <= 12, contact.id);
    assert.ok(contact.summary.en && contact.summary.ar, `${contact.id}: summary not translated`);
  }
});

test('a published contact whose confidence is not high needs a note for residents', () => {
  assert.deepEqual(problemsWith(only('missing-resident-note')), [
    'data/contacts.json › fixture-missing-resident-note › residentNote: is missing; a published contact whose confidence is not high tells residents what is uncertain and what to do, in at most 25 plain words: "residentNote": { "fr": "Horaires à confirmer. Appelez avant de vous déplacer.", "en": "…", "ar": "…" }',
  ]);
  // Held back, it is not shown: the team's note is enough until it is published.
  assert.deepEqual(problemsWith({ ...only('missing-resident-note'), status: 'held' }), []);
});

test('a note for residents longer than 25 words is refused', () => {
  const problems = problemsWith(only('long-resident-note'));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(
    problems[0],
    /^data\/contacts\.json › fixture-long-resident-note › residentNote\.fr: "Le téléphone .*… has 33 words; at most 25 plain words for residents: what is uncertain and what to do, e\.g\. "Horaires à confirmer\. Appelez avant de vous déplacer\."$/,
  );
});

test("a note for residents does not speak the data team's words", () => {
  assert.deepEqual(problemsWith(only('team-words-note')), [
    'data/contacts.json › fixture-team-words-note › residentNote.fr: "fichier" is a word of the data team\'s notes, not of residents; say in everyday words what is uncertain and what to do; the team\'s explanation stays in confidenceNote',
  ]);
});

test('an uncertain answer needs a short note for residents', () => {
  const answers = data['answers.json'].answers;
  const index = answers.findIndex(({ confidence }) => confidence !== 'high');
  const { residentNote: _note, ...withoutNote } = answers[index];
  const long = {
    ...answers[index],
    residentNote: { fr: Array(26).fill('mot').join(' ') },
  };
  const check = (answer) =>
    checkData(
      { ...data, 'answers.json': { answers: answers.with(index, answer) } },
      { schemas: realData().schemas, today: TODAY },
    ).map(formatProblem);
  const id = answers[index].id;
  assert.deepEqual(check(withoutNote), [
    `data/answers.json › ${id} › residentNote: is missing; when confidence is not high, tell residents what is uncertain and what to do, in at most 25 plain words: "residentNote": { "fr": "…", "en": "…", "ar": "…" }`,
  ]);
  const [tooLong, ...others] = check(long);
  assert.deepEqual(others, []);
  assert.match(
    tooLong,
    new RegExp(`^data/answers\\.json › ${id} › residentNote\\.fr: .* has 26 words; at most 25`),
  );
});

test('every published uncertain entry has a note for residents, short, in their words and in three languages', () => {
  const entries = [...published, ...data['answers.json'].answers].filter(
    ({ confidence }) => confidence !== 'high',
  );
  assert.ok(entries.length >= 19);
  for (const entry of entries) {
    const note = entry.residentNote;
    assert.ok(note, `${entry.id}: no residentNote`);
    assert.ok(countWords(note.fr) <= 25, entry.id);
    assert.ok(note.en && note.ar, `${entry.id}: residentNote not translated`);
    assert.doesNotMatch(note.fr, /source|fichier|jeu de données|relev|application/i, entry.id);
  }
});

test('a contact that may not answer is not of high confidence', () => {
  assert.deepEqual(problemsWith(only('may-not-answer-high')), [
    'data/contacts.json › fixture-may-not-answer-high › mayNotAnswer: is true, but the confidence is "high"; a contact that may not be working is of "medium" or "low" confidence, and its confidenceNote and residentNote say why',
  ]);
});

test('a call absent from the bill says so in its trace note', () => {
  assert.deepEqual(problemsWith(only('not-on-bill-without-trace')), [
    'data/contacts.json › fixture-not-on-bill-without-trace › notOnBill: is true, but traceNote.fr does not say that the call is absent from the bill; only when a source says so, and then say it in traceNote too: "N\'apparaît pas sur la facture de téléphone."',
  ]);
});

test('the contacts whose own notes doubt they still work, and the calls absent from the bill', () => {
  const marked = (field) =>
    contacts.filter((contact) => contact[field] === true).map(({ id }) => id);
  for (const id of [
    'solfa-accueil-de-jour-rosa-lille',
    'solfa-accueil-de-jour-armentieres',
    'allo-victimes-barreau-lille',
  ]) {
    assert.ok(marked('mayNotAnswer').includes(id), id);
  }
  assert.ok(!marked('mayNotAnswer').includes('cidff-lille'));
  assert.deepEqual(marked('notOnBill').sort(), [
    '119-allo-enfance-en-danger',
    '3919-violences-femmes-info',
    'urgence-europeenne-112',
  ]);
});

test('every question of the answers reads in French, English and Arabic', () => {
  for (const { id, question } of data['answers.json'].answers) {
    assert.ok(question.en && question.ar, id);
  }
});
