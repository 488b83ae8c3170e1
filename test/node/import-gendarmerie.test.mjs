// `npm run data:import -- gendarmerie <file>` on small files in the format of the data.gouv.fr
// list of gendarmerie units, with hours as text (`horaires_accueil`) or day by day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileHours } from '../../scripts/data/hours.mjs';
import { hoursFromText } from '../../scripts/import/gendarmerie.mjs';
import {
  checkFolder,
  dataCopy,
  importFixture,
  imported,
  runImport,
  summaryPart,
} from './import-helpers.mjs';

const GENDARMERIE = importFixture('gendarmerie.csv');

test('keeps the units of the 95 communes that receive the public', () => {
  const folder = dataCopy();
  const { status, stdout, stderr } = runImport(folder, 'gendarmerie', GENDARMERIE);
  assert.equal(status, 0, stderr);
  const { byId } = imported(folder, 'gendarmerie');
  // 1000004 is a recruitment centre, 1000005 is outside the metropolis.
  assert.deepEqual(
    [...byId.keys()],
    ['gendarmerie-1000001', 'gendarmerie-1000002', 'gendarmerie-1000003', 'gendarmerie-1000006'],
  );
  assert.match(
    stdout,
    /5 record\(s\) of the kinds it imports, 4 kept for the 95 communes, 1 left out/,
  );
  assert.equal(byId.get('gendarmerie-1000001').record, '1000001');
  assert.equal(checkFolder(folder).status, 0, checkFolder(folder).stderr);
});

test('hours in words become opening_hours, with public holidays said to be unknown', () => {
  const folder = dataCopy();
  runImport(folder, 'gendarmerie', GENDARMERIE);
  const bassee = imported(folder, 'gendarmerie').contact('gendarmerie-1000001');
  assert.equal(
    bassee.hours,
    'Mo-Fr 08:00-12:00,14:00-18:00; Sa 14:00-18:00; Su 09:00-12:00,15:00-18:00; PH off',
  );
  assert.equal(compileHours(bassee.hours).problem, undefined);
  assert.match(bassee.hoursText.fr, /^Du lundi au vendredi : 8 h–12 h et 14 h–18 h ; samedi/);
  assert.match(bassee.hoursText.fr, /jours fériés : non précisés par la source/);
  assert.equal(bassee.name.fr, 'Gendarmerie - Brigade de La Bassée');
  assert.deepEqual(bassee.address, {
    street: '1 rue du Fixture',
    postalCode: '59480',
    city: 'La Bassée',
  });
});

test('public holidays given by the source, and missing hours', () => {
  const folder = dataCopy();
  runImport(folder, 'gendarmerie', GENDARMERIE);
  const { contact } = imported(folder, 'gendarmerie');
  assert.equal(contact('gendarmerie-1000006').hours, 'Sa 08:00-12:00; PH 09:00-12:00');
  const quesnoy = contact('gendarmerie-1000002');
  assert.equal(quesnoy.hours, undefined);
  assert.equal(quesnoy.hoursText, undefined);
  assert.equal(quesnoy.name.fr, 'Gendarmerie - Brigade de Quesnoy-sur-Deûle');
});

test('a unit with no phone and no usable address is imported held, with a note', () => {
  const folder = dataCopy();
  const noPhone = GENDARMERIE.replace('rue Marie-Madeleine-Dupuis;59320;', ';;');
  runImport(folder, 'gendarmerie', noPhone);
  const hallennes = imported(folder, 'gendarmerie').contact('gendarmerie-1000006');
  assert.equal(hallennes.status, 'held');
  assert.equal(hallennes.confidence, 'low');
  assert.match(hallennes.confidenceNote.fr, /ni téléphone/);
});

test('a comment in the hours keeps them as text only; a short code is nobody’s phone', () => {
  const folder = dataCopy();
  const { stdout } = runImport(folder, 'gendarmerie', GENDARMERIE);
  const annoeullin = imported(folder, 'gendarmerie').contact('gendarmerie-1000003');
  assert.equal(annoeullin.name.fr, "Gendarmerie - Brigade d'Annœullin");
  assert.equal(annoeullin.hours, undefined);
  assert.match(annoeullin.hoursText.fr, /sur rendez-vous/);
  assert.deepEqual(annoeullin.channels, [{ type: 'tel', number: '0320000033' }]);
  assert.deepEqual(summaryPart(stdout, 'Left out of a record'), [
    'gendarmerie-1000003: phone "17" left out: not a ten-digit French number in service',
    'gendarmerie-1000003: hours kept as text only: the source adds a comment to them',
  ]);
});

test('hours day by day (lundi_plage1_debut …, jours_feries_plage1_debut …)', () => {
  const folder = dataCopy();
  const { status, stderr } = runImport(
    folder,
    'gendarmerie',
    importFixture('gendarmerie-by-day.csv'),
  );
  assert.equal(status, 0, stderr);
  const bassee = imported(folder, 'gendarmerie').contact('gendarmerie-1000001');
  assert.equal(bassee.hours, 'Mo,Tu 08:00-12:00,14:00-18:00; We-Fr 08:00-12:00; PH 09:00-12:00');
  assert.equal(compileHours(bassee.hours).problem, undefined);
});

test('the text of horaires_accueil, day by day', () => {
  assert.deepEqual(hoursFromText(' Lundi : 8h00-12h00 14h00-18h00 Mardi : fermé Samedi : 9h-12h'), {
    week: [
      [
        ['08:00', '12:00'],
        ['14:00', '18:00'],
      ],
      [],
      [],
      [],
      [],
      [['09:00', '12:00']],
      [],
    ],
    holidays: null,
    comments: [],
  });
  assert.deepEqual(hoursFromText('Accueil sur rendez-vous').comments, ['Accueil sur rendez-vous']);
  assert.equal(hoursFromText('  '), null);
});
