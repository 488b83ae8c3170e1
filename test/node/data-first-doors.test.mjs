// The first doors of each commune in the data report, and the rules that let the data hold what is
// known of a door before it can be published: a held contact may have no channel yet, and a source
// with no https address as a citation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkData } from '../../scripts/data/check.mjs';
import { firstDoorsByCommune } from '../../scripts/data/doors.mjs';
import { contactEntries } from '../../scripts/data/imported.mjs';
import { dataReport } from '../../scripts/data/report.mjs';
import { dataWithContacts, realData, TODAY } from './helpers.mjs';

const door = (id, firstDoor, insee, status, extra = {}) => ({
  id,
  name: { fr: id },
  description: { fr: 'Une porte.' },
  categories: ['accueil'],
  audiences: ['tous'],
  firstDoor,
  channels: [{ type: 'tel', number: '0320000001' }],
  scope: { type: 'communes', insee },
  sources: [{ url: 'https://example.fr/porte', title: 'Une source', date: '2026-11-01' }],
  confidence: 'high',
  status,
  ...extra,
});

test('each commune: a published door, a held one, or none, per kind', () => {
  const { data } = dataWithContacts([
    door('mairie-lille', 'mairie', ['59350'], 'published'),
    door('brigade-weppes', 'police', ['59025', '59051'], 'held'),
    door('aide-victimes-roubaix', 'victimes', ['59512'], 'published'),
  ]);
  const table = new Map(
    firstDoorsByCommune(data).map(({ commune, doors }) => [commune.insee, doors]),
  );
  assert.equal(table.size, 95);
  assert.deepEqual(table.get('59350'), {
    mairie: 'published',
    police: null,
    justice: null,
    victimes: null,
  });
  assert.deepEqual(table.get('59025'), {
    mairie: null,
    police: 'held',
    justice: null,
    victimes: null,
  });
  assert.equal(table.get('59512').victimes, 'published');
});

test('the report shows the gap table, totals first, every commune a row', () => {
  const { data } = dataWithContacts([
    door('mairie-lille', 'mairie', ['59350'], 'published'),
    door('brigade-weppes', 'police', ['59025', '59051'], 'held'),
  ]);
  const block = dataReport(data, { today: TODAY })
    .split('\n\n')
    .find((part) => part.startsWith('First doors per commune'));
  const lines = block.split('\n').map((line) => line.trim());
  assert.match(
    lines[0],
    /^First doors per commune: ✓ published \(date of its facts, confidence\), h known but held back, · missing \(95 communes with a gap\):$/,
  );
  assert.equal(lines[1], 'mairie/CCAS: ✓ 1, h 0, · 94');
  assert.equal(lines[2], 'police/gendarmerie: ✓ 0, h 2, · 93');
  assert.match(
    lines[5],
    /^INSEE +commune +mairie\/CCAS +police\/gendarmerie +justice\/MJD +victim support$/,
  );
  assert.equal(lines.length, 6 + 95);
  assert.match(
    lines.find((line) => line.startsWith('59350')),
    /^59350 +Lille +✓ 2026-11-01 high +· +· +·$/,
  );
  assert.match(
    lines.find((line) => line.startsWith('59025')),
    /^59025 +Aubers +· +h +· +·$/,
  );
});

test('the counts at the top: communes with a published door of each kind, with a phone', () => {
  const { data } = dataWithContacts([
    door('mairie-lille', 'mairie', ['59350'], 'published'),
    door('mairie-roubaix', 'mairie', ['59512'], 'published', { channels: undefined }),
    door('brigade-weppes', 'police', ['59025', '59051'], 'held'),
  ]);
  delete data['contacts.json'].contacts[1].channels;
  data['contacts.json'].contacts[1].address = {
    street: '17 Grand-Place',
    postalCode: '59100',
    city: 'Roubaix',
  };
  const report = dataReport(data, { today: TODAY });
  const [header, counts] = report.split('\n\n');
  assert.match(header, /^Data report of /);
  assert.deepEqual(counts.split('\n'), [
    'First doors of the 95 communes:',
    '  mairie 2/95 publiées (1 with a phone), 0 held, 93 missing',
    '  police 0/95 publiées (0 with a phone), 2 held, 93 missing',
    '  justice 0/95 publiées (0 with a phone), 0 held, 95 missing',
    '  victimes 0/95 publiées (0 with a phone), 0 held, 95 missing',
  ]);
  const look = report
    .split('\n\n')
    .find((part) => part.startsWith('Published first doors without a phone'));
  assert.deepEqual(look.split('\n').slice(1), ['  mairie-roubaix (mairie): no phone']);
});

test('the real data: 92 communes or more have a published town hall with a phone, dated', () => {
  const { data } = realData();
  const report = dataReport(data, { today: TODAY });
  const mairie = /^ {2}mairie (\d+)\/95 publiées \((\d+) with a phone\)/m.exec(report);
  assert.ok(mairie, 'the mairie count is at the top');
  assert.ok(Number(mairie[2]) >= 92, `${mairie[2]} town halls with a phone`);
  for (const { shown } of firstDoorsByCommune(data)) {
    for (const contact of Object.values(shown).filter(Boolean)) {
      assert.ok(contact.sources[0]?.url, `${contact.id}: a source residents can open`);
      assert.match(contact.sources[0].date, /^\d{4}-\d{2}-\d{2}$/, contact.id);
    }
  }
});

test('the real data: every commune has its town hall known, held until its contacts are imported', () => {
  const { data } = realData();
  const table = firstDoorsByCommune(data);
  assert.ok(table.every(({ doors }) => doors.mairie !== null));
});

test('a held contact may have no channel yet, and a source known only as a citation', () => {
  const { data, schemas } = dataWithContacts([
    door('brigade-hallennes', 'police', ['59278'], 'held', {
      channels: undefined,
      sources: [
        { citation: 'http://example.fr/article', title: 'Un article en http', date: '2016-06-05' },
      ],
      confidence: 'low',
      confidenceNote: { fr: 'Ni téléphone ni adresse.' },
    }),
  ]);
  delete data['contacts.json'].contacts[0].channels;
  assert.deepEqual(checkData(data, { schemas, today: TODAY }), []);
});

test('a published contact needs a way to reach it, and https sources', () => {
  const contact = door('brigade-hallennes', 'police', ['59278'], 'published', {
    sources: [
      { citation: 'http://example.fr/article', title: 'Un article en http', date: '2016-06-05' },
    ],
  });
  delete contact.channels;
  const { data, schemas } = dataWithContacts([contact]);
  const problems = checkData(data, { schemas, today: TODAY }).map(
    ({ field, wrong }) => `${field}: ${wrong}`,
  );
  assert.deepEqual(problems.sort(), [
    'channels: no channel and no address: nobody can reach this contact',
    'sources[0].url: is missing',
  ]);
});

test('the real data: where sources disagree, both facts stay and the most recent is shown', () => {
  const { data } = realData();
  const imported = new Map(
    data['imported/annuaire-2019.json'].contacts.map(({ contact }) => [contact.id, contact]),
  );
  const shown = new Map(contactEntries(data).map(({ entry }) => [entry.id, entry]));
  // The Lille town hall: the 2019 postal address is kept, the 2024 public entrance is shown.
  const mairie = 'annuaire-2019-mairie-59350-01';
  assert.match(imported.get(mairie).address.street, /Augustin-Laurent/);
  assert.match(shown.get(mairie).address.street, /Roger Salengro/);
  assert.equal(shown.get(mairie).sources.at(-1).date, '2024-01-14');
  assert.match(shown.get(mairie).residentNote.fr, /Augustin-Laurent/);
  // The Lille CIDFF: the 2019 office is kept, held; the 2026 one is published.
  assert.equal(imported.get('annuaire-2019-cidf-59350-01').address.street, '92 B rue des Stations');
  assert.equal(shown.get('annuaire-2019-cidf-59350-01').status, 'held');
  assert.equal(shown.get('cidff-lille').status, 'published');
  assert.equal(shown.get('cidff-lille').address.street, '48 rue Nicolas Leblanc');
});

test('the real data: no brigade shown in Lille (police); Quesnoy’s for the communes the press names', () => {
  const { data } = realData();
  const shown = new Map(contactEntries(data).map(({ entry }) => [entry.id, entry]));
  assert.equal(shown.get('annuaire-2019-gendarmerie-59350-01').status, 'held');
  assert.deepEqual(shown.get('annuaire-2019-gendarmerie-59482-01').scope.insee, [
    '59173',
    '59482',
    '59611',
  ]);
});
