import { expect } from '@open-wc/testing';
import { createSearch } from '../../src/search/search.js';
import { contactFields } from '../../src/search/fields.js';
import { normaliseText, searchWord } from '../../src/search/normalise.js';
import { contactsForCommune } from '../../src/data/contacts.js';
import { CATEGORIES, CONTACTS, SYNONYMS } from '../../src/data/generated/data.js';

const lille = contactsForCommune('59350', CONTACTS);
const search = createSearch(lille, contactFields(CATEGORIES), SYNONYMS);
const ids = (query: string) => search.search(query).map((contact) => contact.id);

describe('normaliseText', () => {
  it('folds Arabic diacritics and letter variants, and the article in a search word', () => {
    expect(normaliseText('مُحَامٍ')).to.equal(normaliseText('محام'));
    expect(normaliseText('أمان إيواء آمن')).to.equal('امان ايواء امن');
    expect(normaliseText('شرطة')).to.equal(normaliseText('شرطه'));
    expect(normaliseText('مأوى')).to.equal(normaliseText('ماوي'));
    expect(searchWord(normaliseText('الشرطة'))).to.equal(searchWord(normaliseText('شرطه')));
    expect(searchWord(normaliseText('بالشرطة'))).to.equal(searchWord(normaliseText('شرطة')));
  });

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

  it('counts every meaningful word, requires none, and puts more matched words first', () => {
    const ranked = search.rank('avocat lille');
    expect(ranked[0]!.item.id).to.equal('maison-avocat-lille');
    expect(ranked[0]!.matched).to.equal(2);
    expect(ids('avocat lille')).to.include.members(ids('avocat').slice(0, 3));
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.matched).to.be.at.least(ranked[i]!.matched);
  });

  it('drops the words that carry no need, in French, English and Arabic', () => {
    expect(ids('je sais pas où dormir ce soir')[0]).to.equal(ids('dormir')[0]);
    expect(ids('where can I find a lawyer')[0]).to.equal(ids('lawyer')[0]);
    expect(ids('أين أجد محامي')[0]).to.equal(ids('محامي')[0]);
  });

  it('reads the phrases residents type: "ne peux pas parler" brings the SMS', () => {
    expect(ids('je ne peux pas parler').slice(0, 3)).to.include('urgence-sms-114');
    expect(ids('il me frappe').slice(0, 3)).to.include('police-secours-17');
  });

  it('finds the same help in Arabic and English as in French', () => {
    for (const [word, id] of [
      ['سكن', '115-hebergement-urgence'],
      ['مأوى', '115-hebergement-urgence'],
      ['إيواء', '115-hebergement-urgence'],
      ['شرطة', 'police-secours-17'],
      ['طفل', '119-allo-enfance-en-danger'],
      ['shelter', '115-hebergement-urgence'],
      ['child', '119-allo-enfance-en-danger'],
      ['complaint', 'hotel-de-police-lille'],
    ] as const) {
      expect(ids(word).slice(0, 5), word).to.include(id);
    }
  });

  it('takes a typo further when relaxed, for the closest help', () => {
    expect(search.rank('hbrgmnt').length).to.equal(0);
    expect(search.rank('hebrgmnt', { relaxed: true }).map(({ item }) => item.id)).to.include(
      '115-hebergement-urgence',
    );
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
