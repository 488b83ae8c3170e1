// A commune's first doors and whether it has a place of help of its own: one rule for the widget
// (src/directory/directory.ts, what residents see) and for the data team's scripts
// (scripts/data/doors.mjs and report.mjs, what the report counts). Plain JavaScript with JSDoc
// types, so node imports it as it is and rollup bundles it.

/**
 * What the rule reads of a contact: the widget's compiled contacts and the data's contacts (with
 * their group scopes resolved) both have these fields.
 * @typedef {{
 *   firstDoor?: string,
 *   mayNotAnswer?: boolean,
 *   confidence?: string,
 *   scope: { type: string, insee?: readonly string[] },
 * }} DoorCandidate
 */

/** The four first doors every commune has, in the order a resident meets them. */
export const DOOR_KINDS = /** @type {const} */ (['mairie', 'police', 'justice', 'victimes']);

/**
 * How much doubt a contact carries, the order of every group and of the doors: 0 no doubt said
 * (high or medium confidence), 1 low confidence, 2 its own note says it may not be working.
 * @param {DoorCandidate} contact
 * @returns {number}
 */
export function doubtOf(contact) {
  return contact.mayNotAnswer ? 2 : contact.confidence === 'low' ? 1 : 0;
}

/**
 * Whether a contact serves the commune as its own: a scope of communes (a group resolves to one)
 * that names it. A metropolis-wide or national contact is never a commune's door.
 * @param {DoorCandidate} contact
 * @param {string} insee
 * @returns {boolean}
 */
export function isLocalTo(contact, insee) {
  return contact.scope.type === 'communes' && (contact.scope.insee ?? []).includes(insee);
}

/**
 * The commune's door of a kind among the contacts a resident may be shown there (published, in
 * the data's order): its own contacts of that kind, the least doubtful, then the first listed.
 * @template {DoorCandidate} T
 * @param {string} kind one of DOOR_KINDS
 * @param {readonly T[]} contacts
 * @param {string} insee
 * @returns {T | undefined}
 */
export function doorContact(kind, contacts, insee) {
  return contacts
    .filter((contact) => contact.firstDoor === kind && isLocalTo(contact, insee))
    .sort((a, b) => doubtOf(a) - doubtOf(b))[0];
}

/**
 * Whether a contact is a place of help of the commune's own: local to it, and not its town
 * hall's door (a switchboard that orients, not a place of help), so that a commune with nothing
 * else says so (RESIDENT-FIRST C7.1).
 * @param {DoorCandidate} contact
 * @param {string} insee
 * @returns {boolean}
 */
export function isLocalHelp(contact, insee) {
  return contact.firstDoor !== 'mairie' && isLocalTo(contact, insee);
}

/**
 * Whether the commune has a place of help of its own among the contacts a resident may be shown.
 * @param {readonly DoorCandidate[]} contacts
 * @param {string} insee
 * @returns {boolean}
 */
export function hasLocalHelp(contacts, insee) {
  return contacts.some((contact) => isLocalHelp(contact, insee));
}
