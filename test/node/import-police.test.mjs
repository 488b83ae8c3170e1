// `npm run data:import -- police <file>` on a small file in the format of the data.gouv.fr list
// of police services: what it keeps, how it maps the fields, and that the result passes data:check.
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

const POLICE = importFixture('police.csv');

test('keeps the services of the 95 communes and leaves the others out', () => {
  const folder = dataCopy();
  const { status, stdout, stderr } = runImport(folder, 'police', POLICE);
  assert.equal(status, 0, stderr);
  assert.match(
    stdout,
    /4 record\(s\) of the kinds it imports, 3 kept for the 95 communes, 1 left out/,
  );
  const { byId } = imported(folder, 'police');
  assert.deepEqual([...byId.keys()].sort(), [
    'police-bureau-de-police-de-lomme',
    'police-commissariat-central-de-roubaix',
    'police-commissariat-de-police-de-villeneuve-d-ascq',
  ]);
  assert.equal(summaryPart(stdout, 'Added').length, 3);
  assert.equal(checkFolder(folder).status, 0, checkFolder(folder).stderr);
});

test('maps the fields: name with an apostrophe, phones, address, scope, source', () => {
  const folder = dataCopy();
  runImport(folder, 'police', POLICE);
  const { contact, byId } = imported(folder, 'police');
  const vda = contact('police-commissariat-de-police-de-villeneuve-d-ascq');
  assert.equal(vda.name.fr, "Commissariat de police de Villeneuve d'Ascq");
  assert.deepEqual(vda.channels, [{ type: 'tel', number: '0320000001' }]);
  // The official spelling of the commune, not the file's capitals without accents.
  assert.deepEqual(vda.address, {
    street: 'Place Vincent Van Gogh',
    postalCode: '59650',
    city: "Villeneuve-d'Ascq",
  });
  assert.deepEqual(vda.scope, { type: 'communes', insee: ['59009'] });
  assert.equal(vda.firstDoor, 'police');
  assert.deepEqual(vda.categories, ['police']);
  assert.equal(vda.status, 'published');
  // An importer never writes a verification: the file's date is the one residents read.
  assert.equal(vda.verification, undefined);
  assert.equal(vda.verified, undefined);
  assert.match(vda.sources[0].publisher.fr, /liste officielle des services de police/);
  assert.equal(vda.sources[0].date, '2026-11-20');
  assert.match(vda.sources[0].url, /^https:\/\/www\.data\.gouv\.fr\/.*services-de-police/);
  assert.match(
    vda.sources[0].title,
    /ligne « Commissariat de police de Villeneuve d'Ascq » \(code commune 59009\)/,
  );
  assert.equal(vda.hours, undefined, 'the police list gives no hours');
  assert.equal(byId.get(vda.id).record, "59009 Commissariat de police de Villeneuve d'Ascq");
});

test("an associated commune's code serves Lille, under its own name", () => {
  const folder = dataCopy();
  runImport(folder, 'police', POLICE);
  const lomme = imported(folder, 'police').contact('police-bureau-de-police-de-lomme');
  assert.deepEqual(lomme.scope, { type: 'communes', insee: ['59350'] });
  assert.equal(lomme.address.city, 'Lomme');
});

test('several phones in one field, and a quoted field holding the delimiter', () => {
  const folder = dataCopy();
  runImport(folder, 'police', POLICE);
  const roubaix = imported(folder, 'police').contact('police-commissariat-central-de-roubaix');
  assert.deepEqual(roubaix.channels, [
    { type: 'tel', number: '0320000010' },
    { type: 'tel', number: '0320000011' },
  ]);
  // No `voie`: the street comes from adresse_geographique, without its postal code and town.
  assert.deepEqual(roubaix.address, {
    street: 'Hôtel de police; 2 rue du Fixture',
    postalCode: '59100',
    city: 'Roubaix',
  });
});

test('a file with no service of the metropolis is refused and nothing is written', () => {
  const folder = dataCopy();
  const outside = POLICE.split('\r\n')
    .filter((line, i) => i === 0 || line.includes('BOURG EN BRESSE'))
    .join('\r\n');
  const { status, stderr } = runImport(folder, 'police', outside);
  assert.equal(status, 1);
  assert.match(stderr, /none for the 95 communes: is it the police file\? Nothing was written/);
});
