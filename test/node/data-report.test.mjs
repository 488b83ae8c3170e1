import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactEntries } from '../../scripts/data/imported.mjs';
import { dataReport } from '../../scripts/data/report.mjs';
import { dataWithContacts, fixture, realData, TODAY } from './helpers.mjs';

const translated = () => structuredClone(fixture('translation-unmarked').contacts[0]);
const mark = (date, reviewed) => ({ from: 'fr', date, ...(reviewed && { reviewed }) });

/** The lines of one section of the report, without their indent. */
function section(report, title) {
  const block = report.split('\n\n').find((part) => part.startsWith(title));
  assert.ok(block, title);
  return block
    .split('\n')
    .slice(1)
    .map((line) => line.trim());
}

test('stale: confirmed more than 12 months ago, or never confirmed from an older source', () => {
  const { data } = realData();
  const title = 'Stale: confirmed before';
  const stale = () => section(dataReport(data, { today: TODAY }), title);
  // Nothing was ever confirmed: every contact read in a source older than a year is stale, the
  // 2019 annuaire's among them, and those of recent sources are not.
  const before = stale();
  assert.ok(
    before.includes(
      'data/imported/annuaire-2019.json › annuaire-2019-mairie-59658-01 (published): never confirmed, source of 2019-09-22',
    ),
  );
  const recent = data['contacts.json'].contacts.find(
    (contact) => contact.sources[0].date > '2025-12-06',
  );
  assert.ok(!before.some((line) => line.includes(`› ${recent.id} (`)));
  // A confirmation of 13 months ago is stale; one of last month is not.
  recent.verification = { date: '2025-11-05', how: 'phone' };
  assert.ok(
    stale().includes(`data/contacts.json › ${recent.id} (${recent.status}): confirmed 2025-11-05`),
  );
  const old = data['contacts.json'].contacts.find(
    (contact) => contact.id === 'aiavm-aide-aux-victimes-lille',
  );
  old.verification = { date: '2026-11-05', how: 'phone' };
  assert.ok(!stale().some((line) => line.includes('› aiavm-aide-aux-victimes-lille (')));
  assert.ok(before.some((line) => line.includes('› aiavm-aide-aux-victimes-lille (')));
});

test('entries whose confidence is not high, low first, held ones marked', () => {
  const { data } = realData();
  const lines = section(dataReport(data, { today: TODAY }), 'Confidence not high');
  assert.match(
    lines[0],
    /^low · data\/contacts\.json › solfa-accueil-de-jour-rosa-lille \(published\): Adresse/,
  );
  assert.ok(
    lines.some((line) => line.startsWith('low · data/contacts.json › stop-hommes-battus (held)')),
  );
  assert.ok(
    lines.some((line) => line.startsWith('medium · data/national.json › 116006-france-victimes')),
  );
  assert.ok(!lines.some((line) => line.includes('samu-15')));
  assert.ok(
    lines.indexOf(lines.find((l) => l.startsWith('medium'))) >
      lines.findLastIndex((l) => l.startsWith('low')),
  );
});

test('communes with no place of help of their own, and contacts per commune, as the widget counts them', () => {
  const { data } = realData();
  const report = dataReport(data, { today: TODAY });
  const withoutLocal = section(report, 'Communes with no place of help of their own');
  // A town hall's switchboard is a first door, not a place of help: Wicres has only its town
  // hall, and the widget says it has nothing of its own.
  assert.ok(withoutLocal.includes('59658 Wicres'));
  for (const served of ['59350 Lille', '59512 Roubaix', "59009 Villeneuve-d'Ascq"]) {
    assert.ok(!withoutLocal.includes(served), served);
  }
  const counts = section(report, 'Published contacts per commune');
  assert.equal(counts.length, 95);
  const lille = counts.find((line) => line.startsWith('59350 Lille:'));
  // Hand-written and imported contacts alike (data/overrides.json applied), its town hall aside.
  const published = contactEntries(data)
    .map(({ entry }) => entry)
    .filter(
      ({ status, scope, firstDoor }) =>
        status === 'published' &&
        firstDoor !== 'mairie' &&
        scope.type === 'communes' &&
        scope.insee.includes('59350'),
    );
  assert.ok(published.length > 0);
  assert.match(lille, new RegExp(`^59350 Lille: ${published.length} / \\d+$`));
  // Wicres: its town hall only, which is not a place of help.
  assert.match(
    counts.find((line) => line.startsWith('59658 Wicres:')),
    /: 0 \/ /,
  );
});

test('missing English and Arabic texts of what is published', () => {
  const { data } = realData();
  const contact = data['national.json'].contacts[0];
  // This contact translated in its name only, whatever the data holds today.
  contact.name.en = 'Police emergency';
  contact.name.ar = 'شرطة النجدة';
  for (const field of ['description', 'summary', 'hoursText', 'cost', 'traceNote']) {
    delete contact[field].en;
    delete contact[field].ar;
  }
  const lines = section(dataReport(data, { today: TODAY }), 'Missing translations');
  assert.ok(
    lines.includes(
      'data/national.json › police-secours-17: en and ar missing for description, summary, hoursText, cost, traceNote',
    ),
  );
  assert.ok(
    !lines.some((line) => line.includes('stop-hommes-battus')),
    'held entries are not listed',
  );
  assert.ok(
    !lines.some((line) => line.startsWith('data/categories.json')),
    'categories are translated',
  );
  delete data['audiences.json'][0].label.ar;
  const after = section(dataReport(data, { today: TODAY }), 'Missing translations');
  assert.ok(after.includes('data/audiences.json › tous: ar missing for label'));
});

test('the team notes stay in the report; missing texts for residents are listed', () => {
  const { data } = realData();
  const report = dataReport(data, { today: TODAY });
  const rosa = data['contacts.json'].contacts.find(
    ({ id }) => id === 'solfa-accueil-de-jour-rosa-lille',
  );
  // The team's note is in the report, though it never ships.
  assert.ok(report.includes(rosa.confidenceNote.fr.slice(0, 60)));
  assert.ok(
    section(report, 'Confidence not high').some((line) =>
      line.startsWith(
        'medium · data/answers.json › plainte-ou-main-courante: Une source de presse',
      ),
    ),
  );
  assert.deepEqual(section(report, 'Texts for residents still missing'), ['(none)']);
  delete rosa.summary;
  delete rosa.residentNote;
  delete data['answers.json'].answers.find(({ confidence }) => confidence !== 'high').residentNote;
  const lines = section(dataReport(data, { today: TODAY }), 'Texts for residents still missing');
  assert.deepEqual(lines, [
    'data/contacts.json › solfa-accueil-de-jour-rosa-lille: no summary (its closed card)',
    'data/contacts.json › solfa-accueil-de-jour-rosa-lille: no residentNote (what is uncertain, for residents)',
    'data/answers.json › plainte-ou-main-courante: no residentNote (what is uncertain, for residents)',
  ]);
});

/** The lines of the report's section on translations, without their indent. */
function reviewSection(data) {
  const block = dataReport(data, { today: TODAY })
    .split('\n\n')
    .find((part) => part.startsWith('Translations not reviewed yet'));
  assert.ok(block);
  return block.split('\n').map((line) => line.trim());
}

test('the translations to review, per language, with the counts, until a reviewer marks them', () => {
  const { data } = realData();
  const before = reviewSection(data);
  const [title] = before;
  const [, en, ar] = title.match(/: en (\d+), ar (\d+)/).map(Number);
  assert.ok(en >= 13 + 9 + 11 + 12 && ar === en, title);
  const answer = data['answers.json'].answers[0];
  assert.ok(before.includes(`data/answers.json › ${answer.id}: translated 2026-12-06`));
  assert.equal(
    before.filter((line) => line.startsWith(`data/answers.json › ${answer.id}:`)).length,
    2,
  );

  // A reviewer who reads Arabic has read this answer: it leaves the Arabic list only.
  answer.translation.ar.reviewed = '2026-12-07';
  const after = reviewSection(data);
  assert.match(after[0], new RegExp(`: en ${en}, ar ${ar - 1}`));
  const arStart = after.findIndex((line) => line.startsWith('ar ('));
  assert.ok(
    after.slice(1, arStart).includes(`data/answers.json › ${answer.id}: translated 2026-12-06`),
  );
  assert.ok(
    !after.slice(arStart).some((line) => line.startsWith(`data/answers.json › ${answer.id}:`)),
  );
});

test('the translations to review cover any entry of any file, imported contacts included', () => {
  const { data } = dataWithContacts([
    {
      ...translated(),
      translation: { en: mark('2026-02-01', '2026-02-02'), ar: mark('2026-02-01') },
    },
  ]);
  const importedContact = {
    ...translated(),
    id: 'mairie-test',
    translation: { en: mark('2026-02-03') },
  };
  data['imported/annuaire.json'] = { contacts: [{ contact: importedContact }] };
  const lines = reviewSection(data);
  const arStart = lines.findIndex((line) => line.startsWith('ar ('));
  const label =
    'data/contacts.json › fixture-translation-unmarked (published): translated 2026-02-01';
  assert.ok(!lines.slice(0, arStart).includes(label));
  assert.ok(lines.slice(arStart).includes(label));
  const imported = 'data/imported/annuaire.json › mairie-test (published)';
  assert.ok(lines.slice(0, arStart).includes(`${imported}: translated 2026-02-03`));
  // Arabic texts and no Arabic mark (which data:check refuses): listed all the same.
  assert.ok(lines.slice(arStart).includes(`${imported}: no translation mark`));
});

test('the same record in the 2016 annuaire and its 2019 export: both listed where they differ, the newer first', () => {
  const { data } = realData();
  const lines = section(
    dataReport(data, { today: TODAY }),
    'The same record in two imported files',
  );
  // The MJD of Tourcoing moved between the two files; the 2019 address is the one published.
  const mjd = lines.find((line) => line.startsWith('mjd-59599-01:'));
  assert.match(
    mjd,
    /^mjd-59599-01: annuaire-2019-mjd-59599-01 \(2019-09-22, published\): 0359697190, 2 square de l'Abattoir \| annuaire-2016-mjd-59599-01 \(2016-02-26, held\): 0359697190, 54 rue Gabriel Péri, 1er étage$/,
  );
  // A street written with other commas or in another order is the same street: not listed.
  assert.ok(!lines.some((line) => line.startsWith('mairie-59378-01:')));
});
