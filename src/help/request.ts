import type { GroupId } from '../directory/directory.js';

/** What the resident asks of the help: one state, changed only by `reduceRequest`. */
export interface HelpRequest {
  /** The search field's text, as typed (the model trims it). */
  readonly query: string;
  /** The id of the chosen situation, if any. */
  readonly path: string | null;
  /** Categories chosen in "Filtrer"; none: every category. */
  readonly categories: ReadonlySet<string>;
  readonly openNow: boolean;
  /** Groups whose "Voir les N autres" was pressed, for this request. */
  readonly expanded: ReadonlySet<GroupId>;
}

export type RequestAction =
  | { type: 'query'; query: string }
  | { type: 'path'; id: string }
  | { type: 'category'; id: string; on: boolean }
  | { type: 'open-now'; on: boolean }
  | { type: 'more'; group: GroupId }
  /** Another commune: what was asked stays, its groups start closed again. */
  | { type: 'commune' };

const NO_GROUPS: ReadonlySet<GroupId> = new Set();

export const EMPTY_REQUEST: HelpRequest = {
  query: '',
  path: null,
  categories: new Set(),
  openNow: false,
  expanded: NO_GROUPS,
};

/** The query a request asks: what was typed, without the spaces around it (the one place it is trimmed). */
export const askedQuery = (request: Pick<HelpRequest, 'query'>): string => request.query.trim();

/**
 * The next request. Typing and choosing a situation are two ways of asking: each one replaces the
 * other. Any new question closes the groups again; "Voir les N autres" opens one.
 */
export function reduceRequest(request: HelpRequest, action: RequestAction): HelpRequest {
  switch (action.type) {
    case 'query':
      return {
        ...request,
        query: action.query,
        path: askedQuery(action) === '' ? request.path : null,
        expanded: NO_GROUPS,
      };
    case 'path':
      return {
        ...request,
        path: request.path === action.id ? null : action.id,
        query: '',
        expanded: NO_GROUPS,
      };
    case 'category': {
      const categories = new Set(request.categories);
      if (action.on) categories.add(action.id);
      else categories.delete(action.id);
      return { ...request, categories, expanded: NO_GROUPS };
    }
    case 'open-now':
      return { ...request, openNow: action.on, expanded: NO_GROUPS };
    case 'more':
      return { ...request, expanded: new Set([...request.expanded, action.group]) };
    case 'commune':
      return { ...request, expanded: NO_GROUPS };
  }
}

/** Whether the request needs the answers (a query lists some, a situation has its own). */
export const needsAnswers = (request: HelpRequest): boolean =>
  askedQuery(request) !== '' || request.path !== null;
