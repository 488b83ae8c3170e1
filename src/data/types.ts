/** Types of the compiled data the bundle carries (see scripts/data/compile.mjs). */

/** A locale of the widget and its data (src/localization/locales.js). */
export type Locale = import('../localization/locales.js').Locale;

/** A text in French, and in other locales where it has been translated. */
export type LocalizedText = { fr: string } & Partial<Record<Exclude<Locale, 'fr'>, string>>;

export interface Commune {
  /** INSEE code, e.g. "59350". */
  insee: string;
  name: string;
  postalCodes: readonly string[];
  /** Associated or delegated communes still used as place names ("Lomme", "Hellemmes"). */
  aliases?: readonly string[];
  /** INSEE codes of those associated communes. */
  formerCodes?: readonly string[];
}

export interface Category {
  id: string;
  label: LocalizedText;
}

/** Who a contact is for ("femmes", "entourage", …), as the directory may name it. */
export interface Audience {
  id: string;
  label: LocalizedText;
}

export type ContactScope =
  | { type: 'national' }
  | { type: 'departement'; code: string }
  | { type: 'metropole' }
  | {
      type: 'communes';
      insee: readonly string[];
      /** The named group of communes of data/groups.json (a CISPD, a sector), when the data names one. */
      group?: string;
    };

/** A way to reach a contact, with its link already normalised (`tel:+33…`, `https:…`). */
export interface Channel {
  type: 'tel' | 'sms' | 'web' | 'chat' | 'email';
  href: string;
  /** What the resident reads: "03 20 57 94 27", "116 006", a host name, an address. */
  display: string;
  /** When this channel answers, if not at the contact's hours (the 3919's chat), compiled. */
  openingHours?: CompiledHours;
  /** Those hours in words. */
  hoursText?: LocalizedText;
  /** What using this channel leaves on the phone. */
  traceNote?: LocalizedText;
}

/**
 * Where an entry's facts come from, as residents see it: who published it, in their words, the
 * date of the source, and the link to the publisher's page (none when the facts were read in a
 * file kept on a code-hosting site without a page of its publisher). The address of a stored copy
 * and the team's title stay in data/.
 */
export interface Source {
  /** The publisher's page, `https:` only; never a code-hosting site. */
  url?: string;
  /** Who published it, as it follows « D'après » ("l'annuaire officiel de l'administration"). */
  publisher?: LocalizedText;
  /** The source's date (the page's, or the day it was read): the date residents read. */
  date: string;
  /** The page gives no date: `date` is the day it was read, and residents are told so. */
  undated?: true;
}

/** How a person of the team confirmed a contact's facts. */
export type VerificationWay = 'phone' | 'official-page' | 'in-person';

/** What a person of the team did to confirm a contact's facts; never written by an importer. */
export interface Verification {
  /** ISO date of the confirmation. */
  date: string;
  how: VerificationWay;
  /** The role of who confirmed (never a name). */
  byRole?: string;
  /** What the confirmation changed, for the team. */
  changes?: string;
}

export type Confidence = 'high' | 'medium' | 'low';

/** Minutes since midnight, Europe/Paris wall-clock time: [from, to) with to ≤ 1440. */
export type MinuteInterval = readonly [number, number];

/** Opening hours compiled at build time from `hours`, so the bundle needs no parser. */
export interface CompiledHours {
  /** Open every day at every hour, public holidays included ("24/7"). */
  alwaysOpen: boolean;
  /** Index 0 = Monday … 6 = Sunday: that day's open intervals, sorted, non-overlapping. */
  week: readonly (readonly MinuteInterval[])[];
  /** French public holidays: closed ("PH off"), as on a usual day, or their own intervals. */
  publicHolidays:
    { mode: 'closed' } | { mode: 'usual' } | { mode: 'open'; intervals: readonly MinuteInterval[] };
}

export interface Contact {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  categories: readonly string[];
  audiences: readonly string[];
  /**
   * The first door of a commune it is, when it is one: the town hall or its CCAS (`mairie`), the
   * police or gendarmerie (`police`), a justice house (`justice`), victim support (`victimes`).
   */
  firstDoor?: 'mairie' | 'police' | 'justice' | 'victimes';
  /** Shown in the "en danger maintenant" or "parler à quelqu'un" block, in this order. */
  highlight?: { block: 'emergency' | 'talk'; order: number };
  /** One line on what it is and for whom, at most 12 words, for the closed card. */
  summary?: LocalizedText;
  channels: readonly Channel[];
  address?: { street: string; postalCode: string; city: string };
  /** `hours` compiled; present whenever `hours` is. */
  openingHours?: CompiledHours;
  hoursText?: LocalizedText;
  cost?: LocalizedText;
  traceNote?: LocalizedText;
  scope: ContactScope;
  /** Its first source only, the one residents read. */
  sources: readonly Source[];
  /** Only once a person of the team confirmed its facts: when and how. */
  verification?: Verification;
  confidence: Confidence;
  /**
   * Written for residents, when confidence is not high: what is uncertain and what to do, at most
   * 25 words ("Horaires à confirmer. Appelez avant de vous déplacer.").
   */
  residentNote?: LocalizedText;
  /** @deprecated never shown to residents */
  confidenceNote?: LocalizedText;
  /** Its own sources say the service may not be working or may no longer exist. */
  mayNotAnswer?: boolean;
  /** Its sources say a call does not appear on the phone bill. */
  notOnBill?: boolean;
  /** Its place in the data: the widget's data comes in several files, merged in this order. */
  position?: number;
}

/** A national line as the first screen shows it: its number and short label. */
export type FirstScreenLine = Pick<Contact, 'id' | 'name' | 'summary' | 'channels' | 'notOnBill'> &
  Required<Pick<Contact, 'highlight'>>;

/** Words a resident may type to find an entry, per language. */
export type Keywords = { fr: readonly string[] } & Partial<
  Record<Exclude<Locale, 'fr'>, readonly string[]>
>;

/** A short answer to a question residents ask ("Vos questions"). */
export interface Answer {
  id: string;
  question: LocalizedText;
  /** Plain text; paragraphs are separated by a blank line. */
  answer: LocalizedText;
  categories: readonly string[];
  keywords?: Keywords;
  /** Ids of the contacts the answer points to. */
  contacts?: readonly string[];
  /** Its first source only, the one residents read: the official page the answer follows. */
  sources: readonly Source[];
  confidence: Confidence;
  /** Written for residents, when confidence is not high: what is uncertain and what to do, at most 25 words. */
  residentNote?: LocalizedText;
  /** @deprecated never shown to residents */
  confidenceNote?: LocalizedText;
}

/** A situation of "Quelle est votre situation ?": a few sentences and a filter of the directory. */
export interface SituationPath {
  id: string;
  label: LocalizedText;
  /** The label of its button on the first screen, at most 4 words ("Dormir ce soir"). */
  short?: LocalizedText;
  intro: LocalizedText;
  /** A contact fits with one of the categories (any when empty) and one of the audiences (any when empty). */
  filter: { categories: readonly string[]; audiences: readonly string[] };
  answers: readonly string[];
  /** The best contacts for the situation, best first. */
  contacts?: readonly string[];
  sources: readonly Source[];
}

/** Words residents type, and the word of the data they mean. */
export interface Synonym {
  terms: readonly string[];
  /** The word, or words, of the data they stand for. */
  means: string | readonly string[];
}
