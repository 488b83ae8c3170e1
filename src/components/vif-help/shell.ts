import type { Disclosures } from './disclosure.js';
import {
  EMPTY_REQUEST,
  reduceRequest,
  type HelpRequest,
  type RequestAction,
} from '../../help/request.js';
import type { GroupId } from '../../directory/directory.js';
import type { Commune, Locale } from '../../data/types.js';

/** What a resident does in the full view: a new request, or a move of the interface itself. */
export type ShellAction =
  | RequestAction
  /** A commune picked in the picker (« Changer de commune » is the disclosure 'picker'). */
  | { type: 'pick'; commune: Commune }
  /** A disclosure opens or closes (a card's details, an answer, the other lines…). */
  | { type: 'toggle'; key: string }
  /** « Protéger votre navigation », from the banner: opens in place, focus on its heading. */
  | { type: 'protect' }
  /** « Vos questions », from the needs: opens, focus on its heading. */
  | { type: 'questions' };

/** What the resident asked and opened: the element's one state, changed only by `reduceShell`. */
export interface ShellState {
  request: HelpRequest;
  /** The disclosures open now, by key (the commune picker is 'picker'). */
  opened: ReadonlySet<string>;
}

export const EMPTY_SHELL: ShellState = { request: EMPTY_REQUEST, opened: new Set() };

const toggled = (keys: ReadonlySet<string>, key: string, open = !keys.has(key)) => {
  const next = new Set(keys);
  if (open) next.add(key);
  else next.delete(key);
  return next;
};

export function reduceShell(state: ShellState, action: ShellAction): ShellState {
  switch (action.type) {
    case 'pick':
      return {
        opened: toggled(state.opened, 'picker', false),
        request: reduceRequest(state.request, { type: 'commune' }),
      };
    case 'toggle':
      return { ...state, opened: toggled(state.opened, action.key) };
    case 'protect':
      return { ...state, opened: toggled(state.opened, 'protect') };
    case 'questions':
      return { ...state, opened: toggled(state.opened, 'questions', true) };
    default:
      return { ...state, request: reduceRequest(state.request, action) };
  }
}

/** Where focus goes once an action is on screen: a heading, or a group's first new card. */
export type FocusTarget = { selector: string } | { group: GroupId } | null;

export function focusAfter(state: ShellState, action: ShellAction): FocusTarget {
  switch (action.type) {
    case 'protect':
      return state.opened.has('protect') ? null : { selector: '#protect-title' };
    case 'questions':
      return { selector: '#questions-title' };
    case 'more':
      return { group: action.group };
    case 'pick':
      // The picker goes with its button: focus goes back to the commune line's own button.
      return { selector: '.commune-toggle' };
    default:
      return null;
  }
}

/** What every template of the full view needs besides the help view: where and how to render. */
export interface Shell {
  /** The level of the section headings (the widget's top heading + 1). */
  level: number;
  locale: Locale;
  now: Date;
  disclosures: Disclosures;
  /** Tells the element what the resident did. */
  send: (action: ShellAction) => void;
}
