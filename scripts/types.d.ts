// Shapes of the files in data/ as the team writes them and the schemas in data/schema/ check
// them, for the JSDoc of scripts/ (`@param {import('../types.js').DataContact} contact`). Read
// these only after the schema has passed: before, a file is untrusted JSON (`unknown`). The
// compiled shapes the bundle carries are in src/data/types.ts.

/** A locale of the widget and its data (src/localization/locales.js). */
export type Locale = import('../src/localization/locales.js').Locale;

/** A text in French, and in the other locales once translated. */
export type LocalizedText = { fr: string } & Partial<Record<Exclude<Locale, 'fr'>, string>>;

/** When a translation was made, from which text, and when a person reviewed it. */
export interface TranslationNote {
  from: string;
  date: string;
  reviewed?: string;
}

export type Translation = Partial<Record<Exclude<Locale, 'fr'>, TranslationNote>>;

/** Where facts come from: the address read, the publisher's page, its words and its date. */
export interface DataSource {
  /** The address the facts were read at (a stored copy's, sometimes). */
  url?: string;
  /** The publisher's own page, the link residents follow. */
  page?: string;
  publisher?: LocalizedText;
  citation?: string;
  title: string;
  date: string;
  /** The page gives no date of its own: `date` is the day it was read. */
  undated?: true;
}

export type VerificationWay = 'phone' | 'official-page' | 'in-person';

/** What a person of the team did to confirm a contact's facts. */
export interface DataVerification {
  date: string;
  how: VerificationWay;
  byRole?: string;
  changes?: string;
}

export type DataChannel =
  | { type: 'tel' | 'sms'; number: string }
  | {
      type: 'web' | 'chat';
      url: string;
      hours?: string;
      hoursText?: LocalizedText;
      traceNote?: LocalizedText;
    }
  | { type: 'email'; address: string };

export type DataScope =
  | { type: 'national' }
  | { type: 'departement'; code: string }
  | { type: 'metropole' }
  | { type: 'group'; id: string }
  | { type: 'communes'; insee: string[] };

export type Confidence = 'high' | 'medium' | 'low';
export type FirstDoor = 'mairie' | 'police' | 'justice' | 'victimes';

/** A contact of data/contacts.json, data/national.json or data/imported/*.json. */
export interface DataContact {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  categories: string[];
  audiences: string[];
  firstDoor?: FirstDoor;
  highlight?: { block: 'emergency' | 'talk'; order: number };
  summary?: LocalizedText;
  channels?: DataChannel[];
  /** How a number is written when the usual grouping is wrong: { "116006": "116 006" }. */
  display?: Record<string, string>;
  address?: { street: string; postalCode?: string; city: string };
  /** OpenStreetMap opening_hours syntax. */
  hours?: string;
  hoursText?: LocalizedText;
  cost?: LocalizedText;
  traceNote?: LocalizedText;
  notOnBill?: boolean;
  scope: DataScope;
  sources: DataSource[];
  verification?: DataVerification;
  confidence: Confidence;
  confidenceNote?: LocalizedText;
  residentNote?: LocalizedText;
  mayNotAnswer?: boolean;
  translation?: Translation;
  status: 'published' | 'held';
}

/** An answer of data/answers.json. */
export interface DataAnswer {
  id: string;
  question: LocalizedText;
  answer: LocalizedText;
  categories: string[];
  keywords?: { fr: string[]; en?: string[]; ar?: string[] };
  contacts?: string[];
  sources: DataSource[];
  translation?: Translation;
  confidence: Confidence;
  confidenceNote?: LocalizedText;
  residentNote?: LocalizedText;
}

/** A situation of data/paths.json. */
export interface DataPath {
  id: string;
  label: LocalizedText;
  short: LocalizedText;
  intro: LocalizedText;
  filter: { categories: string[]; audiences: string[] };
  answers: string[];
  contacts?: string[];
  sources: DataSource[];
  translation?: Translation;
}

/** A category of data/categories.json or an audience of data/audiences.json. */
export interface DataLabelled {
  id: string;
  label: LocalizedText;
  translation?: Translation;
}

/** A named group of communes of data/groups.json (a CISPD, a sector). */
export interface DataGroup {
  id: string;
  name: LocalizedText;
  translation?: Translation;
  insee: string[];
  sources: { url: string; title: string; date: string }[];
}

/** A commune of data/communes.json. */
export interface DataCommune {
  insee: string;
  name: string;
  postalCodes: string[];
  aliases?: string[];
  formerCodes?: string[];
}

/** A correction of data/overrides.json, applied to an imported contact. */
export interface DataOverride {
  id: string;
  set?: Partial<DataContact>;
  remove?: string[];
  why: string;
  sources?: DataSource[];
}

export interface DataSynonym {
  terms: string[];
  means: string | string[];
}

/** Where a file of data/imported/ comes from. */
export interface ImportedSource {
  kind: string;
  dataset: string;
  publisher: string;
  page: string;
  file: string;
  date: string;
  imported: string;
}

/** One contact of a file of data/imported/, with the record it was built from. */
export interface ImportedEntry {
  record: string;
  digest: string;
  contact: DataContact;
}

/** A file of data/imported/. */
export interface ImportedFile {
  source: ImportedSource;
  contacts: ImportedEntry[];
}

/** Hours as an official file gives them, day by day, before they become `hours` and `hoursText`. */
export interface RecordHours {
  /** Index 0 = Monday: that day's [from, to] ranges, "HH:MM"; null when the file gives none. */
  week: string[][][] | null;
  /** The public holidays' ranges ([] when closed), or null when the file does not say. */
  holidays: string[][] | null;
  /** What the file adds in words ("sur rendez-vous"). */
  comments: string[];
}

/**
 * What an official file says of one place, as every reader of scripts/import/ returns it: the
 * plain record build.mjs keeps or leaves out, then writes as a contact.
 */
export interface ImportRecord {
  /** The file's own id of the place. */
  record: string;
  /** The id an older file of the same dataset gave it. */
  legacyRecord?: string | null;
  /** A kind of place of KINDS (sources.mjs): "mairie", "police"… */
  kind: string;
  /** The file's own type of place, where a source tells more types apart ("bav", "mjd"). */
  type?: string;
  name: string;
  /** Its name per locale, when the source words it for the commune. */
  names?: (commune: DataCommune | undefined) => LocalizedText;
  /** How the import's title names the record, when not by its id. */
  label?: string;
  /** The INSEE code of where it is (null when the file does not say). */
  located: string | null;
  /** The INSEE codes of the communes it serves, when the file says. */
  competence: string[];
  phones: { numbers: string[]; rejected: string[] };
  emails: { addresses: string[]; personal: string[] };
  websites: { https: string[]; other: string[] };
  address: { street: string; postalCode?: string | undefined; city?: string | undefined } | null;
  hours?: RecordHours | null;
  /** Its page on the publisher's site. */
  publicPage?: string | null;
  /** When the file last updated the record, YYYY-MM-DD. */
  modified: string | null;
  /** Which list gave its contacts, for a record joined with another list (competence.mjs). */
  joined?: { list: string; by: string; record: string } | null;
}

/** A record as build.mjs keeps it: the contact written from it, and the record itself. */
export interface KeptRecord {
  record: string;
  legacyRecord: string | null;
  /** The contact as build.mjs writes it, field by field (data:check then holds it to the schema). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  contact: Record<string, any>;
  origin: ImportRecord;
}

/** A section the import's summary adds for a source. */
export interface SummarySection {
  title: string;
  lines: string[];
}

/** A source of `npm run data:import` (sources.mjs): its dataset, publisher and reader. */
export interface ImportSource {
  dataset: string;
  publisher: string;
  page: string;
  /** Who published it, as residents read it after « D'après ». */
  inWords: LocalizedText;
  /** The file's text (and the lists it is read against) → its records. */
  read: (text: string, lists?: Record<string, ImportRecord[]>) => ImportRecord[];
  /** The publisher's page residents follow, when the file is a copy kept elsewhere. */
  shownPage?: string;
  /** The prefix of its contacts' ids. */
  idPrefix?: string;
  /** The note residents read on a contact of a file older than two years. */
  oldFileNote?: (year: string) => LocalizedText;
  /** What the import's summary adds. */
  summarise?: (kept: KeptRecord[], communes: DataCommune[]) => SummarySection[];
  /** Sets an older file against the newer data of data/; lines for the summary. */
  settle?: (kept: KeptRecord[], newer: NewerData) => string[];
}

/** The newer data an older import is set against: the contacts of data/, and the other imports. */
export interface NewerData {
  /** Contacts as read from data/, overrides applied and group scopes resolved. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  contacts: Record<string, any>[];
  imports: Record<
    string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    { record: string; legacyRecord?: string | null; contact: Record<string, any> }[]
  >;
}
