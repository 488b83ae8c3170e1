// The call sheet and data:confirm, as the data team uses them: the report writes the sheet, the
// team fills in a few lines after their calls, data:confirm writes the verifications and the
// corrections into a copy of data/ — or, on any bad line, says which and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { checkData } from '../../scripts/data/check.mjs';
import { readDataFolder } from '../../scripts/data/read.mjs';
import { dataCopy } from './import-helpers.mjs';
import { TODAY } from './helpers.mjs';

const CALL_DAY = '2026-12-05';

const run = (args) =>
  spawnSync(process.execPath, ['scripts/data/main.mjs', ...args], { encoding: 'utf8' });

/** The sheet data:report writes for a folder, as rows keyed by column. */
function writeSheet(folder) {
  const file = join(mkdtempSync(join(tmpdir(), 'vif-sheet-')), 'appels.csv');
  const { status } = run(['report', folder, '--call-sheet', file]);
  assert.equal(status, 0);
  const rows = parse(readFileSync(file, 'utf8'), { bom: true, columns: true });
  return { file, rows };
}

/** The sheet with some lines filled in, written back as the team's spreadsheet would. */
function fill(file, rows, filled) {
  const columns = Object.keys(rows[0]);
  const cell = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = rows.map((row) =>
    columns.map((column) => cell(filled[row.id]?.[column] ?? row[column])).join(','),
  );
  writeFileSync(file, [columns.join(','), ...lines].join('\n'));
}

const confirm = (folder, file) => run(['confirm', file, '--data', folder, '--today', TODAY]);

/** Every file of a data folder, as text: to see that nothing was written. */
const snapshot = (folder) =>
  Object.fromEntries(
    ['', 'imported/'].flatMap((sub) =>
      readdirSync(join(folder, sub))
        .filter((name) => name.endsWith('.json'))
        .map((name) => [sub + name, readFileSync(join(folder, sub, name), 'utf8')]),
    ),
  );

const contactOf = (folder, id) => {
  const { data } = readDataFolder(new URL(`file://${folder}/`));
  for (const file of ['contacts.json', 'national.json'])
    for (const contact of data[file].contacts) if (contact.id === id) return contact;
  return null;
};

test('the call sheet lists every published contact nobody confirmed, oldest source first', () => {
  const folder = dataCopy();
  const { rows } = writeSheet(folder);
  const { data } = readDataFolder(new URL(`file://${folder}/`));
  const published = [
    ...data['contacts.json'].contacts,
    ...data['national.json'].contacts,
    // Every import (the 2019 export, the 2016 annuaire…).
    ...Object.keys(data)
      .filter((file) => file.startsWith('imported/'))
      .flatMap((file) => data[file].contacts.map(({ contact }) => contact)),
  ].filter((contact) => contact.status === 'published');
  const overrides = new Map(data['overrides.json'].overrides.map((o) => [o.id, o]));
  const shown = published.filter((contact) => overrides.get(contact.id)?.set?.status !== 'held');
  assert.equal(rows.length, shown.length);
  const dates = rows.map((row) => row.source_date);
  assert.deepEqual(dates, [...dates].sort());
  const wicres = rows.find((row) => row.id === 'annuaire-2019-mairie-59658-01');
  assert.equal(wicres.commune, 'Wicres');
  assert.equal(wicres.number, wicres.to_confirm.match(/répond au (\d+)/)[1]);
  assert.match(wicres.to_confirm, /adresse : .* ; horaires : .* ; sert : Wicres/);
  assert.equal(wicres.source_date, '2019-09-22');
  assert.equal(wicres.source, "l'annuaire officiel de l'administration");
  for (const column of ['date', 'how', 'changes', 'new_number']) assert.equal(wicres[column], '');
});

test('data:confirm writes the verifications and corrections, lifts « À vérifier », and the sheet shrinks', () => {
  const folder = dataCopy();
  const { file, rows } = writeSheet(folder);
  fill(file, rows, {
    // A hand-written contact, confirmed as it is.
    'cidff-lille': { date: CALL_DAY, how: 'téléphone', by_role: 'équipe données de la MEL' },
    // An imported one, with a new number and new hours.
    'annuaire-2019-mairie-59658-01': {
      date: CALL_DAY,
      how: 'phone',
      changes: 'nouveau standard, horaires donnés au téléphone',
      new_number: '03 20 00 00 01',
      new_hours: 'Mo-Fr 09:00-12:00; PH off',
    },
  });
  const { status, stdout, stderr } = confirm(folder, file);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /2 contact\(s\) confirmed/);

  const cidff = contactOf(folder, 'cidff-lille');
  assert.deepEqual(cidff.verification, {
    date: CALL_DAY,
    how: 'phone',
    byRole: 'équipe données de la MEL',
  });
  assert.equal(cidff.confidence, 'high');
  assert.equal(cidff.residentNote, undefined);
  assert.equal(cidff.confidenceNote, undefined);

  const { data, schemas } = readDataFolder(new URL(`file://${folder}/`));
  const override = data['overrides.json'].overrides.find(
    (o) => o.id === 'annuaire-2019-mairie-59658-01',
  );
  assert.deepEqual(override.set.verification, {
    date: CALL_DAY,
    how: 'phone',
    changes: 'nouveau standard, horaires donnés au téléphone',
  });
  assert.equal(override.set.confidence, 'high');
  assert.equal(override.set.hours, 'Mo-Fr 09:00-12:00; PH off');
  assert.ok(override.set.channels.some((channel) => channel.number === '0320000001'));
  assert.ok(override.remove.includes('residentNote'));
  assert.match(override.why, /Confirmé par téléphone le 2026-12-05/);
  // The importer's file is never written by hand.
  assert.equal(
    readFileSync(join(folder, 'imported/annuaire-2019.json'), 'utf8'),
    readFileSync('data/imported/annuaire-2019.json', 'utf8'),
  );
  assert.deepEqual(checkData(data, { schemas, today: TODAY }), []);
  assert.equal(data['release.json'].date, TODAY);

  const after = writeSheet(folder).rows.map((row) => row.id);
  assert.equal(after.length, rows.length - 2);
  assert.ok(!after.includes('cidff-lille'));
  assert.ok(!after.includes('annuaire-2019-mairie-59658-01'));
});

test('bad lines: one clear error each (file, line, field), and nothing written', () => {
  const folder = dataCopy();
  const { file, rows } = writeSheet(folder);
  const before = snapshot(folder);
  const lineOf = (id) => rows.findIndex((row) => row.id === id) + 2;
  fill(file, rows, {
    'cidff-lille': { date: CALL_DAY, how: 'phone' },
    'maison-avocat-lille': { date: '2026-13-40', how: 'phone' },
    'hotel-de-police-lille': { date: CALL_DAY },
    'annuaire-2019-mairie-59658-01': { date: CALL_DAY, how: 'phone', new_number: '0123' },
    'aiavm-aide-aux-victimes-lille': { date: '2027-01-01', how: 'pigeon' },
  });
  const { status, stderr } = confirm(folder, file);
  assert.equal(status, 1);
  const lines = stderr.trim().split('\n');
  const expect = (id, field, pattern) =>
    assert.ok(
      lines.some(
        (line) => line.startsWith(`${file}:${lineOf(id)} › ${field}: `) && pattern.test(line),
      ),
      `${id} ${field}\n${stderr}`,
    );
  expect('maison-avocat-lille', 'date', /not a date/);
  expect('hotel-de-police-lille', 'how', /is empty/);
  expect('annuaire-2019-mairie-59658-01', 'new_number', /not a French number in service/);
  expect('aiavm-aide-aux-victimes-lille', 'date', /in the future/);
  expect('aiavm-aide-aux-victimes-lille', 'how', /"pigeon" is not a way of confirming/);
  assert.match(lines.at(-1), /5 problem\(s\) in the sheet: nothing was written/);
  // The good line was not written either: all or nothing.
  assert.deepEqual(snapshot(folder), before);
});

test('a line naming no published contact, or the same contact twice, is refused', () => {
  const folder = dataCopy();
  const { file, rows } = writeSheet(folder);
  const filled = { date: CALL_DAY, how: 'phone' };
  const twice = rows.find((row) => row.id === 'cidff-lille');
  const unknown = { ...twice, ...filled, id: 'nobody-here' };
  fill(file, [...rows, twice, unknown], { 'cidff-lille': filled });
  const { status, stderr } = confirm(folder, file);
  assert.equal(status, 1);
  assert.match(stderr, new RegExp(`:${rows.length + 2} › id: cidff-lille is already confirmed`));
  assert.match(
    stderr,
    new RegExp(`:${rows.length + 3} › id: "nobody-here" is not a published contact`),
  );
});
