import { expect } from '@open-wc/testing';
import { allCommunes, resolveCommune } from '../../src/data/communes.js';
import { COMMUNES } from '../../src/data/generated/data.js';

const nameOf = (value: unknown) => {
  const result = resolveCommune(value);
  return result.kind === 'found' ? result.commune.name : result.kind;
};

describe('resolveCommune', () => {
  it('resolves each of the 95 communes by its INSEE code and by its name', () => {
    const communes = COMMUNES;
    expect(communes).to.have.length(95);
    for (const { insee, name } of communes) {
      const byCode = resolveCommune(insee);
      expect(byCode.kind, insee).to.equal('found');
      expect(byCode.kind === 'found' && byCode.commune.name, insee).to.equal(name);
      expect(nameOf(name), name).to.equal(name);
    }
  });

  it('lists the 95 communes in French alphabetical order for the picker', () => {
    const names = allCommunes().map((c) => c.name);
    expect(names).to.have.length(95);
    expect([...names].sort((a, b) => a.localeCompare(b, 'fr'))).to.deep.equal(names);
  });

  it('reads names in any case, with or without accents, hyphens or apostrophes', () => {
    expect(nameOf("Villeneuve d'Ascq")).to.equal("Villeneuve-d'Ascq");
    expect(nameOf('villeneuve-d-ascq')).to.equal("Villeneuve-d'Ascq");
    expect(nameOf('VILLENEUVE D’ASCQ')).to.equal("Villeneuve-d'Ascq");
    expect(nameOf('  armentieres ')).to.equal('Armentières');
    expect(nameOf('Annoeullin')).to.equal('Annœullin');
    expect(nameOf('marcq en baroeul')).to.equal('Marcq-en-Barœul');
    expect(nameOf('Deulemont')).to.equal('Deûlémont');
  });

  it('takes the associated communes Lomme and Hellemmes, by name and by INSEE code, as Lille', () => {
    for (const value of [
      'Lomme',
      'lomme',
      'Hellemmes',
      'Hellemmes-Lille',
      'hellemmes lille',
      '59355',
      '59298',
    ]) {
      expect(nameOf(value), value).to.equal('Lille');
    }
  });

  it('resolves a postal code of one commune to that commune', () => {
    expect(nameOf('59000')).to.equal('Lille');
    expect(nameOf('59100')).to.equal('Roubaix');
    expect(nameOf('59491')).to.equal("Villeneuve-d'Ascq");
  });

  it('offers the candidates when a postal code is shared by several communes', () => {
    const shared = resolveCommune('59160');
    expect(shared.kind).to.equal('ambiguous');
    const names = shared.kind === 'ambiguous' ? shared.candidates.map((c) => c.name) : [];
    expect(names).to.include.members(['Capinghem', 'Lille']);

    const five = resolveCommune('59134');
    expect(five.kind === 'ambiguous' && five.candidates.length).to.equal(5);
  });

  it('lets an INSEE code win over the same digits used as another commune’s postal code', () => {
    // 59650 is Wattrelos's INSEE code and one of Villeneuve-d'Ascq's postal codes.
    expect(nameOf('59650')).to.equal('Wattrelos');
    // 59320 is Illies's INSEE code and the postal code of nine other communes, Haubourdin among them.
    expect(nameOf('59320')).to.equal('Illies');
    // 59350 is Lille's INSEE code and Saint-André-lez-Lille's postal code.
    expect(nameOf('59350')).to.equal('Lille');
  });

  it('reports unknown values without throwing, cut to a readable length', () => {
    expect(resolveCommune('Paris')).to.deep.equal({ kind: 'unknown', input: 'Paris' });
    expect(resolveCommune('75001')).to.deep.equal({ kind: 'unknown', input: '75001' });
    expect(resolveCommune('59999').kind).to.equal('unknown');
    const long = resolveCommune('x'.repeat(10_000));
    expect(long.kind === 'unknown' && long.input.length).to.equal(80);
    expect(resolveCommune('<img src=x onerror=alert(1)>').kind).to.equal('unknown');
  });

  it('treats nothing, blanks and non-strings as no commune', () => {
    for (const value of [null, undefined, '', '   ', 42, {}, []]) {
      expect(resolveCommune(value).kind, String(value)).to.equal('none');
    }
  });
});
