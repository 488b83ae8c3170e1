// Compiles the reviewed data of data/ into src/data/generated/data.ts, the typed module the
// bundle imports: held entries dropped, phone numbers normalised (E.164 links, French display),
// links checked. Every problem is reported at once, one line each, and the script exits non-zero.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const readData = (name) => JSON.parse(readFileSync(new URL(`data/${name}`, root), 'utf8'));

const problems = [];
const report = (file, id, field, message) =>
  problems.push(`data/${file} › ${id} › ${field}: ${message}`);

const categories = readData('categories.json');
const { communes } = readData('communes.json');
const categoryIds = new Set(categories.map((c) => c.id));
const inseeCodes = new Set(communes.map((c) => c.insee));

const SAFE_LINK = /^(https:|tel:|sms:|mailto:)/;
const SHORT_CODE = /^\d{2,6}$/;
const FRENCH_NUMBER = /^0[1-9]\d{8}$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "0320572794" → "03 20 57 94 27"; "3919" → "3919". */
const pairs = (digits) => (digits.length === 10 ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : digits);

function compilePhone(file, contact, channel) {
  const { number } = channel;
  const override = contact.display?.[number];
  if (override !== undefined && override.replace(/\D/g, '') !== number) {
    report(file, contact.id, `display.${number}`, `"${override}" does not spell the same digits`);
  }
  let href;
  if (FRENCH_NUMBER.test(number)) href = `${channel.type}:+33${number.slice(1)}`;
  else if (SHORT_CODE.test(number)) href = `${channel.type}:${number}`;
  else {
    report(
      file,
      contact.id,
      'channels',
      `"${number}" is neither a French 10-digit number nor a short code`,
    );
    return null;
  }
  return { type: channel.type, href, display: override ?? pairs(number) };
}

function compileChannel(file, contact, channel) {
  switch (channel.type) {
    case 'tel':
    case 'sms':
      return compilePhone(file, contact, channel);
    case 'web':
    case 'chat': {
      let url;
      try {
        url = new URL(channel.url);
      } catch {
        report(file, contact.id, 'channels', `"${channel.url}" is not a URL`);
        return null;
      }
      if (url.protocol !== 'https:') {
        report(file, contact.id, 'channels', `"${channel.url}" must be an https: link`);
        return null;
      }
      return { type: channel.type, href: url.href, display: url.hostname.replace(/^www\./, '') };
    }
    case 'email':
      if (!EMAIL.test(channel.address)) {
        report(file, contact.id, 'channels', `"${channel.address}" is not an e-mail address`);
        return null;
      }
      return { type: 'email', href: `mailto:${channel.address}`, display: channel.address };
    default:
      report(file, contact.id, 'channels', `unknown channel type "${channel.type}"`);
      return null;
  }
}

function checkScope(file, contact) {
  const { scope } = contact;
  if (scope?.type === 'communes') {
    for (const insee of scope.insee ?? []) {
      if (!inseeCodes.has(insee))
        report(file, contact.id, 'scope', `"${insee}" is not an INSEE code of the MEL`);
    }
  } else if (!['national', 'departement', 'metropole'].includes(scope?.type)) {
    report(file, contact.id, 'scope', `unknown scope ${JSON.stringify(scope)}`);
  }
}

const seenIds = new Set();
function compileContact(file, contact) {
  const id = contact.id ?? '(no id)';
  if (seenIds.has(id)) report(file, id, 'id', 'used twice');
  seenIds.add(id);
  if (!contact.name?.fr) report(file, id, 'name.fr', 'missing');
  if (!contact.description?.fr) report(file, id, 'description.fr', 'missing');
  for (const category of contact.categories ?? []) {
    if (!categoryIds.has(category))
      report(file, id, 'categories', `unknown category "${category}"`);
  }
  if (!contact.categories?.length) report(file, id, 'categories', 'at least one is required');
  if (!contact.sources?.length) report(file, id, 'sources', 'at least one source is required');
  for (const source of contact.sources ?? []) {
    if (!source.url?.startsWith('https:'))
      report(file, id, 'sources', `"${source.url}" must be an https: link`);
    if (!ISO_DATE.test(source.date ?? ''))
      report(file, id, 'sources', `date "${source.date}" must be YYYY-MM-DD`);
  }
  if (!ISO_DATE.test(contact.verified ?? ''))
    report(file, id, 'verified', 'a YYYY-MM-DD date is required');
  if (!['high', 'medium', 'low'].includes(contact.confidence)) {
    report(file, id, 'confidence', 'must be high, medium or low');
  }
  if (contact.confidence !== 'high' && !contact.confidenceNote?.fr) {
    report(file, id, 'confidenceNote.fr', 'required when confidence is not high');
  }
  checkScope(file, contact);
  const channels = (contact.channels ?? [])
    .map((c) => compileChannel(file, contact, c))
    .filter(Boolean);
  if (channels.length === 0 && !contact.address)
    report(file, id, 'channels', 'no way to reach this contact');
  for (const channel of channels) {
    if (!SAFE_LINK.test(channel.href)) report(file, id, 'channels', `unsafe link ${channel.href}`);
  }

  const { display: _display, status: _status, channels: _channels, ...rest } = contact;
  return { ...rest, channels };
}

const contacts = ['national.json', 'contacts.json'].flatMap((file) =>
  readData(file)
    .contacts.map((contact) => ({ contact: compileContact(file, contact), status: contact.status }))
    .filter(({ status }) => status !== 'held')
    .map(({ contact }) => contact),
);

if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in data/:\n${problems.join('\n')}`);
  process.exit(1);
}

const dataDate = contacts
  .map((c) => c.verified)
  .sort()
  .at(-1);
const literal = (value) => JSON.stringify(value, null, 2);
const output = `// Generated by scripts/compile-data.mjs from data/ — do not edit; edit data/ and rerun.
import type { Category, Commune, Contact } from '../types.js';

export const COMMUNES: readonly Commune[] = ${literal(communes)};

export const CATEGORIES: readonly Category[] = ${literal(categories)};

export const CONTACTS: readonly Contact[] = ${literal(contacts)};

/** The most recent verification date in the data. */
export const DATA_DATE = ${literal(dataDate)};
`;
mkdirSync(new URL('src/data/generated/', root), { recursive: true });
writeFileSync(new URL('src/data/generated/data.ts', root), output);
console.log(
  `Compiled ${contacts.length} contacts, ${categories.length} categories, ${communes.length} communes.`,
);
