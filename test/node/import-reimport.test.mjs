// Importing again, as the data team will every year: the same file changes nothing, hand
// corrections in data/overrides.json survive, hand edits of data/imported/ are refused, and what
// changed or disappeared upstream is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFolder } from '../../scripts/data/read.mjs';
import { contactEntries } from '../../scripts/data/imported.mjs';
import {
  checkFolder,
  dataCopy,
  importFixture,
  imported,
  runImport,
  summaryPart,
} from './import-helpers.mjs';

const GENDARMERIE = importFixture('gendarmerie.csv');

test('importing the same file twice changes nothing', () => {
  const folder = dataCopy();
  runImport(folder, 'gendarmerie', GENDARMERIE);
  const first = imported(folder, 'gendarmerie').text;
  const { status, stdout } = runImport(folder, 'gendarmerie', GENDARMERIE);
  assert.equal(status, 0);
  assert.equal(imported(folder, 'gendarmerie').text, first);
  assert.equal(summaryPart(stdout, 'Added (0)').length, 0);
  assert.equal(summaryPart(stdout, 'Unchanged').length, 4);
});

test('a later import of the same file changes no contact and confirms nothing', () => {
  const folder = dataCopy();
  runImport(folder, 'gendarmerie', GENDARMERIE);
  const before = imported(folder, 'gendarmerie').contact('gendarmerie-1000001');
  const { stdout } = runImport(folder, 'gendarmerie', GENDARMERIE, { today: '2027-11-27' });
  assert.equal(summaryPart(stdout, 'Unchanged').length, 4);
  const after = imported(folder, 'gendarmerie').contact('gendarmerie-1000001');
  assert.deepEqual(after, before);
  assert.equal(after.verification, undefined);
  assert.equal(after.sources[0].date, before.sources[0].date);
});

test('a hand correction in data/overrides.json survives the next import', () => {
  const folder = dataCopy();
  runImport(folder, 'gendarmerie', GENDARMERIE);
  writeFileSync(
    join(folder, 'overrides.json'),
    JSON.stringify({
      overrides: [
        {
          id: 'gendarmerie-1000001',
          set: {
            scope: { type: 'communes', insee: ['59051', '59025', '59250'] },
            hoursText: { fr: 'Accueil du lundi au vendredi ; le dimanche, sur rendez-vous.' },
          },
          why: "La brigade couvre aussi Aubers et Fournes-en-Weppes, et l'accueil du dimanche est sur rendez-vous (appel à la brigade).",
          sources: [
            {
              url: 'https://www.profession-gendarme.com/weppes-les-maires-de-cinq-communes-adherent-a-la-participation-citoyenne/',
              title: 'Profession Gendarme : les maires des Weppes et la brigade de La Bassée',
              date: '2026-11-27',
            },
          ],
        },
      ],
    }),
  );
  const changed = GENDARMERIE.replace('+33 3 20 00 00 31', '+33 3 20 00 00 39').replace(
    'Dimanche : 9h00-12h00 15h00-18h00',
    'Dimanche : 9h00-12h00',
  );
  const { status, stdout } = runImport(folder, 'gendarmerie', changed);
  assert.equal(status, 0);
  assert.deepEqual(summaryPart(stdout, 'Changed'), [
    'gendarmerie-1000001 (Gendarmerie - Brigade de La Bassée): channels, hours, hoursText',
  ]);
  assert.deepEqual(summaryPart(stdout, 'Overrides to look at'), [
    'gendarmerie-1000001: upstream changed hoursText, which data/overrides.json replaces: check the override is still right',
  ]);
  // The imported file takes the new phone; the corrected fields still come from the override.
  const { data } = readDataFolder(new URL(`file://${folder}/`));
  const merged = contactEntries(data).find(({ entry }) => entry.id === 'gendarmerie-1000001');
  assert.deepEqual(merged.entry.channels, [{ type: 'tel', number: '0320000039' }]);
  assert.deepEqual(merged.entry.scope.insee, ['59051', '59025', '59250']);
  assert.match(merged.entry.hoursText.fr, /sur rendez-vous/);
  assert.equal(merged.entry.sources.length, 2);
  assert.deepEqual([...merged.overridden].sort(), ['hoursText', 'scope']);
  assert.equal(checkFolder(folder).status, 0, checkFolder(folder).stderr);
});

test('a hand edit of data/imported/ is refused: nothing is overwritten, data:check says so', () => {
  const folder = dataCopy();
  runImport(folder, 'gendarmerie', GENDARMERIE);
  const path = join(folder, 'imported', 'gendarmerie.json');
  const edited = readFileSync(path, 'utf8').replace('"0320000031"', '"0320000038"');
  writeFileSync(path, edited);
  const check = checkFolder(folder);
  assert.equal(check.status, 1);
  assert.match(
    check.stderr,
    /^data\/imported\/gendarmerie\.json › gendarmerie-1000001 › \(entry\): was changed by hand after the import/m,
  );
  const { status, stderr } = runImport(folder, 'gendarmerie', GENDARMERIE);
  assert.equal(status, 1);
  assert.match(stderr, /nothing was written:\n {2}gendarmerie-1000001 was changed by hand/);
  assert.equal(readFileSync(path, 'utf8'), edited);
});

test('a record removed upstream is reported, and so is an override that still names it', () => {
  const folder = dataCopy();
  runImport(folder, 'gendarmerie', GENDARMERIE);
  writeFileSync(
    join(folder, 'overrides.json'),
    JSON.stringify({
      overrides: [
        {
          id: 'gendarmerie-1000002',
          set: { status: 'held' },
          why: 'Brigade à confirmer par téléphone.',
        },
      ],
    }),
  );
  const without = GENDARMERIE.split('\r\n')
    .filter((line) => !line.startsWith('1000002;'))
    .join('\r\n');
  const { status, stdout } = runImport(folder, 'gendarmerie', without);
  assert.equal(status, 0);
  assert.deepEqual(summaryPart(stdout, 'Removed upstream'), [
    'gendarmerie-1000002 (Gendarmerie - Brigade de Quesnoy-sur-Deûle)',
  ]);
  assert.deepEqual(summaryPart(stdout, 'Overrides to look at'), [
    'gendarmerie-1000002: removed upstream, but data/overrides.json still names it: remove that override',
  ]);
  assert.equal(imported(folder, 'gendarmerie').contact('gendarmerie-1000002'), undefined);
  const check = checkFolder(folder);
  assert.equal(check.status, 1);
  assert.match(
    check.stderr,
    /data\/overrides\.json › gendarmerie-1000002 › id: "gendarmerie-1000002" names no contact of data\/imported\//,
  );
});

test('a problem in an overridden field is reported in data/overrides.json', () => {
  const folder = dataCopy();
  runImport(folder, 'gendarmerie', GENDARMERIE);
  writeFileSync(
    join(folder, 'overrides.json'),
    JSON.stringify({
      overrides: [
        {
          id: 'gendarmerie-1000001',
          set: { hours: 'Lu-Ve 09:00-17:00' },
          why: 'Horaires relevés sur place.',
        },
      ],
    }),
  );
  const { status, stderr } = checkFolder(folder);
  assert.equal(status, 1);
  assert.match(
    stderr,
    /^data\/overrides\.json › gendarmerie-1000001 › hours: "Lu-Ve 09:00-17:00" is not in the strict syntax/m,
  );
});
