import { COMMUNE_FILES } from './generated/commune-files.js';
import type { Answer, Audience, Contact, SituationPath, Synonym } from './types.js';

/**
 * The widget's data beyond the first screen, loaded from the script's own folder when a view
 * needs it and kept for the page's lifetime (in memory only): the contacts of the metropolis and
 * wider, one commune's own contacts, the situations and synonyms, the answers. A load that failed
 * is forgotten, so that the next need tries again.
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

export const loadAreaContacts = once(() =>
  import('./generated/area.js').then((module) => module.CONTACTS),
);
export const loadTexts = once<Texts>(() => import('./generated/texts.js'));
export const loadAnswers = once<readonly Answer[]>(() =>
  import('./generated/answers.js').then((module) => module.ANSWERS),
);

const communeLoads = new Map<string, () => Promise<readonly Contact[]>>();

/** The contacts of one commune's own file; none when it has none. */
export function loadCommuneContacts(insee: string | null): Promise<readonly Contact[]> {
  if (insee === null || !Object.hasOwn(COMMUNE_FILES, insee)) return Promise.resolve([]);
  let load = communeLoads.get(insee);
  if (!load) {
    load = once(() => COMMUNE_FILES[insee]!().then((module) => module.CONTACTS));
    communeLoads.set(insee, load);
  }
  return load();
}

/** Contacts from several files, in the data's order. */
export function mergeContacts(...lists: readonly (readonly Contact[])[]): Contact[] {
  return lists.flat().sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}
