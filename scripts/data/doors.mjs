// The first doors every commune needs — the town hall or its CCAS, the police or gendarmerie
// unit, a justice house, the victim-support service — and whether it has a place of help of its
// own, per commune, by the widget's own rule (src/directory/doors.js) applied to the contacts the
// widget is given: the published ones, in the data's order, group scopes resolved, as
// compile.mjs writes them. Pure: parsed files in, table out.
import { entriesOf } from '../shared.mjs';
import {
  DOOR_KINDS as DOOR_KIND_IDS,
  doorContact,
  hasLocalHelp,
  isLocalTo,
} from '../../src/directory/doors.js';
import { contactEntries } from './imported.mjs';
import { resolveScope } from './scope.mjs';

/**
 * How the report names each kind of door in its columns.
 * @type {Record<import('../types.js').FirstDoor, string>}
 */
const DOOR_LABELS = {
  mairie: 'mairie/CCAS',
  police: 'police/gendarmerie',
  justice: 'justice/MJD',
  victimes: 'victim support',
};

/** The kinds of first door, in the order of the report's columns (the widget's order). */
export const DOOR_KINDS = DOOR_KIND_IDS.map((id) => ({ id, label: DOOR_LABELS[id] }));

/** How the report's counts name each kind ("mairie 92/95 publiées"). */
export const DOOR_COUNT_NAMES = {
  mairie: 'mairie',
  police: 'police',
  justice: 'justice',
  victimes: 'victimes',
};

/**
 * For each commune, for each kind of door: "published" when the widget shows a door of that kind
 * there, "held" when only held contacts would be one (known, not yet publishable), null when none
 * would; the contact the widget shows; and whether the widget says the commune has a place of
 * help of its own.
 * @param {Record<string, unknown>} data parsed files of data/ that checkData found no problem in
 * @returns {{ commune: { insee: string, name: string }, doors: Record<string, 'published' | 'held' | null>, shown: Record<string, Record<string, any> | null>, hasLocal: boolean }[]}
 *   `shown`: for each kind, the published contact residents meet as that door (null when none)
 */
export function firstDoorsByCommune(data) {
  const groups = entriesOf(data['groups.json'], 'groups');
  const contacts = contactEntries(data)
    .map(({ entry }) => entry)
    .map((contact) => ({ ...contact, scope: resolveScope(contact.scope, groups) }));
  // What compile.mjs ships, in the same order: the widget's directory chooses among these.
  const published = contacts.filter((contact) => contact.status === 'published');
  const held = contacts.filter((contact) => contact.status === 'held');
  return entriesOf(data['communes.json'], 'communes').map((commune) => {
    const shown = Object.fromEntries(
      DOOR_KIND_IDS.map((kind) => [kind, doorContact(kind, published, commune.insee) ?? null]),
    );
    /** @param {import('../types.js').FirstDoor} kind */
    const state = (kind) => {
      if (shown[kind]) return 'published';
      return held.some((contact) => contact.firstDoor === kind && isLocalTo(contact, commune.insee))
        ? 'held'
        : null;
    };
    return {
      commune,
      doors: Object.fromEntries(DOOR_KIND_IDS.map((kind) => [kind, state(kind)])),
      shown,
      hasLocal: hasLocalHelp(published, commune.insee),
    };
  });
}

/** Whether a contact can be called: a phone number of its own. */
export const hasPhone = (/** @type {unknown} */ contact) => {
  const channels = /** @type {{ channels?: unknown } | null | undefined} */ (contact)?.channels;
  return (
    Array.isArray(channels) &&
    channels.some((/** @type {{ type?: unknown } | null} */ channel) => channel?.type === 'tel')
  );
};

/**
 * The communes with no published door of each kind: { mairie: [commune…], … }.
 * @param {ReturnType<typeof firstDoorsByCommune>} table
 */
export function communesWithoutDoor(table) {
  return Object.fromEntries(
    DOOR_KINDS.map(({ id }) => [
      id,
      table.filter(({ doors }) => doors[id] !== 'published').map(({ commune }) => commune),
    ]),
  );
}
