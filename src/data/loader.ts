import { ANSWER_FILES, AREA_FILES, COMMUNE_FILES, TEXT_FILES } from './generated/commune-files.js';
import type { Answer, Audience, Contact, Locale, SituationPath, Synonym } from './types.js';

/**
 * The widget's data beyond the first screen, loaded from the script's own folder when a view
 * needs it and kept for the page's lifetime (in memory only): the contacts of the metropolis and
 * wider, one commune's own contacts, the situations and synonyms, the answers; each in the files
 * of one locale (its texts and the French ones). A load that failed is forgotten, so that the
 * next need tries again.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      const attempt = load();
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = null;
      });
    }
    return loading;
  };
}

export interface Texts {
  AUDIENCES: readonly Audience[];
  PATHS: readonly SituationPath[];
  SYNONYMS: readonly Synonym[];
  ANSWER_COUNT: number;
}

const loads = new Map<string, () => Promise<unknown>>();
/** One load per file and locale, shared by every widget of the page. */
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let loader = loads.get(key) as (() => Promise<T>) | undefined;
  if (!loader) {
    loader = once(load);
    loads.set(key, loader);
  }
  return loader();
}

export const loadAreaContacts = (locale: Locale) =>
  cached(`area.${locale}`, () => AREA_FILES[locale]().then((module) => module.CONTACTS));
export const loadTexts = (locale: Locale): Promise<Texts> =>
  cached(`texts.${locale}`, () => TEXT_FILES[locale]());
export const loadAnswers = (locale: Locale): Promise<readonly Answer[]> =>
  cached(`answers.${locale}`, () => ANSWER_FILES[locale]().then((module) => module.ANSWERS));

/** The contacts of one commune's own file; none when it has none. */
export function loadCommuneContacts(
  insee: string | null,
  locale: Locale,
): Promise<readonly Contact[]> {
  if (insee === null || !Object.hasOwn(COMMUNE_FILES, insee)) return Promise.resolve([]);
  return cached(`${insee}.${locale}`, () =>
    COMMUNE_FILES[insee]![locale]().then((module) => module.CONTACTS),
  );
}

/** Contacts from several files, in the data's order. */
export function mergeContacts(...lists: readonly (readonly Contact[])[]): Contact[] {
  return lists.flat().sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}
