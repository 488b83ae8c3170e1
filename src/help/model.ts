import {
  GROUP_IDS,
  createDirectory,
  type Directory,
  type DirectoryView,
  type DoorRow,
  type GroupId,
} from '../directory/directory.js';
import { createSearch, type Search, type SearchFields } from '../search/search.js';
import { answerFields, contactFields, pathFields } from '../search/fields.js';
import { answersForQuery } from '../search/order-for-reading.js';
import { FIRST_SCREEN_LINES } from '../data/blocks.js';
import { needsChecking } from '../data/doubt.js';
import { CATEGORIES } from '../data/generated/core.js';
import { askedQuery, type HelpRequest } from './request.js';
import type { Answer, Category, Commune, Contact, SituationPath, Synonym } from '../data/types.js';

/**
 * The help a resident is shown, as one pure function of what is known and what was asked: no DOM,
 * no Lit. The element renders the view it returns; the query-set test and the search bench read
 * the same view. Nothing else derives the directory, the answers or the situations a request finds.
 */

/** What the help is made of, for one commune: the data, the page's configuration, the texts. */
export interface HelpData {
  /** The widget's own contacts that serve the commune or wider, in the data's order. */
  contacts: readonly Contact[];
  /** The partner contacts the page gave and the widget accepted; none: null. */
  partner: readonly Contact[] | null;
  /** `extend`: partner contacts join the widget's own; `replace`: they are the directory. */
  contactsMode: 'extend' | 'replace';
  commune: Commune | null;
  /** The categories the page allows (`categories` attribute), in the data's order. */
  categories: readonly Category[];
  /** The situations, in their order. */
  paths: readonly SituationPath[];
  synonyms: readonly Synonym[];
}

/** A group of the directory as it is shown. */
export interface HelpGroup {
  id: GroupId;
  /** The commune's first doors (its group only), in order: a contact, or an honest placeholder. */
  doors: readonly DoorRow[];
  /** The commune has no place of help of its own yet, and nothing is asked: a line says so. */
  intro: boolean;
  /** The cards on screen, after the doors. */
  cards: readonly Contact[];
  /** How many contacts the group lists (its doors with a contact included), for its heading. */
  total: number;
  /** How many more « Voir les N autres » shows. */
  hidden: number;
  /** The index, among `cards`, of the first card « Voir les N autres » shows: focus goes there. */
  firstNew: number;
}

/** What the line that counts the results says (role="status"). */
export type HelpStatus =
  /** Nothing matches: for the query, or (query '') for the filters; the fallback lines follow. */
  | { kind: 'none'; query: string }
  /** Nothing matches as typed: the closest help, then the fallback lines. */
  | { kind: 'closest'; query: string; count: number }
  | { kind: 'found'; count: number };

export interface HelpView {
  /** The commune shown, if any. */
  commune: Commune | null;
  /** The query asked, trimmed; '' when nothing is typed. */
  query: string;
  /** Something is typed: the situations give way to what the query finds. */
  typing: boolean;
  /** Every situation, and the chosen one. */
  paths: readonly SituationPath[];
  path: SituationPath | null;
  /** The chosen situation's answers, at most three. */
  pathAnswers: readonly Answer[];
  /** Every answer, once loaded (« Vos questions »). */
  answers: readonly Answer[];
  /** The categories worth a filter (those of the contacts in scope), and how many filters are on. */
  filters: readonly Category[];
  activeFilters: number;
  /** The filters on: the categories chosen, and « Ouvert maintenant ». */
  selectedCategories: ReadonlySet<string>;
  openNow: boolean;
  status: HelpStatus;
  /** The answer that covers a query no contact covers as typed, first among the results. */
  lead: Answer | null;
  /** The other answers and the situations the query finds, under the results. */
  relatedAnswers: readonly Answer[];
  relatedPaths: readonly SituationPath[];
  /** National lines among the results, as one-line rows (with 17 and 3919 when little is found). */
  lines: readonly Contact[];
  /** The query names a first door the commune has: the doors come before the lines. */
  doorsFirst: boolean;
  /** The groups to show, in order: « À {commune} », the metropolis, France. */
  groups: readonly HelpGroup[];
  /** A card or door on screen is « À vérifier »: the one sentence that explains it is shown. */
  doubted: boolean;
  /** « Ouvert maintenant » leaves nothing near the resident open: a notice says so. */
  allClosed: boolean;
  /** The contacts whose numbers a situation's text may name (every line and the commune's). */
  numbered: readonly Contact[];
  /** The contacts the page itself gave (partner data). */
  fromPage: ReadonlySet<Contact>;
  /** The contacts that serve the commune, by id (for the answers' « Qui contacter »). */
  scoped: ReadonlyMap<string, Contact>;
}

/**
 * The lines given whatever the query, when little or nothing is found: the first screen's first
 * lines that answer a call (17 and 3919; the SMS 114 is for who cannot speak, already above).
 */
export function fallbackLines(nationalLines: readonly Contact[]): Contact[] {
  return FIRST_SCREEN_LINES.primary
    .flatMap(({ id }) => nationalLines.find((line) => line.id === id) ?? [])
    .filter((line) => line.channels[0]?.type === 'tel');
}

/** The searches of answers and situations, built on first use and shared by every widget. */
const answerIndexes = new WeakMap<readonly Answer[], Search<Answer>>();
const pathIndexes = new WeakMap<readonly SituationPath[], Search<SituationPath>>();

function indexOf<T>(
  cache: WeakMap<readonly T[], Search<T>>,
  items: readonly T[],
  fields: (categories: readonly Category[]) => (item: T) => SearchFields,
  synonyms: readonly Synonym[],
): Search<T> {
  let index = cache.get(items);
  if (!index) {
    index = createSearch(items, fields(CATEGORIES), synonyms);
    cache.set(items, index);
  }
  return index;
}

const DATA_KEYS = [
  'contacts',
  'partner',
  'contactsMode',
  'commune',
  'categories',
  'paths',
  'synonyms',
] as const satisfies readonly (keyof HelpData)[];

export interface HelpModel {
  /** The view of the help for this data, this request, the answers loaded so far and this time. */
  view(
    data: HelpData,
    request: HelpRequest,
    answers: readonly Answer[] | null,
    now: Date,
  ): HelpView;
}

/**
 * A model that keeps, between views, what only the data decides: the directory and its index are
 * built again only when one of the data's fields is another one.
 */
export function createHelpModel(): HelpModel {
  let built: { data: HelpData; directory: Directory; nationalLines: readonly Contact[] } | null =
    null;

  function directoryFor(data: HelpData) {
    if (built && DATA_KEYS.every((key) => built!.data[key] === data[key])) return built;
    const nationalLines = data.contacts.filter((contact) => contact.highlight);
    const { partner } = data;
    const directory = createDirectory({
      contacts: !partner
        ? data.contacts
        : data.contactsMode === 'replace'
          ? partner
          : [...partner, ...data.contacts],
      commune: data.commune,
      allowedCategories: new Set(data.categories.map((category) => category.id)),
      nationalLines,
      fromPage: new Set(partner ?? []),
      createSearch: (contacts) => createSearch(contacts, contactFields(CATEGORIES), data.synonyms),
    });
    built = { data, directory, nationalLines };
    return built;
  }

  return {
    view(data, request, answers, now) {
      const { directory, nationalLines } = directoryFor(data);
      const query = askedQuery(request);
      const path = data.paths.find((candidate) => candidate.id === request.path) ?? null;
      const view = directory.view({
        query,
        path,
        categories: request.categories,
        openNow: request.openNow,
        now,
        expanded: request.expanded,
      });
      const loaded = answers ?? [];
      const found =
        query !== '' && answers
          ? answersForQuery(
              indexOf(answerIndexes, answers, answerFields, data.synonyms),
              answers,
              query,
            )
          : [];
      const relatedPaths =
        query !== ''
          ? indexOf(pathIndexes, data.paths, pathFields, data.synonyms).search(query).slice(0, 2)
          : [];
      return {
        commune: data.commune,
        query,
        typing: query !== '',
        paths: data.paths,
        path,
        pathAnswers: path
          ? path.answers
              .flatMap((id) => loaded.find((answer) => answer.id === id) ?? [])
              .slice(0, 3)
          : [],
        answers: loaded,
        ...shownDirectory(view, data.commune, nationalLines, query, request.openNow, found),
        relatedPaths,
        filters: filtersFor(directory.scoped, data.categories),
        activeFilters: request.categories.size + (request.openNow ? 1 : 0),
        selectedCategories: request.categories,
        openNow: request.openNow,
        numbered: [...nationalLines, ...directory.scoped],
        fromPage: new Set(data.partner ?? []),
        scoped: new Map(directory.scoped.map((contact) => [contact.id, contact])),
      };
    },
  };
}

/** The categories worth a filter: those of the contacts in scope, in the page's order. */
function filtersFor(scoped: readonly Contact[], allowed: readonly Category[]): Category[] {
  const inScope = new Set(scoped.flatMap((contact) => contact.categories));
  return allowed.filter((category) => inScope.has(category.id));
}

/** The results as shown: the status line, the lead answer, the lines, the groups and the flags. */
function shownDirectory(
  view: DirectoryView,
  commune: Commune | null,
  nationalLines: readonly Contact[],
  query: string,
  openNow: boolean,
  found: readonly Answer[],
) {
  const empty = view.count === 0 && view.doors.length === 0;
  const nothingAsTyped = empty || view.relaxed;
  const lead = (query !== '' && nothingAsTyped ? found[0] : undefined) ?? null;
  const status: HelpStatus = empty
    ? { kind: 'none', query }
    : view.relaxed
      ? { kind: 'closest', query, count: view.count }
      : { kind: 'found', count: view.count };
  // With nothing found, or only the closest help, the 17 and the 3919 are always there.
  const lines = nothingAsTyped
    ? [...view.lines, ...fallbackLines(nationalLines).filter((line) => !view.lines.includes(line))]
    : view.lines;
  const groups: HelpGroup[] = [];
  for (const id of GROUP_IDS) {
    if (id === 'commune' && !commune) continue;
    const group = view.groups.find((candidate) => candidate.id === id);
    const doors = id === 'commune' ? view.doors : [];
    const intro = id === 'commune' && !view.hasLocal && !view.narrowed;
    if (!group && doors.length === 0 && !intro) continue;
    const cards = group?.shown ?? [];
    const all = group?.contacts.length ?? 0;
    groups.push({
      id,
      doors,
      intro,
      cards,
      total: all + doors.filter((door) => door.contact).length,
      hidden: all - cards.length,
      firstNew: group?.page ?? 0,
    });
  }
  const doubted = [
    ...view.doors.flatMap((door) => door.contact ?? []),
    ...view.groups.flatMap((group) => group.shown),
  ].some(needsChecking);
  const allClosed =
    openNow &&
    view.doors.every((door) => !door.contact) &&
    !view.groups.some((group) => group.id !== 'national');
  return {
    status,
    lead,
    relatedAnswers: found.filter((answer) => answer !== lead),
    lines,
    doorsFirst: view.doorsFirst,
    groups,
    doubted,
    allClosed,
  };
}

/** A contact's number as a resident dials it ("0800…", "17"); '' when it has none. */
function digits(contact: Contact | undefined): string {
  const channel =
    contact?.channels.find((c) => c.type === 'tel' || c.type === 'sms') ?? contact?.channels[0];
  return channel
    ? channel.href.replace(/^(tel|sms):(\+33)?/, (_, __, france) => (france ? '0' : ''))
    : '';
}

/** A row of the results: a contact, or the line a first door's placeholder gives meanwhile. */
export interface ShownRow {
  contact: Contact | undefined;
  /** The first door this row stands in for, when it is a placeholder. */
  placeholder?: DoorRow['kind'];
}

/**
 * The rows of a view in the order a resident reads them down the list: the lines (after the
 * commune's group when the view puts its doors first), each group's doors and cards.
 */
export function rowsInOrder(view: HelpView): ShownRow[] {
  const lines = view.lines.map((contact) => ({ contact }));
  return [
    ...(view.doorsFirst ? [] : lines),
    ...view.groups.flatMap((group) => [
      ...group.doors.map((door) =>
        door.contact
          ? { contact: door.contact }
          : { contact: door.fallback, placeholder: door.kind },
      ),
      ...group.cards.map((contact) => ({ contact })),
      ...(view.doorsFirst && group.id === 'commune' ? lines : []),
    ]),
  ];
}

/** The numbers of a view in the order a resident reads them (see rowsInOrder). */
export const numbersInOrder = (view: HelpView): string[] =>
  rowsInOrder(view).map((row) => digits(row.contact));
