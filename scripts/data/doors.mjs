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

/** How the report's counts name each kind ("mairie 92/95 publiées"). */
export const DOOR_COUNT_NAMES = {
  mairie: 'mairie',
  police: 'police',
  justice: 'justice',
  victimes: 'victimes',
};

/**
 * For each commune, for each kind of door: "published" when a published contact of that kind
 * serves it, "held" when only held ones do (known, not yet publishable), null when none does.
 * @param {Record<string, unknown>} data parsed files of data/ that checkData found no problem in
 * @returns {{ commune: { insee: string, name: string }, doors: Record<string, 'published' | 'held' | null>, shown: Record<string, object | null> }[]}
 *   `shown`: for each kind, the published contact residents meet first (null when none)
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
    // The published contact residents meet first for each kind, as the widget chooses it: the
    // least doubtful, the commune's own before a wider one, then in the order of the data.
    const shown = (kind) =>
      serving
        .filter(({ contact }) => contact.firstDoor === kind && contact.status === 'published')
        .map((entry, index) => ({ ...entry, index }))
        .sort(
          (a, b) =>
            doubtOf(a.contact) - doubtOf(b.contact) ||
            Number(a.scope.type !== 'communes') - Number(b.scope.type !== 'communes') ||
            a.index - b.index,
        )[0]?.contact ?? null;
    return {
      commune,
      doors: Object.fromEntries(DOOR_KINDS.map(({ id }) => [id, state(id)])),
      shown: Object.fromEntries(DOOR_KINDS.map(({ id }) => [id, shown(id)])),
    };
  });
}

/** 0: no doubt said; 1: low confidence; 2: its own note says it may not be working. */
const doubtOf = (contact) => (contact.mayNotAnswer ? 2 : contact.confidence === 'low' ? 1 : 0);

/** Whether a contact can be called: a phone number of its own. */
export const hasPhone = (contact) =>
  Array.isArray(contact?.channels) && contact.channels.some((channel) => channel?.type === 'tel');

/** The communes with no published door of each kind: { mairie: [commune…], … }. */
export function communesWithoutDoor(table) {
  return Object.fromEntries(
    DOOR_KINDS.map(({ id }) => [
      id,
      table.filter(({ doors }) => doors[id] !== 'published').map(({ commune }) => commune),
    ]),
  );
}
