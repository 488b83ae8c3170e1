// The texts residents read are short and in their words: a card's summary, the note for
// residents on what is uncertain. Each rule of the check is proven by a failing fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkData } from '../../scripts/lib/check.mjs';
import { formatProblem } from '../../scripts/lib/problems.mjs';
import { countWords } from '../../scripts/lib/words.mjs';
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
