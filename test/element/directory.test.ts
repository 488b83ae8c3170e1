import { expect, fixture, html } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { clearSearch, listedContacts, part, root, statusText, typeInto } from '../support/user.js';

const checkbox = (el: VifHelp, label: string) => {
  const found = [...root(el).querySelectorAll('label')].find(
    (l) => l.textContent!.trim() === label,
  );
  if (!found) throw new Error(`no checkbox labelled ${label}`);
  return found.querySelector('input')!;
};

describe('<vif-help> directory', () => {
  it('lists the contacts of the commune, local ones first, and announces the count', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const names = listedContacts(el);
    expect(names.length).to.be.greaterThan(10);
    expect(names.indexOf('Hôtel de police de Lille')).to.be.lessThan(
      names.indexOf('Police secours et gendarmerie'),
    );
    expect(part(el, 'list').tagName).to.equal('UL');
    expect(statusText(el)).to.contain(`${names.length} aides trouvées`);
  });

  it('does not list another commune’s local contacts', async () => {
    const lille = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const roubaix = await fixture<VifHelp>(html`<vif-help commune="Roubaix"></vif-help>`);
    expect(listedContacts(lille)).to.include('Hôtel de police de Lille');
    expect(listedContacts(roubaix)).not.to.include('Hôtel de police de Lille');
  });

  it('narrows the list as the resident types, despite a typo, and announces it', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const before = listedContacts(el).length;
    await typeInto(el, 'hebergment');
    const after = listedContacts(el);
    expect(after.length).to.be.greaterThan(0).and.lessThan(before);
    expect(after.join(' | ')).to.match(/Hébergement d’urgence|Hébergement d'urgence/);
    expect(statusText(el)).to.match(new RegExp(`${after.length} aides? trouvées?`));
  });

  it('says so, and points to the 3919, when nothing matches', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await typeInto(el, 'zzqxw');
    expect(listedContacts(el)).to.deep.equal([]);
    expect(statusText(el)).to.contain('Aucune aide ne correspond').and.contain('3919');
    await clearSearch(el);
    expect(listedContacts(el).length).to.be.greaterThan(10);
  });

  it('filters by category, and combines filters with the search', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const all = listedContacts(el).length;
    checkbox(el, 'Hébergement').click();
    await el.updateComplete;
    const housing = listedContacts(el);
    expect(housing.length).to.be.greaterThan(0).and.lessThan(all);
    expect(housing.join(' | ')).to.match(/Hébergement d’urgence|Hébergement d'urgence/);
    checkbox(el, 'Enfants').click();
    await el.updateComplete;
    expect(listedContacts(el).join(' | '))
      .to.match(/Allô Enfance en danger/)
      .and.match(/Hébergement d’urgence|Hébergement d'urgence/);
    await typeInto(el, 'enfance');
    expect(listedContacts(el).join(' | '))
      .to.match(/Allô Enfance en danger/)
      .and.not.match(/Hébergement d’urgence|Hébergement d'urgence/);
  });

  it('limits the directory and its filters to the categories attribute', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help commune="59350" categories="hebergement,police"></vif-help>`,
    );
    const labels = [...root(el).querySelectorAll('.filters label')].map((l) =>
      l.textContent!.trim(),
    );
    expect(labels).to.deep.equal(['Hébergement', 'Police et plainte']);
    expect(listedContacts(el)).not.to.include('Allô Enfance en danger');
  });

  it('shows where each contact’s facts come from, when they were checked, and what is uncertain', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    for (const contact of root(el).querySelectorAll('[part~="contact"]')) {
      expect(contact.textContent).to.match(/Informations vérifiées le \d{1,2} \S+ \d{4}/);
      const source = [...contact.querySelectorAll('a')].find((a) =>
        a.textContent!.startsWith('Source'),
      );
      expect(source?.getAttribute('href')).to.match(/^https:\/\//);
    }
    const rosa = [...root(el).querySelectorAll('[part~="contact"]')].find((c) =>
      c.textContent!.includes('Rosa'),
    );
    expect(rosa?.textContent).to.contain('À confirmer');
  });
});
