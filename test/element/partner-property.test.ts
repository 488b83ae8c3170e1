import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifDataErrorEvent, VifHelp } from '../../src/vif-help.js';
import { listedContacts, parts } from '../support/user.js';
import { PARTNER_CONTACT } from '../support/partner-contact.js';

const CONTACT = PARTNER_CONTACT;

describe('<vif-help> contacts property', () => {
  it('adds valid contacts given by script to the directory, marked "À vérifier" when uncertain', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    el.contacts = [CONTACT];
    await el.updateComplete;
    expect(listedContacts(el)).to.include('Association partenaire');
    expect(listedContacts(el)).to.include('Hôtel de police de Lille');
    const card = parts(el, 'contact').find((c) =>
      c.textContent!.includes('Association partenaire'),
    )!;
    expect(card.textContent).to.contain('À vérifier');
  });

  it('keeps contacts given by script before the element is on the page', async () => {
    const el = document.createElement('vif-help') as VifHelp;
    el.setAttribute('commune', '59350');
    el.contacts = [CONTACT];
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(listedContacts(el)).to.include('Association partenaire');
    } finally {
      el.remove();
    }
  });

  it('refuses invalid contacts as a whole, with an event carrying the reasons, and keeps its own data', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const before = listedContacts(el);
    const originalWarn = console.warn;
    console.warn = () => {};
    try {
      setTimeout(() => {
        el.contacts = [CONTACT, { ...CONTACT, id: 'sans-source', sources: [] }];
      });
      const event = (await oneEvent(el, 'vif-data-error')) as unknown as VifDataErrorEvent;
      expect(event.reasons.join('\n')).to.contain('/contacts/1/sources');
      expect(event.source).to.equal('contacts');
      await el.updateComplete;
      expect(listedContacts(el)).to.deep.equal(before);
      expect(
        parts(el, 'notice')
          .map((n) => n.textContent)
          .join(' '),
      ).to.contain('n’ont pas pu être utilisés');
    } finally {
      console.warn = originalWarn;
    }
  });
});
