// `npm run data:import -- annuaire-2016 <file>` on a small file in the format of the 2016
// conversion of the annuaire de l'administration (one JSON record a line, as
// cquest/annuaire-services-publics writes data/annuaire-<dép>.sjson), into a copy of data/
// without the real 2016 import. Fixture values are made up (rue de l'Exemple, 03 20 00 00 6x/7x).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkFolder,
  dataCopy,
  importFixture,
  imported,
  runImport,
  summaryPart,
} from './import-helpers.mjs';

const FILE = importFixture('annuaire-2016.sjson');

/** A copy of data/ without the real 2016 import, nor the corrections that name its contacts. */
function freshCopy() {
  const folder = dataCopy();
  rmSync(join(folder, 'imported', 'annuaire-2016.json'), { force: true });
  const overrides = JSON.parse(readFileSync(join(folder, 'overrides.json'), 'utf8'));
  overrides.overrides = overrides.overrides.filter(({ id }) => !id.startsWith('annuaire-2016-'));
  writeFileSync(join(folder, 'overrides.json'), JSON.stringify(overrides));
  return folder;
}
const run = (folder, text = FILE) =>
  runImport(folder, 'annuaire-2016', text, {
    name: 'annuaire-59.sjson',
    fileDate: '2016-02-26',
  });

test('reads the first-door types of the 95 communes; a unit outside them and a CIDFF are left out', () => {
  const folder = freshCopy();
  const { status, stdout, stderr } = run(folder);
  assert.equal(status, 0, stderr);
  assert.deepEqual(
    [...imported(folder, 'annuaire-2016').byId.keys()],
    [
      'annuaire-2016-bav-59350-01',
      'annuaire-2016-commissariat-police-59152-01',
      'annuaire-2016-commissariat-police-59152-02',
      'annuaire-2016-commissariat-police-59350-01',
      'annuaire-2016-commissariat-police-59410-01',
      'annuaire-2016-mairie-59009-01',
      'annuaire-2016-mairie-59163-01',
      'annuaire-2016-permanence-juridique-59011-01',
      'annuaire-2016-permanence-juridique-59650-01',
    ],
  );
  // Cysoing's brigade is outside the metropolis; a CIDFF is not a first door.
  assert.match(stdout, /10 record\(s\) of the kinds it imports, 9 kept for the 95 communes/);
  const { content } = imported(folder, 'annuaire-2016');
  assert.equal(content.source.kind, 'annuaire-2016');
  assert.equal(content.source.date, '2016-02-26');
  assert.equal(checkFolder(folder).status, 0, checkFolder(folder).stderr);
});

test('a town hall the newer data lacks is published: phone, address, names, never the fax nor an http site', () => {
  const folder = freshCopy();
  run(folder);
  const croix = imported(folder, 'annuaire-2016').contact('annuaire-2016-mairie-59163-01');
  assert.equal(croix.status, 'published');
  assert.equal(croix.firstDoor, 'mairie');
  assert.deepEqual(croix.name, {
    fr: 'Mairie de Croix',
    en: 'Town hall (Mairie de Croix)',
    ar: 'دار البلدية (Mairie de Croix)',
  });
  assert.deepEqual(croix.channels, [
    { type: 'tel', number: '0320000061' },
    { type: 'email', address: 'accueil@example-croix.fr' },
  ]);
  assert.deepEqual(croix.address, {
    street: "1 rue de l'Exemple, BP 00061",
    postalCode: '59962',
    city: 'Croix Cedex',
  });
  assert.ok(!JSON.stringify(croix).includes('0320000069'), 'no fax');
  assert.ok(!JSON.stringify(croix).includes('http://'), 'no http site');
  // A file of 2016: to check, and residents read the year.
  assert.equal(croix.confidence, 'medium');
  assert.deepEqual(croix.residentNote, {
    fr: "Numéro de l'annuaire officiel, 2016 : il peut avoir changé.",
    en: 'Number from the official directory, 2016: it may have changed.',
    ar: 'رقم من الدليل الرسمي لعام 2016: ربما تغيّر.',
  });
  assert.equal(croix.sources[0].date, '2016-02-26');
  assert.equal(croix.sources[0].url, 'https://github.com/cquest/annuaire-services-publics');
  assert.match(croix.sources[0].title, /fiche mairie-59163-01 \(mise à jour le 2015-08-12\)/);
});

test('the newer wins: the same record of the 2019 export, or a door the commune already has, holds the 2016 one, with both named', () => {
  const folder = freshCopy();
  const { stdout } = run(folder);
  const { contact } = imported(folder, 'annuaire-2016');
  // Villeneuve-d'Ascq's town hall is in the 2019 export: that one is published, this one held,
  // and the team's note says how they differ.
  const villeneuve = contact('annuaire-2016-mairie-59009-01');
  assert.equal(villeneuve.status, 'held');
  assert.match(villeneuve.confidenceNote.fr, /annuaire-2019-mairie-59009-01, qui prévaut/);
  assert.match(villeneuve.confidenceNote.fr, /téléphone 0320000062 \(plus récent : 0\d{9}\)/);
  // The personal-looking e-mail is left out.
  assert.ok(!JSON.stringify(villeneuve).includes('jean.dupont'));
  // Lille already has its Hôtel de police (data/contacts.json).
  const lille = contact('annuaire-2016-commissariat-police-59350-01');
  assert.equal(lille.status, 'held');
  assert.match(lille.confidenceNote.fr, /hotel-de-police-lille/);
  const settled = summaryPart(stdout, 'Set against the newer data of data/');
  assert.ok(
    settled.some((line) =>
      line.startsWith('annuaire-2016-mairie-59009-01 → annuaire-2019-mairie-59009-01: téléphone'),
    ),
    settled.join('\n'),
  );
  assert.ok(
    settled.some((line) =>
      line.startsWith(
        'annuaire-2016-commissariat-police-59350-01: the commune already has hotel-de-police-lille',
      ),
    ),
  );
});

test('a gap is filled once, with a phone; the court’s victim bureau is never published', () => {
  const folder = freshCopy();
  run(folder);
  const { contact } = imported(folder, 'annuaire-2016');
  const comines = contact('annuaire-2016-commissariat-police-59152-01');
  assert.equal(comines.status, 'published');
  assert.equal(comines.firstDoor, 'police');
  assert.equal(comines.name.fr, 'Commissariat de police de Comines');
  assert.deepEqual(comines.channels.slice(0, 2), [
    { type: 'tel', number: '0320000063' },
    { type: 'web', url: 'https://www.example-police.fr' },
  ]);
  const second = contact('annuaire-2016-commissariat-police-59152-02');
  assert.equal(second.status, 'held');
  assert.match(second.confidenceNote.fr, /annuaire-2016-commissariat-police-59152-01/);
  // A legal advice point with a phone fills Wattrelos's justice door, with the commune's name.
  const wattrelos = contact('annuaire-2016-permanence-juridique-59650-01');
  assert.equal(wattrelos.status, 'published');
  assert.equal(wattrelos.firstDoor, 'justice');
  assert.equal(wattrelos.name.fr, "Point d'accès au droit de Wattrelos");
  assert.equal(wattrelos.address.city, 'Wattrelos');
  // Without a phone, a permanence at a town hall is held.
  const annoeullin = contact('annuaire-2016-permanence-juridique-59011-01');
  assert.equal(annoeullin.status, 'held');
  assert.match(annoeullin.confidenceNote.fr, /Sans téléphone/);
  const bav = contact('annuaire-2016-bav-59350-01');
  assert.equal(bav.status, 'held');
  assert.equal(bav.firstDoor, 'victimes');
  assert.match(bav.confidenceNote.fr, /ressort du tribunal/);
});

test('a record last updated more than two years before the file says its own year; the commune’s spelling wins', () => {
  const folder = freshCopy();
  run(folder);
  const mons = imported(folder, 'annuaire-2016').contact(
    'annuaire-2016-commissariat-police-59410-01',
  );
  assert.equal(mons.status, 'published');
  assert.equal(mons.name.fr, 'Commissariat de police de Mons-en-Barœul');
  assert.equal(
    mons.residentNote.fr,
    'Informations mises à jour pour la dernière fois en 2012. Renseignez-vous avant de vous déplacer.',
  );
  assert.match(mons.confidenceNote.fr, /10 mai 2012/);
});

test('a second import of the same file changes nothing', () => {
  const folder = freshCopy();
  run(folder);
  const { status, stdout } = run(folder);
  assert.equal(status, 0);
  assert.deepEqual(summaryPart(stdout, 'Added'), []);
  assert.deepEqual(summaryPart(stdout, 'Changed'), []);
  assert.equal(summaryPart(stdout, 'Unchanged').length, 9);
});

test('a line that is not a record is refused with its number, and nothing is written', () => {
  const folder = freshCopy();
  const lines = FILE.split('\n');
  lines.splice(2, 0, '{"codeinsee": "59163", "nom": "Mairie de Croix"');
  const { status, stderr } = run(folder, lines.join('\n'));
  assert.equal(status, 1);
  assert.match(
    stderr,
    /annuaire-59\.sjson cannot be read as the annuaire-2016 format: line 3 is not JSON/,
  );
  assert.equal(existsSync(join(folder, 'imported', 'annuaire-2016.json')), false);
});
