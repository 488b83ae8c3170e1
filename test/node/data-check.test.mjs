import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkData } from '../../scripts/data/check.mjs';
import { formatProblem } from '../../scripts/shared.mjs';
import { todayInParis } from '../../scripts/data/read.mjs';
import { dataWithContacts, fixture, realData, TODAY } from './helpers.mjs';

/** The problems data:check finds when data/contacts.json holds these contacts. */
function problemsWith(...contacts) {
  const { data, schemas } = dataWithContacts(contacts);
  return checkData(data, { schemas, today: TODAY });
}
const only = (name) => fixture(name).contacts[0];
const valid = () => structuredClone(only('valid'));

test('the real data/ has no problem', () => {
  const { data, schemas } = realData();
  assert.deepEqual(checkData(data, { schemas, today: todayInParis() }).map(formatProblem), []);
});

test('the valid fixture has no problem', () => {
  assert.deepEqual(problemsWith(valid()), []);
});

test('a bad phone number: what is wrong and what would be right', () => {
  const [problem, ...others] = problemsWith(only('bad-number'));
  assert.deepEqual(others, []);
  assert.equal(problem.field, 'channels[0].number');
  assert.match(
    formatProblem(problem),
    /^data\/contacts\.json › fixture-bad-number › channels\[0\]\.number: "032057294" is neither a French number in service nor a known short code; 10 digits starting with 0 .*3919/,
  );
});

test('a javascript: link is refused by the schema', () => {
  const problems = problemsWith(only('javascript-url'));
  assert.deepEqual(problems.map(formatProblem), [
    'data/contacts.json › fixture-javascript-url › channels[1].url: "javascript:alert(document.cookie)" is not in the expected form; an address starting with https:// (no http:, javascript: or other link), e.g. "https://www.example.fr/page"',
  ]);
});

test('other links than https: are refused too, in channels and sources', () => {
  const contact = valid();
  contact.channels[1].url = 'http://www.example.fr/';
  contact.sources[0].url = 'data:text/html,<script>alert(1)</script>';
  const fields = problemsWith(contact).map(({ field }) => field);
  assert.deepEqual(fields, ['channels[1].url', 'sources[0].url']);
});

test('unknown INSEE codes, with the code meant when it is a postal code', () => {
  const problems = problemsWith(only('unknown-insee'));
  assert.deepEqual(
    problems.map(({ field, wrong }) => `${field}: ${wrong}`),
    [
      'scope.insee[0]: "59000" is not the INSEE code of a commune of the metropolis',
      'scope.insee[1]: "59999" is not the INSEE code of a commune of the metropolis',
    ],
  );
  assert.match(problems[0].right, /postal code; the INSEE code of Lille is "59350"/);
  assert.match(problems[1].right, /an INSEE code of data\/communes\.json/);
});

test('an associated commune (Lomme) points to its commune (Lille)', () => {
  const contact = valid();
  contact.scope.insee = ['59355'];
  const [problem] = problemsWith(contact);
  assert.match(problem.right, /associated commune of Lille: use Lille's code "59350"/);
});

test('a contact without a source', () => {
  assert.deepEqual(problemsWith(only('missing-source')).map(formatProblem), [
    'data/contacts.json › fixture-missing-source › sources: is missing; at least one source: [{ "url": "https://…", "title": "…", "date": "YYYY-MM-DD" }]',
  ]);
  const contact = valid();
  contact.sources = [];
  assert.deepEqual(
    problemsWith(contact).map(({ field, wrong }) => `${field}: ${wrong}`),
    ['sources: is empty'],
  );
  contact.sources = [{ url: 'https://www.example.fr/' }];
  assert.deepEqual(
    problemsWith(contact).map(({ field, wrong }) => `${field}: ${wrong}`),
    ['sources[0].title: is missing', 'sources[0].date: is missing'],
  );
});

test('hours that opening_hours does not accept as they are', () => {
  assert.deepEqual(problemsWith(only('bad-hours')).map(formatProblem), [
    'data/contacts.json › fixture-bad-hours › hours: "Lu-Ve 09:00-17:00" is not in the strict syntax: Lu <--- (Please use the English abbreviation "Mo" for "lu".); write "Mo-Fr 09:00-17:00"',
  ]);
});

test('every problem of every fixture at once, one line each', () => {
  const bad = ['bad-number', 'javascript-url', 'unknown-insee', 'missing-source', 'bad-hours'];
  const lines = problemsWith(...bad.map(only)).map(formatProblem);
  assert.equal(lines.length, 6);
  for (const name of bad) assert.ok(lines.some((line) => line.includes(`› fixture-${name} ›`)));
  for (const line of lines) {
    assert.match(line, /^data\/contacts\.json › [\w-]+ › [\w.[\]]+: [^\n]+; [^\n]+$/);
  }
});

test('a confirmation or a source in the future, and a confirmation after the release', () => {
  const contact = valid();
  contact.verification = { date: '2026-12-07', how: 'phone' };
  contact.sources[0].date = '2026-12-10';
  const found = (entry) => problemsWith(entry).map(({ field, wrong }) => `${field}: ${wrong}`);
  assert.deepEqual(found(contact), [
    'verification.date: 2026-12-07 is in the future',
    'sources[0].date: 2026-12-10 is in the future',
    'verification.date: 2026-12-07 is after the release of the data (2026-12-06, data/release.json)',
  ]);
  // A source newer than the confirmation is no problem: a page may be read after a call.
  contact.verification = { date: '2026-01-01', how: 'phone' };
  contact.sources[0].date = '2026-01-15';
  assert.deepEqual(found(contact), []);
});

test('a verification without its "how", or with another way, is refused', () => {
  const contact = valid();
  contact.verification = { date: '2026-11-02' };
  const [missing, ...others] = problemsWith(contact);
  assert.deepEqual(others, []);
  assert.equal(missing.field, 'verification.how');
  assert.match(formatProblem(missing), /is missing.*"phone"/);
  contact.verification = { date: '2026-11-02', how: 'email' };
  assert.deepEqual(
    problemsWith(contact).map(({ field }) => field),
    ['verification.how'],
  );
  contact.verification = { date: '2026-11-02', how: 'phone', byRole: 'équipe données de la MEL' };
  assert.deepEqual(problemsWith(contact), []);
});

test('a contact still « À vérifier » may not claim a verification', () => {
  const contact = valid();
  contact.verification = { date: '2026-11-02', how: 'phone' };
  contact.confidence = 'medium';
  contact.confidenceNote = { fr: 'Horaires non confirmés.' };
  contact.residentNote = {
    fr: 'Horaires à confirmer.',
    en: 'Hours to be confirmed.',
    ar: 'ساعات العمل غير مؤكدة.',
  };
  contact.translation = {
    en: { from: 'fr', date: '2026-11-02' },
    ar: { from: 'fr', date: '2026-11-02' },
  };
  assert.deepEqual(
    problemsWith(contact).map(({ field }) => field),
    ['verification'],
  );
});

test('the source residents see is never a code-hosting site', () => {
  const contact = valid();
  contact.sources[0] = {
    url: 'https://github.com/example/copy-of-the-annuaire',
    title: 'Copie du fichier officiel',
    date: '2019-09-22',
  };
  assert.deepEqual(
    problemsWith(contact).map(({ field }) => field),
    ['sources[0]'],
  );
  // The publisher's page beside the copy's address: residents follow it.
  contact.sources[0].page = 'https://lannuaire.service-public.fr/';
  assert.deepEqual(problemsWith(contact), []);
  contact.sources[0].page = 'https://gitlab.com/example/annuaire';
  assert.deepEqual(
    problemsWith(contact).map(({ field }) => field),
    ['sources[0].page'],
  );
  // Named without a link: the publisher, in the residents' words.
  delete contact.sources[0].page;
  contact.sources[0].publisher = { fr: "l'application Exemple" };
  assert.deepEqual(problemsWith(contact), []);
  // A held contact is not shown.
  contact.status = 'held';
  delete contact.sources[0].publisher;
  assert.deepEqual(problemsWith(contact), []);
});

test('a description in French is required, and not blank', () => {
  const contact = valid();
  contact.description = { en: 'Only in English' };
  assert.deepEqual(
    problemsWith(contact).map(({ field, wrong }) => `${field}: ${wrong}`),
    ['description.fr: is missing'],
  );
  contact.description = { fr: '   ' };
  assert.deepEqual(
    problemsWith(contact).map(({ field, wrong }) => `${field}: ${wrong}`),
    ['description.fr: is empty'],
  );
});

test('ids are unique across the contact files', () => {
  const contact = valid();
  contact.id = 'samu-15';
  const [problem] = problemsWith(contact);
  assert.equal(problem.field, 'id');
  assert.match(problem.wrong, /already the id of entry #\d+ of data\/national\.json/);
  assert.deepEqual(
    problemsWith(valid(), valid()).map(({ id, field }) => `${id} ${field}`),
    ['fixture-valid id'],
  );
});

test('categories, audiences and groups must exist', () => {
  const contact = valid();
  contact.categories = ['accueil', 'logement'];
  contact.audiences = ['femme'];
  const problems = problemsWith(contact);
  assert.deepEqual(
    problems.map(({ field, wrong }) => `${field}: ${wrong}`),
    [
      'categories[1]: "logement" is not an id of data/categories.json',
      'audiences[0]: "femme" is not an id of data/audiences.json',
    ],
  );
  contact.categories = ['accueil'];
  contact.audiences = ['femmes'];
  contact.scope = { type: 'group', id: 'cispd-lille' };
  assert.match(formatProblem(problemsWith(contact)[0]), /scope\.id: "cispd-lille" is not a group/);
});

test('short codes are known by name, and display texts spell the same digits', () => {
  const contact = valid();
  contact.channels = [
    { type: 'tel', number: '3919' },
    { type: 'tel', number: '3020' },
  ];
  contact.display = { 3919: '39 91', '0800059595': '0 800 05 95 95' };
  assert.deepEqual(
    problemsWith(contact).map(({ field, wrong }) => `${field}: ${wrong}`),
    [
      'channels[1].number: "3020" is neither a French number in service nor a known short code',
      'display.3919: "39 91" does not spell the digits 3919',
      'display.0800059595: names no number of channels',
    ],
  );
});

test('a contact nobody can reach, a typo in a field name, missing notes on confidence', () => {
  const contact = valid();
  delete contact.channels;
  delete contact.address;
  contact.verifed = contact.sources[0].date;
  contact.confidence = 'low';
  assert.deepEqual(
    problemsWith(contact).map(({ field, wrong }) => `${field}: ${wrong}`),
    [
      'confidenceNote: is missing',
      'verifed: is not a known field (a typo?)',
      'channels: no channel and no address: nobody can reach this contact',
      'residentNote: is missing',
    ],
  );
});

test('national.json holds national services only', () => {
  const { data, schemas } = realData();
  data['national.json'].contacts[0].scope = { type: 'metropole' };
  const [problem] = checkData(data, { schemas, today: TODAY });
  assert.equal(
    formatProblem(problem).split(':')[0],
    'data/national.json › police-secours-17 › scope.type',
  );
});

test('groups name communes of the metropolis, each group once', () => {
  const { data, schemas } = realData();
  const [group] = data['groups.json'].groups;
  data['groups.json'].groups.push({ ...group, insee: ['59350', '59000'] });
  assert.deepEqual(
    checkData(data, { schemas, today: TODAY }).map(
      ({ file, id, field }) => `${file} ${id} ${field}`,
    ),
    [
      'groups.json cispd-loos-haubourdin-emmerin id',
      'groups.json cispd-loos-haubourdin-emmerin insee[1]',
    ],
  );
});

test('malformed files are reported, not thrown on', () => {
  const { data, schemas } = realData();
  const broken = {
    ...data,
    'contacts.json': {
      contacts: [null, 'cidff', 42, [], {}, { id: 'x', display: 'y', scope: null }],
    },
    'categories.json': { id: 'urgence' },
    'groups.json': { groups: [{ id: 'g', insee: 'Lille' }] },
  };
  const problems = checkData(broken, { schemas, today: TODAY });
  const lines = problems.map(formatProblem);
  assert.ok(
    lines.includes(
      'data/contacts.json › #1 › (entry): null is not of type object; a contact: id, name, description, categories, audiences, scope, sources, confidence and status are required',
    ),
    lines.join('\n'),
  );
  assert.ok(lines.some((line) => line.startsWith('data/categories.json › (file) › (entry): ')));
  assert.ok(
    lines.some((line) =>
      line.startsWith('data/groups.json › g › insee: "Lille" is not of type array'),
    ),
  );
});
