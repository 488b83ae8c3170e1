import { contactsForCommune } from '../data/contacts.js';
import { fitsPath } from '../data/paths.js';
import { isOpenAt } from '../hours/opening-state.js';
import { normaliseText } from '../search/normalise.js';
import { STOP_WORDS } from '../search/stop-words.js';
import { DOOR_KINDS, doorContact, doubtOf, hasLocalHelp } from './doors.js';
import type { Search } from '../search/search.js';
import { readViewpoint, type Reading } from '../search/viewpoint.js';
import { orderForReading, type ReadingTraits } from '../search/order-for-reading.js';
import type { Commune, Contact, SituationPath } from '../data/types.js';

/**
 * Why a contact is listed, and where: the directory's pipeline as pure functions, apart from the
 * element that renders it. scope → categories → situation → open now → query → groups → pages.
 */

/** A line of the blocks above is listed again for a query only if it scores this share of the best. */
const LINE_SHARE = 0.5;

/** Cards a group shows before "Voir les N autres". */
export const PAGE_SIZE = 5;

/** The groups of the directory, always in this order: the commune, the metropolis, France. */
export const GROUP_IDS = ['commune', 'metropole', 'national'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/**
 * The four first doors every commune has, in the order a resident meets them. Which contact is a
 * commune's door, the order of doubt and whether it has local help are ./doors.js's rule, shared
 * with the data team's report.
 */
export { DOOR_KINDS };
export type DoorKind = (typeof DOOR_KINDS)[number];

/**
 * The national line that does a first door's job while the commune's own door is not known:
 * the 3919 knows the help near every commune, the 17 sends the police or gendarmerie that serves
 * it, France Victimes (116 006) informs on rights and supports victims of any offence.
 */
export const DOOR_FALLBACK: Readonly<Record<DoorKind, string>> = {
  mairie: '3919-violences-femmes-info',
  police: 'police-secours-17',
  justice: '116006-france-victimes',
  victimes: '116006-france-victimes',
};

/** The categories whose filter, or situation, brings a first door's row. */
const DOOR_CATEGORIES: Readonly<Record<DoorKind, readonly string[]>> = {
  mairie: ['accueil', 'hebergement'],
  police: ['police', 'urgence'],
  justice: ['droits'],
  victimes: ['droits', 'ecoute'],
};

/** Words residents type for a first door, in French, English and Arabic (folded as queries are). */
const DOOR_TERMS: Readonly<Record<DoorKind, readonly string[]>> = {
  mairie: ['mairie', 'ccas', 'hotel de ville', 'town hall', 'city hall', 'بلدية', 'البلدية'],
  police: [
    'police',
    'gendarmerie',
    'gendarme',
    'gendarmes',
    'commissariat',
    'plainte',
    'main courante',
    'complaint',
    'شرطة',
    'الشرطة',
    'شكوى',
    'درك',
  ],
  justice: [
    'justice',
    'point justice',
    'mjd',
    'droit',
    'droits',
    'juriste',
    'avocat',
    'tribunal',
    'ordonnance de protection',
    'lawyer',
    'legal',
    'rights',
    'محام',
    'محامي',
    'عدالة',
    'محكمة',
  ],
  victimes: ['victime', 'victimes', 'aide aux victimes', 'victim', 'victims', 'ضحية', 'ضحايا'],
};

/** One first door of the commune: its published contact, or the national line meanwhile. */
export interface DoorRow {
  kind: DoorKind;
  /** The commune's own published door, when the data has one. */
  contact?: Contact;
  /** Otherwise the national line doing that job, for the honest placeholder. */
  fallback?: Contact;
}

export interface DirectoryGroup {
  id: GroupId;
  /** Every contact of the group, in order. */
  contacts: readonly Contact[];
  /** The contacts on screen: the first page, or all once the resident asked for the others. */
  shown: readonly Contact[];
  /** How many the first page shows: the first card « Voir les N autres » brings is at this index. */
  page: number;
}

/** What the resident has asked of the directory. */
export interface DirectoryRequest {
  query: string;
  path: SituationPath | null;
  /** Categories chosen in "Filtrer"; none: every category. */
  categories: ReadonlySet<string>;
  openNow: boolean;
  now: Date;
  /** Groups whose "Voir les N autres" was pressed. */
  expanded: ReadonlySet<GroupId>;
}

export interface DirectoryView {
  /** Whether a query, a situation or a filter narrows the directory. */
  narrowed: boolean;
  /** Nothing matched the query as typed: these are the closest matches. */
  relaxed: boolean;
  /** Lines of the blocks above that the request matches, as one-line rows, best first. */
  lines: readonly Contact[];
  /** The commune's first doors: all four by default, those the request matches when narrowed. */
  doors: readonly DoorRow[];
  /** The non-empty groups, in the order of GROUP_IDS. */
  groups: readonly DirectoryGroup[];
  /** How many contacts are listed (lines, first doors with a contact, groups): placeholders aside. */
  count: number;
  /**
   * The query names a first door the commune has (« commissariat » in Lille): that door is the
   * first result, before the lines of the blocks above.
   */
  doorsFirst: boolean;
  /**
   * Whether the commune has a place of help of its own: a published contact other than its town
   * hall's switchboard, which is a first door but not a place of help.
   */
  hasLocal: boolean;
}

export interface DirectoryOptions {
  /** The contacts the directory draws from (the widget's own, a partner's, or both). */
  contacts: readonly Contact[];
  commune: Commune | null;
  /** The categories the page allows (`categories` attribute). */
  allowedCategories: ReadonlySet<string>;
  /** The widget's own national lines, for the first doors' placeholders (never a partner's). */
  nationalLines: readonly Contact[];
  /** The contacts the page itself gave: first in their group, since the page chose to add them. */
  fromPage?: ReadonlySet<Contact>;
  createSearch: (contacts: readonly Contact[]) => Search<Contact>;
}

export interface Directory {
  /** The contacts that serve the commune within the allowed categories. */
  readonly scoped: readonly Contact[];
  view(request: DirectoryRequest): DirectoryView;
}

const groupOf = (contact: Contact): GroupId => {
  switch (contact.scope.type) {
    case 'communes':
      return 'commune';
    case 'metropole':
    case 'departement':
      return 'metropole';
    case 'national':
      return 'national';
  }
};

const foldedTerms = Object.fromEntries(
  DOOR_KINDS.map((kind) => [kind, DOOR_TERMS[kind].map(normaliseText)]),
) as Record<DoorKind, string[]>;

/** What the order by point of view reads of a contact: whom it serves, and where it is listed. */
function readingTraits(contact: Contact): ReadingTraits {
  const forAuthors =
    contact.audiences.includes('auteurs') || contact.categories.includes('auteurs');
  const childOnly =
    contact.audiences.includes('enfants') &&
    !contact.audiences.some((id) => id === 'tous' || id === 'femmes' || id === 'hommes');
  const talk = contact.highlight?.block === 'talk';
  const victimLine = talk && !forAuthors && !childOnly && contact.categories.includes('ecoute');
  return {
    forAuthors,
    childLine: !!contact.highlight && contact.categories.includes('enfants'),
    childOnly,
    emergencyFirst: contact.highlight?.block === 'emergency' && contact.highlight.order === 1,
    victimLine,
    firstVictimLine: victimLine && contact.highlight?.order === 1,
    everyVictimLine: victimLine && contact.audiences.includes('tous'),
  };
}

/** Whether a folded query holds one of the words or phrases of a list, as whole words. */
const mentions = (foldedQuery: string, terms: readonly string[]): boolean =>
  terms.some((term) => term !== '' && ` ${foldedQuery} `.includes(` ${term} `));

/** Whether every word of a folded query is part of a first door's name (« gendarmerie », « le ccas »). */
function namesOnlyDoors(foldedQuery: string): boolean {
  let rest = ` ${foldedQuery} `;
  for (const term of DOOR_KINDS.flatMap((kind) => foldedTerms[kind]).sort(
    (a, b) => b.length - a.length,
  ))
    rest = rest.split(` ${term} `).join('  ');
  const left = rest.split(' ').filter((word) => word !== '' && !STOP_WORDS.has(word));
  return left.length === 0 && rest.trim() !== foldedQuery;
}

/**
 * Orders a group: by default, no doubt before doubt, open before closed, first doors first, then
 * as the data lists them; for a query, in the search's order. Either way an entry whose own note
 * says it may not be working never comes first.
 */
function orderGroup(
  contacts: readonly Contact[],
  rank: ReadonlyMap<Contact, number>,
  byRelevance: boolean,
  now: Date,
  fromPage: ReadonlySet<Contact>,
): Contact[] {
  // Whether each is closed now: read once per contact, not at each of the sort's comparisons.
  const closed = new Map(
    contacts.map((contact) => [contact, Number(!isOpenAt(contact.openingHours, now))]),
  );
  return [...contacts].sort(
    (a, b) =>
      Number(!!a.mayNotAnswer) - Number(!!b.mayNotAnswer) ||
      Number(!fromPage.has(a)) - Number(!fromPage.has(b)) ||
      (byRelevance
        ? 0
        : doubtOf(a) - doubtOf(b) ||
          closed.get(a)! - closed.get(b)! ||
          Number(!a.firstDoor) - Number(!b.firstDoor)) ||
      rank.get(a)! - rank.get(b)!,
  );
}

export function createDirectory(options: DirectoryOptions): Directory {
  const { commune, allowedCategories, nationalLines, fromPage = new Set<Contact>() } = options;
  const insee = commune?.insee ?? null;
  const scoped = contactsForCommune(insee, options.contacts).filter((contact) =>
    contact.categories.some((id) => allowedCategories.has(id)),
  );
  const position = new Map(scoped.map((contact, index) => [contact, index]));
  const doors: DoorRow[] = insee
    ? DOOR_KINDS.map((kind) => {
        const contact = doorContact(kind, scoped, insee);
        if (contact) return { kind, contact };
        const fallback = nationalLines.find((line) => line.id === DOOR_FALLBACK[kind]);
        return fallback ? { kind, fallback } : { kind };
      })
    : [];
  const doorContacts = new Set(doors.flatMap((door) => door.contact ?? []));
  const hasLocal = insee !== null && hasLocalHelp(scoped, insee);
  const communeName = commune ? normaliseText(commune.name) : null;
  let search: Search<Contact> | null = null;
  let last: { request: DirectoryRequest; view: DirectoryView } | null = null;

  function compute(request: DirectoryRequest): DirectoryView {
    const { path, categories, openNow, now, expanded } = request;
    const query = request.query.trim();
    const narrowed = query !== '' || path !== null || categories.size > 0 || openNow;
    const best = path?.contacts ?? [];
    const bestRank = (contact: Contact) => {
      const index = best.indexOf(contact.id);
      return index === -1 ? best.length : index;
    };

    let matched: Contact[] = scoped;
    if (categories.size > 0)
      matched = matched.filter((contact) => contact.categories.some((id) => categories.has(id)));
    if (path)
      matched = matched.filter((contact) => best.includes(contact.id) || fitsPath(contact, path));
    if (openNow) matched = matched.filter((contact) => isOpenAt(contact.openingHours, now));
    let rank: ReadonlyMap<Contact, number> = position;
    let relaxed = false;
    let reading: Reading | null = null;
    if (query !== '') {
      search ??= options.createSearch(scoped);
      const allowed = matched;
      const kept = new Set(matched);
      // A word that names a first door (« gendarmerie ») lists the places that are such a door,
      // or say so in their name or kind; not a place whose longer text merely mentions one.
      const onlyDoor = namesOnlyDoors(normaliseText(query));
      const found = (loose: boolean) =>
        search!
          .rank(query, { relaxed: loose, named: onlyDoor })
          .filter(({ item }) => kept.has(item));
      let ranked = found(false);
      // Nothing as typed: the closest help, with farther typos and shorter prefixes.
      if (ranked.length === 0) {
        ranked = found(true);
        relaxed = ranked.length > 0;
      }
      // The entries that match most of the words, and those one word short of them; a line of
      // the blocks above comes back only when it is among the best answers.
      const most = ranked[0]?.matched ?? 0;
      const top = ranked[0]?.score ?? 0;
      matched = ranked
        .filter((entry) => entry.matched >= Math.max(1, most - 1))
        .filter((entry) => !entry.item.highlight || entry.score >= LINE_SHARE * top)
        .filter((entry) => !onlyDoor || entry.named || entry.item.firstDoor !== undefined)
        .map(({ item }) => item);
      reading = readViewpoint(query);
      matched = orderForReading(matched, allowed, reading, readingTraits);
      rank = new Map(matched.map((contact, index) => [contact, index]));
    }
    if (path) {
      const before = rank;
      matched = [...matched].sort(
        (a, b) => bestRank(a) - bestRank(b) || before.get(a)! - before.get(b)!,
      );
      rank = new Map(matched.map((contact, index) => [contact, index]));
    }

    // The lines of the blocks above are repeated only as rows, and only when asked for.
    const lines = narrowed ? matched.filter((contact) => contact.highlight) : [];
    const listed = matched.filter((contact) => !contact.highlight);
    const listedSet = new Set(listed);

    const foldedQuery = normaliseText(query);
    const namesCommune = communeName !== null && mentions(foldedQuery, [communeName]);
    const askedKinds = new Set([...categories, ...(path?.filter.categories ?? [])]);
    const askedDoor =
      query === ''
        ? undefined
        : DOOR_KINDS.find((kind) => mentions(foldedQuery, foldedTerms[kind]));
    const doorRows = doors.filter((door) => {
      if (!narrowed) return true;
      if (door.contact) return listedSet.has(door.contact);
      if (openNow) return false;
      return (
        namesCommune ||
        (query !== '' && mentions(foldedQuery, foldedTerms[door.kind])) ||
        (query === '' && DOOR_CATEGORIES[door.kind].some((id) => askedKinds.has(id)))
      );
    });

    // With nothing asked, the commune's doors with a contact are cards of its group, and count
    // in its first page.
    const doorCards = doorRows.filter((door) => door.contact).length;
    const groups = GROUP_IDS.map((id) => {
      const contacts = orderGroup(
        listed.filter((contact) => groupOf(contact) === id && !doorContacts.has(contact)),
        rank,
        query !== '' || path !== null,
        now,
        fromPage,
      );
      const page = id === 'commune' && !narrowed ? Math.max(1, PAGE_SIZE - doorCards) : PAGE_SIZE;
      const shown = expanded.has(id) ? contacts : contacts.slice(0, page);
      return { id, contacts, shown, page };
    }).filter(
      (group) =>
        group.contacts.length > 0 &&
        // Without a place of help of its own, a commune's default view is its doors and the
        // metropolis (RESIDENT-FIRST C7.1); the lines for all of France come with a search.
        (narrowed || hasLocal || insee === null || group.id !== 'national'),
    );

    const count =
      lines.length +
      doorRows.filter((door) => door.contact).length +
      groups.reduce((sum, group) => sum + group.contacts.length, 0);
    // A door asked for by name comes first among the doors, and before the lines when the
    // commune has it and the sentence is not an author's (whose line always comes first).
    const asked = doorRows.filter((door) => door.kind === askedDoor);
    const doorsInOrder = [...asked, ...doorRows.filter((door) => door.kind !== askedDoor)];
    const doorsFirst =
      asked.some((door) => door.contact && listedSet.has(door.contact)) &&
      reading?.speaker !== 'author';
    return { narrowed, relaxed, lines, doors: doorsInOrder, doorsFirst, groups, count, hasLocal };
  }

  return {
    scoped,
    view(request) {
      if (last && sameRequest(last.request, request)) return last.view;
      last = { request, view: compute(request) };
      return last.view;
    },
  };
}

/** The minute is all that counts of the clock, and only while "open now" or the order needs it. */
function sameRequest(a: DirectoryRequest, b: DirectoryRequest): boolean {
  return (
    a.query === b.query &&
    a.path === b.path &&
    a.categories === b.categories &&
    a.openNow === b.openNow &&
    a.expanded === b.expanded &&
    Math.floor(a.now.getTime() / 60_000) === Math.floor(b.now.getTime() / 60_000)
  );
}
