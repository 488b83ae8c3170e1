import { expect } from '@open-wc/testing';
import { createSearch } from '../../src/search/search.js';
import { contactFields } from '../../src/search/fields.js';
import { normaliseText } from '../../src/search/normalise.js';
import { contactsForCommune } from '../../src/data/contacts.js';
import { CATEGORIES, SYNONYMS } from '../../src/data/generated/data.js';

const lille = contactsForCommune('59350');
const search = createSearch(lille, contactFields(CATEGORIES), SYNONYMS);
const ids = (query: string) => search.search(query).map((contact) => contact.id);

describe('normaliseText', () => {
  it('folds case, accents, ligatures, hyphens and apostrophes', () => {
    expect(normaliseText('  Villeneuve-d’Ascq ')).to.equal('villeneuve d ascq');
    expect(normaliseText('HÉBERGEMENT')).to.equal('hebergement');
    expect(normaliseText('Marcq-en-Barœul')).to.equal('marcq en baroeul');
  });
});

describe('directory search', () => {
  it('returns every contact, in scope order, for an empty or blank query', () => {
    expect(ids('')).to.deep.equal(lille.map((c) => c.id));
    expect(ids('   ')).to.deep.equal(lille.map((c) => c.id));
    expect(ids('a')).to.deep.equal(lille.map((c) => c.id));
  });

  it('finds emergency housing with or without accents, and despite a typo', () => {
    for (const query of ['hébergement', 'hebergement', 'HEBERGEMENT', 'hebergment', 'hébergemnt']) {
      expect(ids(query), query).to.include('115-hebergement-urgence');
    }
  });

  it('finds the line for children from "enfant"', () => {
    expect(ids('enfant')[0]).to.equal('119-allo-enfance-en-danger');
  });

  it('finds a number by its digits', () => {
    expect(ids('3919')).to.include('3919-violences-femmes-info');
    expect(ids('116 006')).to.include('116006-france-victimes');
  });

  it('requires every word of the query', () => {
    const both = ids('avocat lille');
    expect(both).to.include('maison-avocat-lille');
    for (const id of both) expect(ids('avocat')).to.include(id);
  });

  it('finds what the data team’s synonyms point to', () => {
    expect(ids('dormir')).to.include('115-hebergement-urgence');
    expect(ids('avocat')).to.include('cidff-lille');
    expect(ids('porter plainte')).to.include('hotel-de-police-lille');
  });

  it('finds nothing for words that mean nothing here', () => {
    expect(ids('zzqxw')).to.deep.equal([]);
    expect(ids('<script>')).to.deep.equal([]);
  });

  it('keeps local contacts before national lines among equal matches', () => {
    const all = ids('');
    expect(all.indexOf('hotel-de-police-lille')).to.be.lessThan(all.indexOf('police-secours-17'));
  });
});
