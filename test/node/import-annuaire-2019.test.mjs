// `npm run data:import -- annuaire-2019 <file>` on a small file in the format of the 2019 export
// of the annuaire de l'administration (madada.fr upload files): ids type-INSEE-nn, the address
// and phones in one `notes` text. Fixture values are made up (rue de l'Exemple, 03 20 00 00 4x).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotes } from '../../scripts/import/annuaire-2019.mjs';
import {
  checkFolder,
  dataCopy,
  importFixture,
  imported,
  runImport,
  summaryPart,
} from './import-helpers.mjs';

const EXPORT = importFixture('annuaire-2019.csv');

/** A copy of data/ without the real 2019 import, nor the corrections that name its contacts. */
function freshCopy() {
  const folder = dataCopy();
  rmSync(join(folder, 'imported', 'annuaire-2019.json'), { force: true });
  writeFileSync(join(folder, 'overrides.json'), JSON.stringify({ overrides: [] }));
  return folder;
}
/** The 2019 file, imported in 2026: the test's file date is the export's own. */
const run = (folder, text = EXPORT) =>
  runImport(folder, 'annuaire-2019', text, { name: 'annuaire-2019.csv', fileDate: '2019-09-22' });

test('keeps the first-door types of the 95 communes, with ids made of the export’s', () => {
  const folder = freshCopy();
  const { status, stdout, stderr } = run(folder);
  assert.equal(status, 0, stderr);
  // The Caf is not a type it imports; Fontaine-le-Port is outside the metropolis.
  assert.deepEqual(
    [...imported(folder, 'annuaire-2019').byId.keys()],
    [
      'annuaire-2019-cidf-59599-01',
      'annuaire-2019-commissariat-police-59163-01',
      'annuaire-2019-gendarmerie-59051-01',
      'annuaire-2019-mairie-59009-01',
      'annuaire-2019-mairie-59316-01',
      'annuaire-2019-mairie-59350-02',
      'annuaire-2019-mairie-59378-01',
      'annuaire-2019-mjd-59512-01',
      'annuaire-2019-permanence-juridique-59350-03',
    ],
  );
  assert.match(stdout, /10 record\(s\) of the kinds it imports, 9 kept for the 95 communes/);
  const { content } = imported(folder, 'annuaire-2019');
  assert.equal(content.source.kind, 'annuaire-2019');
  assert.equal(content.source.date, '2019-09-22');
  assert.equal(checkFolder(folder).status, 0, checkFolder(folder).stderr);
});

test('a town hall: phone from the notes, never the fax; its address; its names in three languages', () => {
  const folder = freshCopy();
  run(folder);
  const { contact, byId } = imported(folder, 'annuaire-2019');
  const mairie = contact('annuaire-2019-mairie-59009-01');
  assert.equal(byId.get(mairie.id).record, 'mairie-59009-01');
  assert.deepEqual(mairie.name, {
    fr: "Mairie de Villeneuve-d'Ascq",
    en: "Town hall (Mairie de Villeneuve-d'Ascq)",
    ar: "دار البلدية (Mairie de Villeneuve-d'Ascq)",
  });
  assert.equal(mairie.firstDoor, 'mairie');
  assert.deepEqual(mairie.channels, [
    { type: 'tel', number: '0320000041' },
    { type: 'web', url: 'https://www.example-villeneuvedascq.fr' },
    { type: 'email', address: 'accueil@example-villeneuvedascq.fr' },
  ]);
  assert.deepEqual(mairie.address, {
    street: "1 place de l'Exemple, BP 00001",
    postalCode: '59650',
    city: "Villeneuve-d'Ascq Cedex",
  });
  assert.ok(!JSON.stringify(mairie).includes('0320000049'), 'no fax');
  // The export lost the "œ" of Marcq-en-Barœul: the name and town are the commune's.
  const marcq = contact('annuaire-2019-mairie-59378-01');
  assert.equal(marcq.name.fr, 'Mairie de Marcq-en-Barœul');
  assert.equal(marcq.address.city, 'Marcq-en-Barœul');
  // The rows with a contact form write the notes without "Adresse :" and with "- Tél :".
  const lomme = contact('annuaire-2019-mairie-59350-02');
  assert.equal(lomme.name.fr, 'Mairie associée de Lomme');
  assert.deepEqual(lomme.channels, [{ type: 'tel', number: '0320000043' }]);
  assert.deepEqual(lomme.address, {
    street: "Lomme, 3 avenue de l'Exemple, BP 00002",
    postalCode: '59160',
    city: 'Lille',
  });
  assert.deepEqual(lomme.scope, { type: 'communes', insee: ['59350'] });
  // Only a fax: no phone at all.
  assert.equal(contact('annuaire-2019-mairie-59316-01').channels, undefined);
});

test('a file of 2019 is medium, with the note residents read and a translation mark', () => {
  const folder = freshCopy();
  run(folder);
  const mairie = imported(folder, 'annuaire-2019').contact('annuaire-2019-mairie-59009-01');
  assert.equal(mairie.status, 'published');
  assert.equal(mairie.confidence, 'medium');
  assert.match(mairie.confidenceNote.fr, /Fichier du 22 septembre 2019/);
  assert.deepEqual(mairie.residentNote, {
    fr: "Numéro de l'annuaire officiel, 2019 : il peut avoir changé.",
    en: 'Number from the official directory, 2019: it may have changed.',
    ar: 'رقم من الدليل الرسمي لعام 2019: ربما تغيّر.',
  });
  for (const field of ['description', 'summary']) {
    assert.ok(mairie[field].en && mairie[field].ar, field);
  }
  assert.deepEqual(mairie.translation, {
    en: { from: 'fr', date: '2026-12-06' },
    ar: { from: 'fr', date: '2026-12-06' },
  });
  assert.equal(mairie.sources[0].date, '2019-09-22');
  // The copy's address stays for the team; residents follow the annuaire itself, named in
  // their words, and read the file's date: nobody confirmed these facts.
  assert.equal(mairie.sources[0].url, 'https://github.com/okfnfr/dada-france-authorities');
  assert.equal(mairie.sources[0].page, 'https://lannuaire.service-public.fr/');
  assert.deepEqual(mairie.sources[0].publisher, {
    fr: "l'annuaire officiel de l'administration",
    en: 'the official directory of the French administration',
    ar: 'الدليل الرسمي للإدارة الفرنسية',
  });
  assert.match(mairie.sources[0].title, /fiche mairie-59009-01/);
  assert.equal(mairie.verification, undefined);
  assert.equal(mairie.verified, undefined);
});

test('each type becomes its kind of door; names lose the export’s codes', () => {
  const folder = freshCopy();
  run(folder);
  const { contact } = imported(folder, 'annuaire-2019');
  const kinds = (id) => {
    const { firstDoor, categories, name } = contact(id);
    return { firstDoor, categories, name: name.fr };
  };
  assert.deepEqual(kinds('annuaire-2019-gendarmerie-59051-01'), {
    firstDoor: 'police',
    categories: ['police'],
    name: 'Brigade de gendarmerie de La Bassée',
  });
  assert.deepEqual(kinds('annuaire-2019-commissariat-police-59163-01'), {
    firstDoor: 'police',
    categories: ['police'],
    name: 'Commissariat de police de Croix',
  });
  assert.deepEqual(kinds('annuaire-2019-mjd-59512-01'), {
    firstDoor: 'justice',
    categories: ['droits'],
    name: 'Maison de justice et du droit de Roubaix',
  });
  assert.deepEqual(kinds('annuaire-2019-permanence-juridique-59350-03'), {
    firstDoor: 'justice',
    categories: ['droits'],
    name: "Point d'accès au droit de Lille",
  });
  // A CIDFF informs on rights; it is not one of the four first doors.
  assert.deepEqual(kinds('annuaire-2019-cidf-59599-01'), {
    firstDoor: undefined,
    categories: ['droits'],
    name: 'CIDFF de Tourcoing',
  });
  assert.equal(contact('annuaire-2019-mjd-59512-01').address.street, "6, avenue de l'Exemple");
});

test('what it leaves out is said: a personal e-mail, http sites, the "call 17" text', () => {
  const folder = freshCopy();
  const { stdout } = run(folder);
  const left = summaryPart(stdout, 'Left out of a record');
  assert.ok(
    left.includes(
      "annuaire-2019-mairie-59378-01: e-mail jean.dupont@example-marcq.fr left out: it looks like a person's name",
    ),
  );
  assert.ok(
    left.includes(
      'annuaire-2019-commissariat-police-59163-01: phone "appeler le 17 en cas d\'urgence" left out: not a ten-digit French number in service',
    ),
  );
  assert.ok(
    left.includes(
      'annuaire-2019-cidf-59599-01: website http://www.example-cidff.fr left out: not an https:// address (never rewritten as https)',
    ),
  );
  const all = imported(folder, 'annuaire-2019').text;
  assert.ok(!all.includes('jean.dupont'));
  assert.ok(!all.includes('http://'));
});

test('the same file again changes nothing but the dates; a wrong file writes nothing', () => {
  const folder = freshCopy();
  run(folder);
  const before = imported(folder, 'annuaire-2019').text;
  const again = run(folder);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(summaryPart(again.stdout, 'Unchanged').length, 9);
  assert.equal(imported(folder, 'annuaire-2019').text, before);
  const wrong = run(freshCopy(), 'a,b,c\n1,2,3\n');
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stderr, /not the 2019 export|none for the 95 communes/);
});

test('notes in both shapes: street with commas, no phone, the fax never read', () => {
  assert.deepEqual(
    parseNotes(
      "Adresse : 174, rue de l'Exemple,59700,Marcq | Tél : 03 20 00 00 01 | Fax : 03 20 00 00 02",
    ),
    {
      address: { street: "174, rue de l'Exemple", postalCode: '59700', city: 'Marcq' },
      phone: '03 20 00 00 01',
    },
  );
  assert.deepEqual(
    parseNotes("Place de l'Exemple,59150,Wattrelos- Tél : 03 20 00 00 03- Fax : 03 20 00 00 04"),
    {
      address: { street: "Place de l'Exemple", postalCode: '59150', city: 'Wattrelos' },
      phone: '03 20 00 00 03',
    },
  );
  assert.equal(parseNotes('Adresse : 1 rue X,59000,Lille | Fax : 03 20 00 00 05').phone, '');
});
