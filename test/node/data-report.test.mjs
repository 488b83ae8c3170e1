import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactEntries } from '../../scripts/data/imported.mjs';
import { dataReport } from '../../scripts/data/report.mjs';
import { realData, TODAY } from './helpers.mjs';

/** The lines of one section of the report, without their indent. */
function section(report, title) {
  const block = report.split('\n\n').find((part) => part.startsWith(title));
  assert.ok(block, title);
  return block
    .split('\n')
    .slice(1)
    .map((line) => line.trim());
}

test('entries verified more than 12 months ago', () => {
  const { data } = realData();
  assert.deepEqual(
    section(dataReport(data, { today: TODAY }), 'Verified more than 12 months ago'),
    ['(none)'],
  );
  data['contacts.json'].contacts[0].verified = '2025-11-26';
  const stale = section(dataReport(data, { today: TODAY }), 'Verified more than 12 months ago');
  assert.deepEqual(stale, [
    'data/contacts.json › solfa-accueil-de-jour-rosa-lille (published): verified 2025-11-26',
  ]);
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

test('communes with no local contact, and contacts per commune', () => {
  const { data } = realData();
  const report = dataReport(data, { today: TODAY });
  const withoutLocal = section(report, 'Communes with no local contact');
  // Its town hall has no known phone and its police no known unit: both held.
  assert.ok(withoutLocal.includes('59316 Houplin-Ancoisne'));
  for (const served of [
    '59005 Allennes-les-Marais',
    '59350 Lille',
    '59017 Armentières',
    '59512 Roubaix',
    '59360 Loos',
    '59299 Hem',
  ]) {
    assert.ok(!withoutLocal.includes(served), served);
  }
  const counts = section(report, 'Published contacts per commune');
  assert.equal(counts.length, 95);
  const lille = counts.find((line) => line.startsWith('59350 Lille:'));
  // Hand-written and imported contacts alike (data/overrides.json applied).
  const published = contactEntries(data)
    .map(({ entry }) => entry)
    .filter(
      ({ status, scope }) =>
        status === 'published' && scope.type === 'communes' && scope.insee.includes('59350'),
    );
  assert.match(lille, new RegExp(`^59350 Lille: ${published.length} / \\d+$`));
  // Its town hall (2019 export) and the CISPD of its group.
  assert.match(
    counts.find((line) => line.startsWith('59193 Emmerin:')),
    /: 2 \/ /,
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
