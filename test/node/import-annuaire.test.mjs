// `npm run data:import -- annuaire <file>` on small files in the two shapes of the annuaire de
// l'administration: the data.gouv.fr file ({ "service": [ … ] }) and an API Annuaire export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkFolder,
  dataCopy,
  importFixture,
  imported,
  runImport,
  summaryPart,
} from './import-helpers.mjs';

const ANNUAIRE = importFixture('annuaire.json');
const run = (folder, text = ANNUAIRE) =>
  runImport(folder, 'annuaire', text, { name: 'annuaire.json' });

test('keeps the first doors of the 95 communes, and only the kinds it knows', () => {
  const folder = dataCopy();
  const { status, stdout, stderr } = run(folder);
  assert.equal(status, 0, stderr);
  // The Caf is not a kind it imports; the Fontaine-le-Port town hall is outside the metropolis.
  assert.deepEqual(
    [...imported(folder, 'annuaire').byId.keys()],
    [
      'annuaire-ccas-59599-01',
      'annuaire-gendarmerie-59051-01',
      'annuaire-mairie-59009-01',
      'annuaire-mjd-59599-01',
    ],
  );
  assert.match(
    stdout,
    /5 record\(s\) of the kinds it imports, 4 kept for the 95 communes, 1 left out/,
  );
  assert.equal(checkFolder(folder).status, 0, checkFolder(folder).stderr);
});

test('a town hall: phones, https site, service e-mail, address, weekly hours', () => {
  const folder = dataCopy();
  run(folder);
  const { contact, byId } = imported(folder, 'annuaire');
  const mairie = contact('annuaire-mairie-59009-01');
  assert.equal(byId.get(mairie.id).record, '0f6a1c2e-0000-4000-8000-000000000001');
  assert.equal(mairie.name.fr, "Mairie - Villeneuve-d'Ascq");
  assert.equal(mairie.firstDoor, 'mairie');
  assert.deepEqual(mairie.channels, [
    { type: 'tel', number: '0320000041' },
    { type: 'tel', number: '0320000042' },
    { type: 'web', url: 'https://www.example-villeneuvedascq.fr' },
    { type: 'email', address: 'accueil@example-villeneuvedascq.fr' },
  ]);
  assert.deepEqual(mairie.address, {
    street: 'Hôtel de ville, 1 place Salvador-Allende',
    postalCode: '59650',
    city: "Villeneuve-d'Ascq",
  });
  assert.equal(mairie.hours, 'Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00; PH off');
  assert.equal(mairie.confidence, 'high');
  assert.match(
    mairie.sources[0].title,
    /fiche 0f6a1c2e-0000-4000-8000-000000000001 \(mairie-59009-01\)/,
  );
});

test('what it leaves out is said: a personal e-mail, an http site, hours with a comment', () => {
  const folder = dataCopy();
  const { stdout } = run(folder);
  assert.deepEqual(summaryPart(stdout, 'Left out of a record'), [
    "annuaire-mairie-59009-01: e-mail jean.dupont@example-villeneuvedascq.fr left out: it looks like a person's name",
    'annuaire-ccas-59599-01: website http://www.example-tourcoing.fr/ccas left out: not an https:// address (never rewritten as https)',
    'annuaire-ccas-59599-01: hours kept as text only: the source adds a comment to them',
  ]);
  const ccas = imported(folder, 'annuaire').contact('annuaire-ccas-59599-01');
  assert.ok(!JSON.stringify(ccas).includes('example-tourcoing.fr'));
  assert.equal(ccas.hours, undefined);
  assert.match(ccas.hoursText.fr, /uniquement sur rendez-vous/);
  // Last updated in 2021: more than two years before the file.
  assert.equal(ccas.confidence, 'medium');
  assert.match(ccas.confidenceNote.fr, /15 mars 2021/);
  // Residents read what that means for them, in their words and in three languages.
  assert.deepEqual(Object.keys(ccas.residentNote), ['fr', 'en', 'ar']);
  assert.match(ccas.residentNote.fr, /en 2021\. Renseignez-vous avant de vous déplacer\.$/);
  assert.ok(ccas.summary.fr && ccas.summary.en && ccas.summary.ar);
});

test('a unit covering several communes serves those of the metropolis', () => {
  const folder = dataCopy();
  run(folder);
  const brigade = imported(folder, 'annuaire').contact('annuaire-gendarmerie-59051-01');
  assert.deepEqual(brigade.scope, {
    type: 'communes',
    insee: ['59025', '59051', '59250', '59303', '59524', '59550'],
  });
  assert.equal(brigade.firstDoor, 'police');
});

test('a record with no way to reach it is held, and says why', () => {
  const folder = dataCopy();
  run(folder);
  const mjd = imported(folder, 'annuaire').contact('annuaire-mjd-59599-01');
  assert.equal(mjd.status, 'held');
  assert.equal(mjd.firstDoor, 'justice');
  assert.match(mjd.confidenceNote.fr, /ni téléphone, ni site en https, ni e-mail, ni adresse/);
});

test('an API Annuaire export, where lists are JSON written in strings', () => {
  const folder = dataCopy();
  const { status, stderr } = runImport(folder, 'annuaire', importFixture('annuaire-api.json'), {
    name: 'api-lannuaire-administration.json',
  });
  assert.equal(status, 0, stderr);
  const ccas = imported(folder, 'annuaire').contact('annuaire-ccas-59009-01');
  assert.deepEqual(ccas.channels, [
    { type: 'tel', number: '0320000045' },
    { type: 'web', url: 'https://www.example-villeneuvedascq.fr/ccas' },
    { type: 'email', address: 'ccas@example-villeneuvedascq.fr' },
  ]);
  assert.equal(ccas.hours, 'Mo-Th 09:00-12:00,14:00-17:00; PH off');
  assert.equal(ccas.firstDoor, 'mairie');
});
