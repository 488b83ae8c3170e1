import { validate } from './generated/validate-contacts.js';
import { CATEGORIES, COMMUNES } from './generated/core.js';
import { BUNDLED_IDS as IDS, SHORT_CODES as CODES } from './generated/partner-facts.js';
import type { Channel, Contact, ContactScope } from './types.js';
import { frenchDial, frenchDisplay, isFrenchNumber } from './french-numbers.js';

/**
 * Partner data (`contacts-src`, or the `contacts` property): contacts in the same format as
 * data/contacts.json, checked against the same schema by a validator compiled at build time, then
 * against what the bundle knows (categories, communes, ids). Anything wrong refuses the whole set:
 * a half-applied directory could hide the very door a resident needs.
 */

export type PartnerResult = { ok: true; contacts: Contact[] } | { ok: false; reasons: string[] };

/** Reasons reported at most: enough for a webmaster to fix, not a flood. */
const MAX_REASONS = 20;
export const MAX_PARTNER_BYTES = 256 * 1024;
export const PARTNER_TIMEOUT_MS = 8000;

/** Short codes a partner may use: those the bundled, reviewed data uses (17, 115, 3919…). */
const SHORT_CODES: ReadonlySet<string> = new Set(CODES);
const BUNDLED_IDS: ReadonlySet<string> = new Set(IDS);
const CATEGORY_IDS = new Set(CATEGORIES.map((category) => category.id));
const INSEE_CODES = new Set(COMMUNES.map((commune) => commune.insee));

interface RawChannel {
  type: Channel['type'];
  number?: string;
  url?: string;
  address?: string;
}
interface RawContact extends Omit<Contact, 'channels' | 'scope' | 'openingHours'> {
  channels?: RawChannel[];
  display?: Record<string, string>;
  scope: ContactScope | { type: 'group'; id: string };
  status: 'published' | 'held';
  hours?: string;
}

function toChannel(raw: RawChannel, display: Record<string, string>): Channel {
  if (raw.type === 'tel' || raw.type === 'sms') {
    const number = raw.number!;
    const french = isFrenchNumber(number);
    return {
      type: raw.type,
      href: `${raw.type}:${french ? frenchDial(number) : number}`,
      display: display[number] ?? (french ? frenchDisplay(number) : number),
    };
  }
  if (raw.type === 'email') {
    return { type: 'email', href: `mailto:${raw.address!}`, display: raw.address! };
  }
  const url = new URL(raw.url!);
  return { type: raw.type, href: url.href, display: url.hostname.replace(/^www\./, '') };
}

/** What the schema cannot say: numbers in service here, known ids and communes, no clash. */
function domainReasons(contacts: RawContact[]): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  contacts.forEach((contact, index) => {
    const where = `contacts[${index}] (${contact.id})`;
    if (seen.has(contact.id)) reasons.push(`${where}: id used twice`);
    seen.add(contact.id);
    if (BUNDLED_IDS.has(contact.id))
      reasons.push(`${where}: id already used by the widget's own data`);
    if (contact.highlight)
      reasons.push(`${where}: "highlight" is reserved to the widget's emergency numbers`);
    for (const id of contact.categories) {
      if (!CATEGORY_IDS.has(id)) reasons.push(`${where}: unknown category "${id}"`);
    }
    if (contact.scope.type === 'group')
      reasons.push(`${where}: scope "group" is not available to partner data; list the communes`);
    if (contact.scope.type === 'communes') {
      for (const insee of contact.scope.insee) {
        if (!INSEE_CODES.has(insee))
          reasons.push(`${where}: "${insee}" is not an INSEE code of the metropolis`);
      }
    }
    for (const channel of contact.channels ?? []) {
      const { number } = channel;
      if (number !== undefined && !isFrenchNumber(number) && !SHORT_CODES.has(number)) {
        reasons.push(
          `${where}: "${number}" is neither a French number in service nor a known short code`,
        );
      }
    }
    if (contact.sources.some((source) => !source.url))
      reasons.push(`${where}: every source needs an https address`);
  });
  return reasons;
}

/** Checks partner data and turns it into the contacts the widget shows (held ones dropped). */
export function validatePartnerData(data: unknown): PartnerResult {
  const valid = validate(data) as boolean;
  if (!valid) {
    const errors = (
      validate as unknown as {
        errors: { instancePath: string; keyword: string; params: unknown }[];
      }
    ).errors;
    const reasons = errors.map(
      ({ instancePath, keyword, params }) =>
        `${instancePath || '(root)'}: ${keyword} ${JSON.stringify(params)}`,
    );
    return { ok: false, reasons: [...new Set(reasons)].slice(0, MAX_REASONS) };
  }
  const contacts = (data as { contacts: RawContact[] }).contacts;
  const reasons = domainReasons(contacts);
  if (reasons.length > 0) return { ok: false, reasons: reasons.slice(0, MAX_REASONS) };
  return {
    ok: true,
    contacts: contacts
      .filter((contact) => contact.status === 'published')
      .map(({ channels = [], display = {}, status: _status, hours: _hours, ...contact }) => ({
        ...contact,
        scope: contact.scope as ContactScope,
        channels: channels.map((channel) => toChannel(channel, display)),
      })),
  };
}

/** A refusal of partner data before validation: the address, the network, the size, the JSON. */
export class PartnerDataError extends Error {}

/**
 * Fetches partner data: `https:` or the page's own origin only, no cookie, no referrer, no cache
 * entry, at most MAX_PARTNER_BYTES, within PARTNER_TIMEOUT_MS.
 */
export async function fetchPartnerData(src: string, signal: AbortSignal): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new PartnerDataError(`contacts-src is not an address`);
  }
  if (url.protocol !== 'https:' && url.origin !== location.origin) {
    throw new PartnerDataError(`contacts-src must be an https: address or on this site`);
  }
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), PARTNER_TIMEOUT_MS);
  const abort = () => timeout.abort();
  signal.addEventListener('abort', abort);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: timeout.signal,
    });
    if (!response.ok) throw new PartnerDataError(`the server answered ${response.status}`);
    const text = await readCapped(response);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new PartnerDataError('the file is not valid JSON');
    }
  } catch (error) {
    if (error instanceof PartnerDataError) throw error;
    if (signal.aborted) throw error;
    throw new PartnerDataError(
      timeout.signal.aborted
        ? `no answer within ${PARTNER_TIMEOUT_MS / 1000} s`
        : 'the file could not be loaded',
    );
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_PARTNER_BYTES)
    throw new PartnerDataError(`the file is larger than ${MAX_PARTNER_BYTES / 1024} KB`);
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PARTNER_BYTES) {
      await reader.cancel();
      throw new PartnerDataError(`the file is larger than ${MAX_PARTNER_BYTES / 1024} KB`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
