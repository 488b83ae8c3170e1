import type { Disclosures } from './disclosure.js';
import type { RequestAction } from '../../help/request.js';
import type { Locale } from '../../data/types.js';

/** What a resident does in the full view: a new request, or a move of the interface itself. */
export type ShellAction =
  | RequestAction
  | { type: 'pick'; insee: string }
  | { type: 'picker' }
  | { type: 'protect' }
  | { type: 'questions' };

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
