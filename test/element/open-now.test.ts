import { expect, fixture, html } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { listedContacts, part, press, queryByRole, root } from '../support/user.js';

const FRIDAY_NIGHT = new Date('2026-11-27T21:00:00Z'); // 22:00 in Lille
const FRIDAY_MORNING = new Date('2026-11-27T08:30:00Z'); // 09:30 in Lille

function contactText(el: VifHelp, name: string): string {
  const card = [...root(el).querySelectorAll('[part~="contact"]')].find((c) =>
    c.querySelector('h1, h2, h3, h4, h5, h6')!.textContent!.includes(name),
  );
  if (!card) throw new Error(`no contact named ${name}`);
  return card.textContent!.replace(/\s+/g, ' ');
}

async function toggleOpenNow(el: VifHelp): Promise<void> {
  if (!queryByRole(el, 'group', 'Filtrer par catégorie')) await press(el, 'Filtrer');
  const label = [...root(el).querySelectorAll('label')].find(
    (l) => l.textContent!.trim() === 'Ouvert maintenant',
  )!;
  label.querySelector('input')!.click();
  await el.updateComplete;
}

describe('<vif-help> open now', () => {
  it('tells, for each contact with hours, whether it is open and when it opens or closes', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help commune="59350" .now=${FRIDAY_MORNING}></vif-help>`,
    );
    expect(contactText(el, 'CIDFF')).to.contain('Ouvert maintenant · ferme à 12 h 30');
    expect(contactText(el, 'Ma Sécurité')).to.contain('Ouvert 24 h/24');
    el.now = FRIDAY_NIGHT;
    await el.updateComplete;
    expect(contactText(el, 'CIDFF')).to.contain('Fermé · ouvre lundi à 9 h');
    el.now = new Date('2026-11-26T21:00:00Z');
    await el.updateComplete;
    expect(contactText(el, 'CIDFF')).to.contain('Fermé · ouvre demain à 9 h');
  });

  it('filters the directory to what is open now', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help commune="59350" .now=${FRIDAY_NIGHT}></vif-help>`,
    );
    const all = listedContacts(el);
    await toggleOpenNow(el);
    const open = listedContacts(el);
    expect(open).not.to.deep.equal(all);
    for (const status of part(el, 'list').querySelectorAll('.opening'))
      expect(status.textContent).to.match(/^Ouvert/);
    expect(open.some((name) => name.startsWith('3919'))).to.equal(true);
    expect(open).not.to.include('CIDFF Lille Métropole');
    expect(root(el).querySelector('[role="status"].count')!.textContent).to.contain(
      `${open.length} aides trouvées`,
    );
  });

  it('says so when every place nearby is closed, and keeps the 24 h/24 lines', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help commune="Roubaix" .now=${FRIDAY_NIGHT}></vif-help>`,
    );
    await toggleOpenNow(el);
    expect(root(el).textContent).to.contain('les lieux d’aide proches de chez vous sont fermés');
    const open = listedContacts(el);
    expect(open.some((name) => name.startsWith('3919'))).to.equal(true);
    expect(open.some((name) => name.startsWith('119'))).to.equal(true);
    el.now = FRIDAY_MORNING;
    await el.updateComplete;
    expect(root(el).textContent).not.to.contain(
      'les lieux d’aide proches de chez vous sont fermés',
    );
    expect(listedContacts(el)).to.include('Maison des femmes de Roubaix');
  });
});
