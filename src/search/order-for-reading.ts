import { readViewpoint, type Reading } from './viewpoint.js';
import type { Search } from './search.js';

/** What the order by point of view needs to know of a result, from its data. */
export interface ReadingTraits {
  /** For people who want to stop being violent (the authors' line). */
  forAuthors: boolean;
  /** A line of the blocks above that serves children first (119). */
  childLine: boolean;
  /** Serves children and those around them, not an adult victim (119). */
  childOnly: boolean;
  /** The first number of the emergency block (17). */
  emergencyFirst: boolean;
  /** A line to talk to for victims (3919, 116 006, …), not for authors or children only. */
  victimLine: boolean;
  /** The first of those lines, the one that knows every help (3919). */
  firstVictimLine: boolean;
  /** A line to talk to for every victim, whoever they are (116 006). */
  everyVictimLine: boolean;
}

/**
 * The search's results reordered for who is speaking, so the first result is the right door.
 * An author's sentence finds the authors' line first. A victim's or a witness's never lists it.
 * A child or a parent hurt: the children's line first. A victim in danger: the emergency line
 * first; otherwise a line to talk to first, the one that knows every help if none was found,
 * then the line for every victim (a man hit by his wife is not the 3919's), and the children's
 * line last, as for anyone who names children as company (« dormir avec mes enfants »). A
 * witness of violence happening or of a threat: the emergency line first (« mon voisin frappe sa
 * femme »); then, as for a child who sees a parent hurt, the line that also answers those around
 * a victim, and the line for every victim. `candidates` are the results the request allows, for the lines a sentence's
 * point of view calls for even when its words do not name them.
 */
export function orderForReading<T>(
  found: readonly T[],
  candidates: readonly T[],
  reading: Reading,
  traitsOf: (item: T) => ReadingTraits,
): T[] {
  const { speaker } = reading;
  if (speaker === 'unknown' && !reading.withChildren) return [...found];
  const traits = new Map<T, ReadingTraits>();
  const of = (item: T) => {
    let known = traits.get(item);
    if (!known) traits.set(item, (known = traitsOf(item)));
    return known;
  };
  const pick = (test: (t: ReadingTraits) => boolean, from: readonly T[]) =>
    from.filter((item) => test(of(item)));
  if (speaker === 'author') {
    const authors = pick((t) => t.forAuthors, candidates);
    return [...authors, ...found.filter((item) => !authors.includes(item))];
  }
  const rest = found.filter((item) => !of(item).forAuthors);
  const first: T[] = [];
  if (reading.child) first.push(...pick((t) => t.childLine, candidates));
  else if (speaker === 'victim') {
    if (reading.danger) first.push(...pick((t) => t.emergencyFirst, candidates));
    const talk = pick((t) => t.victimLine, rest);
    first.push(...(talk.length > 0 ? talk : pick((t) => t.firstVictimLine, candidates)));
    first.push(...pick((t) => t.everyVictimLine, candidates));
  } else if (speaker === 'witness' && (reading.ongoing || reading.danger))
    first.push(...pick((t) => t.emergencyFirst, candidates));
  if (speaker === 'witness' && (reading.child || reading.ongoing || reading.danger))
    first.push(...pick((t) => t.firstVictimLine || t.everyVictimLine, candidates));
  const ordered = [...new Set([...first, ...rest])];
  if ((speaker !== 'victim' || reading.child) && !reading.withChildren) return ordered;
  return [
    ...ordered.filter((item) => !of(item).childOnly),
    ...ordered.filter((item) => of(item).childOnly),
  ];
}

const NOTHING_BUT_AUTHORS: Omit<ReadingTraits, 'forAuthors'> = {
  childLine: false,
  childOnly: false,
  emergencyFirst: false,
  victimLine: false,
  firstVictimLine: false,
  everyVictimLine: false,
};

/**
 * The answers a query lists, at most `limit`, for who is speaking: « Je veux arrêter mes
 * violences » first for an author, never for a victim or a witness.
 */
export function answersForQuery<T extends { categories: readonly string[] }>(
  search: Search<T>,
  answers: readonly T[],
  query: string,
  limit = 3,
): T[] {
  return orderForReading(search.search(query), answers, readViewpoint(query), (answer) => ({
    ...NOTHING_BUT_AUTHORS,
    forAuthors: answer.categories.includes('auteurs'),
  })).slice(0, limit);
}
