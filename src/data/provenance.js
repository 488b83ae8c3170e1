// Where a fact comes from, as residents read it: one rule for the widget (the « Détails » of a
// card, an answer) and for the data scripts (the check, the report, the call sheet). Plain
// JavaScript with JSDoc types, so node imports it as it is.

/**
 * Sites that keep copies of files (code hosting), not the ones who publish them: residents are
 * never sent there, and never read their name as a source. A stored copy keeps its address in a
 * source's `url` for the team, and the publisher's own page in `page`.
 */
export const CODE_HOSTS = [
  'github.com',
  'raw.githubusercontent.com',
  'gist.github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'framagit.org',
  'sourceforge.net',
];

/**
 * Whether an address is on a code-hosting site (or one of its subdomains, such as a GitHub or
 * GitLab Pages site).
 * @param {string | undefined} url
 * @returns {boolean}
 */
export function isCodeHost(url) {
  if (typeof url !== 'string') return false;
  // The host of an address, without URL (a plain module that node and the bundle both read).
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return false;
  return CODE_HOSTS.some(
    (code) => host === code || host.endsWith(`.${code}`) || host.endsWith('.github.io'),
  );
}

/**
 * The link residents follow for a source: the publisher's page when the facts were read in a
 * stored copy, else the address where they were read — never a code-hosting site: a file kept
 * there with no page of its publisher is named (its `publisher`), not linked.
 * @param {{ url?: string, page?: string }} source
 * @returns {string | undefined}
 */
export function shownLink(source) {
  const link = source.page ?? source.url;
  return isCodeHost(link) ? undefined : link;
}

/** How a person confirmed facts, as data/ writes it. */
export const VERIFICATION_WAYS = ['phone', 'official-page', 'in-person'];

/**
 * The date residents read for an entry's facts, and what the report's stale rule measures: the
 * day a person confirmed them, else the date of the source shown (its first).
 * @param {{ verification?: { date: string }, sources?: readonly { date: string }[] }} entry
 * @returns {{ date: string | undefined, confirmed: boolean }}
 */
export function factsDate(entry) {
  if (entry.verification) return { date: entry.verification.date, confirmed: true };
  return { date: entry.sources?.[0]?.date, confirmed: false };
}
