import { expect } from '@open-wc/testing';
import {
  createDirectory,
  DOOR_KINDS,
  PAGE_SIZE,
  type DirectoryRequest,
} from '../../src/directory/directory.js';
import { numberPieces } from '../../src/directory/number-links.js';
import { excerpt } from '../../src/directory/excerpt.js';
import { createSearch } from '../../src/search/search.js';
import { contactFields } from '../../src/search/fields.js';
import type { Commune, Contact, SituationPath } from '../../src/data/types.js';

const ALWAYS = { alwaysOpen: true, week: [], publicHolidays: { mode: 'usual' } } as const;
const NEVER = {
  alwaysOpen: false,
  week: [[], [], [], [], [], [], []],
  publicHolidays: { mode: 'closed' },
} as const;

let serial = 0;
function contact(overrides: Partial<Contact> & Pick<Contact, 'scope'>): Contact {
  serial += 1;
  return {
    id: `c${serial}`,
    name: { fr: `Contact ${serial}` },
    description: { fr: 'Une aide.' },
    categories: ['accueil'],
    audiences: ['tous'],
    channels: [
      {
        type: 'tel',
        href: `tel:+3332000000${serial % 10}`,
        display: `03 20 00 00 0${serial % 10}`,
      },
    ],
    sources: [{ url: 'https://example.org', date: '2026-01-01' }],
    confidence: 'high',
    ...overrides,
  };
}

const TOWN: Commune = { insee: '59999', name: 'Bourg-Test', postalCodes: ['59999'] };
const OTHER = '59998';
const here = { type: 'communes', insee: [TOWN.insee] } as const;

const police17 = contact({
  id: 'police-secours-17',
  scope: { type: 'national' },
  categories: ['urgence', 'police'],
  highlight: { block: 'emergency', order: 1 },
  channels: [{ type: 'tel', href: 'tel:17', display: '17' }],
});
const line3919 = contact({
  id: '3919-violences-femmes-info',
  scope: { type: 'national' },
  categories: ['ecoute'],
  highlight: { block: 'talk', order: 1 },
  channels: [{ type: 'tel', href: 'tel:3919', display: '3919' }],
});
const line116006 = contact({
  id: '116006-france-victimes',
  scope: { type: 'national' },
  categories: ['droits', 'ecoute'],
  highlight: { block: 'talk', order: 3 },
  channels: [{ type: 'tel', href: 'tel:116006', display: '116 006' }],
});
const line115 = contact({
  id: '115-hebergement-urgence',
  name: { fr: 'Hébergement d’urgence' },
  scope: { type: 'national' },
  categories: ['hebergement'],
  highlight: { block: 'talk', order: 5 },
  channels: [{ type: 'tel', href: 'tel:115', display: '115' }],
});
const chat = contact({ scope: { type: 'national' }, categories: ['police'], channels: [] });
const LINES = [police17, line3919, line116006, line115];

const request = (overrides: Partial<DirectoryRequest> = {}): DirectoryRequest => ({
  query: '',
  path: null,
  categories: new Set(),
  openNow: false,
  now: new Date('2026-12-02T10:00:00Z'),
  expanded: new Set(),
  ...overrides,
});

const ALL = new Set(['urgence', 'police', 'ecoute', 'droits', 'accueil', 'hebergement', 'sante']);
const directoryOf = (contacts: Contact[], commune: Commune | null = TOWN) =>
  createDirectory({
    contacts: [...contacts, ...LINES, chat],
    commune,
    allowedCategories: ALL,
    nationalLines: LINES,
    createSearch: (items) => createSearch(items, contactFields([])),
  });

describe('directory: groups and first doors', () => {
  it('gives a commune without local contacts four honest placeholders and no repeated line', () => {
    const metropole = contact({ scope: { type: 'metropole' } });
    const view = directoryOf([metropole]).view(request());
    expect(view.doors.map((door) => door.kind)).to.deep.equal([...DOOR_KINDS]);
    expect(view.doors.every((door) => !door.contact && door.fallback)).to.equal(true);
    expect(view.doors.map((door) => door.fallback!.id)).to.deep.equal([
      '3919-violences-femmes-info',
      'police-secours-17',
      '116006-france-victimes',
      '116006-france-victimes',
    ]);
    expect(view.hasLocal).to.equal(false);
    expect(view.lines).to.deep.equal([]);
    // Without a place of help of its own: its doors, then the metropolis (RESIDENT-FIRST C7.1).
    expect(view.groups.map((group) => group.id)).to.deep.equal(['metropole']);
    const listed = view.groups.flatMap((group) => group.contacts);
    expect(listed).to.not.include(police17);
    expect(listed).to.not.include(chat);
    expect(view.count).to.equal(1);
  });

  it('puts a published first door in its row, not again among the cards', () => {
    const police = contact({ scope: here, firstDoor: 'police', categories: ['police'] });
    const local = contact({ scope: here });
    const view = directoryOf([local, police]).view(request());
    expect(view.doors[1]).to.deep.equal({ kind: 'police', contact: police });
    const commune = view.groups.find((group) => group.id === 'commune')!;
    expect(commune.contacts).to.deep.equal([local]);
    expect(view.hasLocal).to.equal(true);
  });

  it('never lists another commune’s contacts, and no commune group without a commune', () => {
    const elsewhere = contact({ scope: { type: 'communes', insee: [OTHER] } });
    const view = directoryOf([elsewhere]).view(request());
    expect(view.groups.flatMap((group) => group.contacts)).to.not.include(elsewhere);
    const none = directoryOf([contact({ scope: here })], null).view(request());
    expect(none.doors).to.deep.equal([]);
    expect(none.groups.map((group) => group.id)).to.not.include('commune');
  });

  it('orders a group by doubt, and never puts a place that may not answer first', () => {
    const shaky = contact({ scope: here, mayNotAnswer: true, confidence: 'medium' });
    const low = contact({ scope: here, confidence: 'low' });
    const sure = contact({ scope: here });
    const view = directoryOf([shaky, low, sure]).view(request());
    expect(view.groups[0]!.contacts).to.deep.equal([sure, low, shaky]);
    const searched = directoryOf([shaky, low]).view(request({ query: 'contact' }));
    expect(searched.groups[0]!.contacts[0]).to.not.equal(shaky);
  });

  it('puts open places before closed ones when nothing is asked', () => {
    const closed = contact({ scope: here, openingHours: NEVER });
    const open = contact({ scope: here, openingHours: ALWAYS });
    expect(directoryOf([closed, open]).view(request()).groups[0]!.contacts).to.deep.equal([
      open,
      closed,
    ]);
  });

  it('shows five cards a group, and all once the resident asks for the others', () => {
    const many = Array.from({ length: PAGE_SIZE + 3 }, () =>
      contact({ scope: { type: 'metropole' } }),
    );
    const directory = directoryOf(many);
    const metropole = directory.view(request()).groups.find((group) => group.id === 'metropole')!;
    expect(metropole.shown.length).to.equal(PAGE_SIZE);
    expect(metropole.contacts.length).to.equal(PAGE_SIZE + 3);
    const all = directory
      .view(request({ expanded: new Set(['metropole']) }))
      .groups.find((group) => group.id === 'metropole')!;
    expect(all.shown.length).to.equal(PAGE_SIZE + 3);
  });
});

describe('directory: what a request brings', () => {
  it('lists a matched national line as a row, first', () => {
    const view = directoryOf([contact({ scope: here })]).view(request({ query: 'hébergement' }));
    expect(view.narrowed).to.equal(true);
    expect(view.lines).to.deep.equal([line115]);
  });

  it('brings the first doors a query names: "mairie", "gendarmerie", the commune’s name', () => {
    const directory = directoryOf([]);
    expect(directory.view(request({ query: 'mairie' })).doors.map((d) => d.kind)).to.deep.equal([
      'mairie',
    ]);
    expect(
      directory.view(request({ query: 'CCAS de la ville' })).doors.map((d) => d.kind),
    ).to.deep.equal(['mairie']);
    expect(
      directory.view(request({ query: 'gendarmerie' })).doors.map((d) => d.kind),
    ).to.deep.equal(['police']);
    expect(directory.view(request({ query: 'bourg test' })).doors.length).to.equal(4);
    expect(directory.view(request({ query: 'zzzz' })).doors).to.deep.equal([]);
  });

  it('puts a situation’s best contacts first, and keeps what fits it', () => {
    const shelter = contact({ scope: here, categories: ['hebergement'] });
    const legal = contact({ scope: here, categories: ['droits'] });
    const path: SituationPath = {
      id: 'dormir',
      label: { fr: 'Dormir ce soir' },
      intro: { fr: 'Appelez le 115.' },
      filter: { categories: ['hebergement'], audiences: [] },
      answers: [],
      contacts: ['115-hebergement-urgence'],
      sources: [],
    };
    const view = directoryOf([legal, shelter]).view(request({ path }));
    expect(view.lines[0]).to.equal(line115);
    const listed = view.groups.flatMap((group) => group.contacts);
    expect(listed).to.include(shelter);
    expect(listed).to.not.include(legal);
  });

  it('counts what it lists, placeholders aside', () => {
    const view = directoryOf([]).view(request({ query: 'mairie' }));
    expect(view.doors.length).to.equal(1);
    expect(view.count).to.equal(0);
  });

  it('answers the same request with the same view, without searching again', () => {
    let searches = 0;
    const directory = createDirectory({
      contacts: LINES,
      commune: TOWN,
      allowedCategories: ALL,
      nationalLines: LINES,
      createSearch: (items) => {
        const search = createSearch(items, contactFields([]));
        return {
          search: (query) => (searches++, search.search(query)),
          rank: (query, options) => (searches++, search.rank(query, options)),
        };
      },
    });
    const asked = request({ query: '115' });
    const first = directory.view(asked);
    expect(directory.view({ ...asked })).to.equal(first);
    expect(searches).to.equal(1);
  });
});

describe('numberPieces', () => {
  it('links the numbers a text names, whole numbers only', () => {
    const pieces = numberPieces('Appelez le 115, ou le 17. Le 116 006 aussi ; pas 1150.', LINES);
    expect(
      pieces.filter((piece) => piece.channel).map((piece) => piece.channel!.href),
    ).to.deep.equal(['tel:115', 'tel:17', 'tel:116006']);
    expect(pieces.map((piece) => piece.text).join('')).to.equal(
      'Appelez le 115, ou le 17. Le 116 006 aussi ; pas 1150.',
    );
  });

  it('reads a number with a no-break space as the same number', () => {
    const [, link] = numberPieces('Le 116\u00a0006.', LINES);
    expect(link!.channel!.href).to.equal('tel:116006');
  });
});

describe('excerpt', () => {
  it('keeps whole sentences up to the limit and the rest for later', () => {
    const { shown, rest } = excerpt(['Un deux trois. Quatre cinq.', 'Six sept.'], 3);
    expect(shown).to.deep.equal(['Un deux trois.']);
    expect(rest).to.deep.equal(['Quatre cinq.', 'Six sept.']);
  });

  it('shows everything when it is short', () => {
    expect(excerpt(['Un deux.', 'Trois.'], 120)).to.deep.equal({
      shown: ['Un deux.', 'Trois.'],
      rest: [],
    });
  });
});
