import { expect, fixture, html } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import {
  buttonByName,
  card,
  clearSearch,
  getByRole,
  groupHeadings,
  links,
  listedContacts,
  part,
  press,
  queryByRole,
  root,
  statusText,
  typeInto,
} from '../support/user.js';

const checkbox = (el: VifHelp, label: string) => {
  const found = [...root(el).querySelectorAll('label')].find(
    (l) => l.textContent!.trim() === label,
  );
  if (!found) throw new Error(`no checkbox labelled ${label}`);
  return found.querySelector('input')!;
};

const hrefsIn = (scope: ParentNode) =>
  [...scope.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');

describe('<vif-help> directory', () => {
  it('groups the help: the commune, the metropolis, France, each with its count', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    expect(groupHeadings(el)).to.deep.equal([
      'À Lille (9)',
      'Dans la métropole (2)',
      'Partout en France (1)',
    ]);
    const names = listedContacts(el);
    // The four first doors, then the commune's other places.
    expect(names.slice(0, 4)).to.deep.equal([
      'Mairie de Lille',
      'Hôtel de police de Lille',
      'Point-justice – Maison de la Médiation et du Citoyen',
      'AIAVM – Aide aux victimes (France Victimes)',
    ]);
    // The doors count in the group's first page of five; the rest waits behind one button.
    expect(names).to.have.length(4 + 1 + 2 + 1);
    expect(statusText(el)).to.contain('12 aides trouvées');
    await press(el, 'Voir les 4 autres');
    expect(listedContacts(el).slice(4, 9)).to.include("Maison de l'Avocat (barreau de Lille)");
  });

  it('moves focus to the first new card of « À Lille » after « Voir les 4 autres », not to the page', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const group = root(el).querySelector<HTMLElement>('[aria-labelledby="group-commune"]')!;
    const before = [...group.querySelectorAll('[part~="contact"]')];
    await press(el, 'Voir les 4 autres');
    const after = [...group.querySelectorAll('[part~="contact"]')];
    expect(after.length).to.equal(before.length + 4);
    const focused = root(el).activeElement;
    expect(focused, 'focus stays in the widget').to.not.equal(null);
    expect(focused!.closest('[part~="contact"]')).to.equal(after[before.length]);
  });

  it('repeats none of the numbers shown above it while nothing is asked', async () => {
    for (const commune of ['59350', '59658', '59650']) {
      const el = await fixture<VifHelp>(html`<vif-help commune=${commune}></vif-help>`);
      const above = new Set(hrefsIn(part(el, 'emergency')));
      const cards = root(el).querySelectorAll('[part~="list"] [part~="contact"]');
      const repeated = [...cards].flatMap(hrefsIn).filter((href) => above.has(href));
      expect(repeated, commune).to.deep.equal([]);
    }
  });

  it('opens the commune with its four first doors, placeholders naming the line meanwhile', async () => {
    // Houplin-Ancoisne: its town hall from the 2016 annuaire, marked to check; its police unit is
    // known but held, and no justice or victim-support door is known.
    const el = await fixture<VifHelp>(html`<vif-help commune="59316"></vif-help>`);
    const doors = root(el).querySelector('[aria-label="Premiers contacts à Houplin-Ancoisne"]')!;
    const rows = [...doors.children];
    expect(rows.length).to.equal(4);
    expect(rows[0]!.matches('[part~="contact"]')).to.equal(true);
    expect(rows[0]!.textContent).to.contain('Mairie de Houplin-Ancoisne').and.contain('À vérifier');
    expect(rows.slice(1).some((row) => row.matches('[part~="contact"]'))).to.equal(false);
    expect(rows.map((row) => hrefsIn(row)[0])).to.deep.equal([
      'tel:+33320900552',
      'tel:17',
      'tel:116006',
      'tel:116006',
    ]);
    // A switchboard is not a place of help: the commune still says it has none of its own.
    expect(root(el).textContent).to.contain(
      'Pour Houplin-Ancoisne, nous n’avons pas encore de lieu d’aide vérifié dans la commune.',
    );
  });

  it('opens a village with its town hall as first door: its switchboard, marked to check', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59658"></vif-help>`);
    const doors = root(el).querySelector('[aria-label="Premiers contacts à Wicres"]')!;
    const [mairie, police] = [...doors.children];
    expect(mairie!.matches('[part~="contact"]')).to.equal(true);
    expect(mairie!.textContent).to.contain('Mairie de Wicres').and.contain('À vérifier');
    expect(hrefsIn(mairie!)[0]).to.equal('tel:+33320293577');
    // No unit is known to serve Wicres: the police row still names the 17.
    expect(hrefsIn(police!)[0]).to.equal('tel:17');
    // A switchboard is a first door, not a place of help: the village still says it has none.
    expect(root(el).textContent).to.contain(
      'Pour Wicres, nous n’avons pas encore de lieu d’aide vérifié dans la commune',
    );
  });

  it('shows a published first door in its row: the Hôtel de police for Lille', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const doors = root(el).querySelector('[aria-label="Premiers contacts à Lille"]')!;
    const rows = [...doors.children];
    expect(rows[1]!.textContent).to.contain('Hôtel de police de Lille');
    expect(rows[1]!.matches('[part~="contact"]')).to.equal(true);
    expect(root(el).textContent).not.to.contain('nous n’avons pas encore de lieu d’aide');
  });

  it('never lists first a place whose own note says it may not be working', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    expect(listedContacts(el)[0]).not.to.contain('Rosa');
  });

  it('finds the first doors by "mairie", "CCAS", "gendarmerie" and the commune’s name', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59658"></vif-help>`);
    for (const query of ['mairie', 'CCAS', 'gendarmerie', 'Wicres']) {
      await typeInto(el, query);
      const doors = root(el).querySelector('[aria-label="Premiers contacts à Wicres"]');
      expect(doors?.children.length ?? 0, query).to.be.greaterThan(0);
      expect(
        hrefsIn(doors!).some((href) => /^(tel|sms):/.test(href)),
        query,
      ).to.equal(true);
      await clearSearch(el);
    }
  });

  it('narrows the list as the resident types, despite a typo, a matched line first as a row', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await typeInto(el, 'hebergment');
    const list = part(el, 'list');
    const first = list.querySelector('a')!;
    expect(first.getAttribute('href')).to.equal('tel:115');
    expect(first.closest('[part~="contact"]')).to.exist;
    expect(first.closest('[part~="contact"]')!.getBoundingClientRect().height).to.be.at.most(56);
    const listed = listedContacts(el);
    expect(statusText(el)).to.match(new RegExp(`${listed.length} aides? trouvées?`));
  });

  it('says so, and gives the 17 and the 3919, when nothing matches', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await typeInto(el, 'zzqxw');
    expect(statusText(el)).to.contain('Aucun résultat pour « zzqxw »');
    expect(hrefsIn(part(el, 'list'))).to.include.members(['tel:17', 'tel:3919']);
    await clearSearch(el);
    expect(groupHeadings(el).length).to.equal(3);
  });

  it('keeps the category filters behind "Filtrer", and combines them with the search', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    expect(queryByRole(el, 'group', 'Filtrer par catégorie')).to.equal(null);
    await press(el, 'Filtrer');
    expect(buttonByName(el, 'Filtrer').getAttribute('aria-expanded')).to.equal('true');
    checkbox(el, 'Hébergement').click();
    await el.updateComplete;
    expect(hrefsIn(part(el, 'list'))).to.include('tel:115');
    checkbox(el, 'Enfants').click();
    await el.updateComplete;
    expect(hrefsIn(part(el, 'list'))).to.include.members(['tel:115', 'tel:119']);
    await typeInto(el, 'enfance');
    const hrefs = hrefsIn(part(el, 'list'));
    expect(hrefs).to.include('tel:119').and.not.include('tel:115');
  });

  it('limits the directory and its filters to the categories attribute', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help commune="59350" categories="hebergement,police"></vif-help>`,
    );
    await press(el, 'Filtrer');
    const labels = [
      ...getByRole(el, 'group', 'Filtrer par catégorie').querySelectorAll('label'),
    ].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Hébergement', 'Police et plainte', 'Ouvert maintenant']);
    expect(listedContacts(el).join(' ')).not.to.contain('Maison de l');
  });

  it('keeps the details of a card closed, and shows where its facts come from once opened', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const police = card(el, 'Hôtel de police de Lille');
    expect(police.textContent).not.to.match(/D'après/);
    expect(police.textContent).to.contain('À vérifier');
    const call = police.querySelector('a')!;
    const before = call.getBoundingClientRect().top - police.getBoundingClientRect().top;
    const details = [...police.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Détails'),
    )!;
    details.click();
    await el.updateComplete;
    expect(details.getAttribute('aria-expanded')).to.equal('true');
    // Its source in the resident's words, the publisher's page as the link; « À vérifier », it
    // never says it was verified or confirmed (issue 21).
    // Lille's page gives no date: the card says so, with the month it was read.
    expect(police.textContent).to.match(
      /D'après le site de la ville de Lille, page non datée, consultée en \S+ \d{4}/,
    );
    expect(police.textContent).not.to.match(/vérifiées le|Confirmé/);
    const source = links(el, police).find((l) => l.name.startsWith('Source'));
    expect(source?.href).to.match(/^https:\/\/www\.lille\.fr\//);
    expect(call.getBoundingClientRect().top - police.getBoundingClientRect().top).to.equal(before);
  });

  it('explains "À vérifier" once, and never shows the data team’s notes', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await press(el, /^Voir les \d+ autres$/);
    const text = root(el).textContent!;
    expect(text.split('« À vérifier » :').length - 1).to.equal(1);
    for (const details of [...root(el).querySelectorAll('button')].filter((b) =>
      b.textContent!.includes('Détails'),
    )) {
      details.click();
      await el.updateComplete;
    }
    expect(root(el).textContent).not.to.match(
      /source secondaire|fichier|jeu de données|À confirmer —/i,
    );
    expect(card(el, 'Accueil de jour Rosa').textContent).to.contain(
      'Appelez avant de vous déplacer',
    );
  });
});

describe('<vif-help> directory pages', () => {
  const partner = (index: number) => ({
    id: `partenaire-${index}`,
    name: { fr: `Permanence partenaire ${index}` },
    description: { fr: 'Une permanence pour les victimes, sur rendez-vous.' },
    categories: ['accueil'],
    audiences: ['tous'],
    channels: [{ type: 'tel', number: `032000000${index}` }],
    scope: { type: 'metropole' },
    sources: [{ url: 'https://partenaire.example/', title: 'Site', date: '2026-10-01' }],
    confidence: 'high',
    status: 'published',
  });

  it('shows five cards a group, then "Voir les N autres", which moves focus to the first new one', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    el.contacts = [1, 2, 3, 4, 5, 6].map(partner);
    await el.updateComplete;
    const group = root(el).querySelector<HTMLElement>('[aria-labelledby="group-metropole"]')!;
    expect(group.querySelectorAll('[part~="contact"]').length).to.equal(5);
    const length = history.length;
    await press(el, 'Voir les 3 autres');
    expect(group.querySelectorAll('[part~="contact"]').length).to.equal(8);
    const focused = root(el).activeElement!;
    expect(focused.closest('[part~="contact"]')).to.equal(
      group.querySelectorAll('[part~="contact"]')[5],
    );
    expect(history.length).to.equal(length);
    expect([...group.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include(
      'Voir les 3 autres',
    );
  });
});

describe('<vif-help> a first door the page gives', () => {
  it('puts the town hall’s own CCAS, given as partner data, in the first row, saying whose it is', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59658"></vif-help>`);
    el.contacts = [
      {
        id: 'ccas-wicres-partenaire',
        name: { fr: 'CCAS de Wicres' },
        description: { fr: 'Accueil social de la mairie, sur rendez-vous.' },
        categories: ['accueil'],
        audiences: ['tous'],
        firstDoor: 'mairie',
        channels: [{ type: 'tel', number: '0320000000' }],
        scope: { type: 'communes', insee: ['59658'] },
        sources: [{ url: 'https://mairie.example/ccas', title: 'Mairie', date: '2026-11-01' }],
        confidence: 'high',
        status: 'published',
      },
    ];
    await el.updateComplete;
    const doors = root(el).querySelector('[aria-label="Premiers contacts à Wicres"]')!;
    const first = doors.children[0]!;
    expect(first.matches('[part~="contact"]')).to.equal(true);
    expect(first.textContent).to.contain('CCAS de Wicres').and.contain('Information de la mairie');
    expect(hrefsIn(first)[0]).to.equal('tel:+33320000000');
    expect(doors.children.length).to.equal(4);
  });
});
