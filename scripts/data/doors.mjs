// The first doors every commune needs — the town hall or its CCAS, the police or gendarmerie
// unit, a justice house, the victim-support service — counted per commune from the contacts
// that carry `firstDoor`, hand-written and imported alike. Pure: parsed files in, table out.
import { entriesOf } from '../shared.mjs';
import { contactEntries } from './imported.mjs';
import { resolveScope, servesCommune } from './scope.mjs';

/** The kinds of first door, in the order of the report's columns. */
export const DOOR_KINDS = [
  { id: 'mairie', label: 'mairie/CCAS' },
  { id: 'police', label: 'police/gendarmerie' },
  { id: 'justice', label: 'justice/MJD' },
  { id: 'victimes', label: 'victim support' },
];

/**
 * For each commune, for each kind of door: "published" when a published contact of that kind
 * serves it, "held" when only held ones do (known, not yet publishable), null when none does.
 * @param {Record<string, unknown>} data parsed files of data/ that checkData found no problem in
 * @returns {{ commune: { insee: string, name: string }, doors: Record<string, 'published' | 'held' | null> }[]}
 */
export function firstDoorsByCommune(data) {
  const groups = entriesOf(data['groups.json'], 'groups');
  const doors = contactEntries(data)
    .map(({ entry }) => entry)
    .filter((contact) => typeof contact.firstDoor === 'string')
    .map((contact) => ({ contact, scope: resolveScope(contact.scope, groups) }));
  return entriesOf(data['communes.json'], 'communes').map((commune) => {
    const serving = doors.filter(({ scope }) => servesCommune(scope, commune.insee));
    const state = (kind) => {
      const ofKind = serving.filter(({ contact }) => contact.firstDoor === kind);
      if (ofKind.some(({ contact }) => contact.status === 'published')) return 'published';
      return ofKind.length > 0 ? 'held' : null;
    };
    return {
      commune,
      doors: Object.fromEntries(DOOR_KINDS.map(({ id }) => [id, state(id)])),
    };
  });
}

/** The communes with no published door of each kind: { mairie: [commune…], … }. */
export function communesWithoutDoor(table) {
  return Object.fromEntries(
    DOOR_KINDS.map(({ id }) => [
      id,
      table.filter(({ doors }) => doors[id] !== 'published').map(({ commune }) => commune),
    ]),
  );
}
