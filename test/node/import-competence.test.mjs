// `npm run data:import -- competence <file> --police <file> --gendarmerie <file>` on small files in
// the format of the Interior Ministry's « Compétence territoriale gendarmerie et police
// nationales » (columns code_commune, libelle_commune, institution, id_service, service,
// code_postal, codes_postaux), joined with the police and gendarmerie list fixtures. Every value
// is made up for the tests (Fixtureville, ids 1000009 and 200000x).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCompetence } from '../../scripts/import/competence.mjs';
import {
  checkFolder,
  dataCopy,
  importFixture,
  imported,
  runImport,
  summaryPart,
} from './import-helpers.mjs';

const COMPETENCE = importFixture('competence.csv');

/** The police and gendarmerie list fixtures, as files to give with --police and --gendarmerie. */
function listFiles() {
  const folder = mkdtempSync(join(tmpdir(), 'vif-lists-'));
  const police = join(folder, 'police.csv');
  const gendarmerie = join(folder, 'gendarmerie.csv');
  writeFileSync(police, importFixture('police.csv'));
  writeFileSync(gendarmerie, importFixture('gendarmerie.csv'));
  return ['--police', police, '--gendarmerie', gendarmerie];
}
const run = (folder, text = COMPETENCE, args = listFiles()) =>
  runImport(folder, 'competence', text, { name: 'competence.csv', args });

test('one contact per competent unit, serving the communes of the metropolis it covers', () => {
  const folder = dataCopy();
  const { status, stdout, stderr } = run(folder);
  assert.equal(status, 0, stderr);
  const { byId } = imported(folder, 'competence');
  // Bourg-en-Bresse (01053, written "1053") serves no commune of the metropolis.
  assert.deepEqual(
    [...byId.keys()],
    [
      'competence-gn-1000001',
      'competence-gn-1000002',
      'competence-gn-1000009',
      'competence-pn-2000001',
      'competence-pn-2000002',
      'competence-pn-2000003',
    ],
  );
  assert.match(stdout, /7 record\(s\) of the kinds it imports, 6 kept for the 95 communes/);
  const scope = (id) => byId.get(id).contact.scope.insee;
  assert.deepEqual(scope('competence-gn-1000001'), ['59025', '59051', '59250']);
  assert.deepEqual(scope('competence-gn-1000002'), ['59173', '59482']);
  // A brigade outside the metropolis is shown where the file says it serves a commune of it.
  assert.deepEqual(scope('competence-gn-1000009'), ['59106']);
  assert.deepEqual(scope('competence-pn-2000002'), ['59512', '59650']);
  assert.equal(checkFolder(folder).status, 0, checkFolder(folder).stderr);
});

test('a gendarmerie unit takes its phone, address and hours from the list, by its identifier', () => {
  const folder = dataCopy();
  run(folder);
  const bassee = imported(folder, 'competence').contact('competence-gn-1000001');
  assert.equal(bassee.name.fr, 'Gendarmerie - Brigade de La Bassée');
  assert.equal(bassee.firstDoor, 'police');
  assert.deepEqual(bassee.channels, [{ type: 'tel', number: '0320000031' }]);
  assert.equal(bassee.address.postalCode, '59480');
  assert.match(bassee.hours, /^Mo-Fr 08:00-12:00,14:00-18:00/);
  assert.equal(bassee.status, 'published');
  assert.equal(bassee.confidence, 'high');
  assert.match(
    bassee.sources[0].title,
    /Compétence territoriale gendarmerie et police nationales.*id_service 1000001.*joint à la liste des unités de gendarmerie/,
  );
});

test('a police service is joined by its name, else as the only one of its communes, said so', () => {
  const folder = dataCopy();
  const { stdout } = run(folder);
  const { contact } = imported(folder, 'competence');
  assert.deepEqual(contact('competence-pn-2000001').channels, [
    { type: 'tel', number: '0320000001' },
  ]);
  // "Commissariat de police de Roubaix" is "Commissariat central de Roubaix" in the list.
  assert.deepEqual(contact('competence-pn-2000002').channels, [
    { type: 'tel', number: '0320000010' },
    { type: 'tel', number: '0320000011' },
  ]);
  assert.deepEqual(
    summaryPart(stdout, 'Police services joined by their commune, not by their name'),
    [
      'competence-pn-2000002 (Commissariat central de Roubaix) = police list « 59512 Commissariat central de Roubaix »',
    ],
  );
});

test('a unit found in neither list is held, and listed; so are the communes left', () => {
  const folder = dataCopy();
  const { stdout } = run(folder);
  const { contact } = imported(folder, 'competence');
  for (const id of ['competence-gn-1000009', 'competence-pn-2000003']) {
    assert.equal(contact(id).status, 'held', id);
    assert.equal(contact(id).channels, undefined, id);
  }
  assert.deepEqual(summaryPart(stdout, 'Units found in neither list given'), [
    'competence-gn-1000009 (Brigade de proximité de Fixtureville)',
    'competence-pn-2000003 (Commissariat de police de Lille)',
  ]);
  const left = summaryPart(stdout, 'Communes of the metropolis the file names no service for');
  assert.equal(left.length, 95 - 10);
  assert.ok(left.includes('59163 Croix'));
  assert.ok(!left.includes('59650 Wattrelos'));
});

test('without the lists, every unit is known by its communes only, and held', () => {
  const folder = dataCopy();
  const { status, stderr } = run(folder, COMPETENCE, []);
  assert.equal(status, 0, stderr);
  const contacts = imported(folder, 'competence').content.contacts.map(({ contact }) => contact);
  assert.ok(contacts.every(({ status: state }) => state === 'held'));
  assert.equal(checkFolder(folder).status, 0, checkFolder(folder).stderr);
});

test('a file without the columns of the competence file is refused, and nothing is written', () => {
  const folder = dataCopy();
  const { status, stderr } = run(folder, 'commune;service\n59350;Commissariat\n');
  assert.notEqual(status, 0);
  assert.match(stderr, /no column code_commune, institution/);
  assert.throws(() => imported(folder, 'competence'));
});

test('the file may be comma-separated, and a unit is one record however many rows it has', () => {
  const text = [
    'code_commune,libelle_commune,institution,id_service,service,code_postal,codes_postaux',
    '59051,La Bassée,GN,1000001,Brigade de La Bassée,59480,59480',
    '59025,Aubers,GN,1000001,Brigade de La Bassée,59249,59249',
    '59025,Aubers,GN,1000001,Brigade de La Bassée,59249,59249',
  ].join('\n');
  const records = readCompetence(text);
  assert.equal(records.length, 1);
  assert.deepEqual(records[0].competence, ['59051', '59025']);
  assert.equal(records[0].kind, 'gendarmerie');
  assert.equal(records[0].joined, null);
});
