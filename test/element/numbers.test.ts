import { expect, fixture, html } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { buttonByName, headings, links, part, root } from '../support/user.js';

describe('<vif-help> numbers', () => {
  it('shows 17, SMS 114 and 3919 first, then 112, 15 and 18, as real links with plain labels', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const emergency = links(el, part(el, 'emergency'));
    expect(emergency.map((l) => l.href)).to.deep.equal([
      'tel:17',
      'sms:114',
      'tel:3919',
      'tel:112',
      'tel:15',
      'tel:18',
    ]);
    const listening = emergency.find((l) => l.href === 'tel:3919')!;
    expect(listening.name).to.contain('n’apparaît pas sur la facture');
    const police = emergency.find((l) => l.href === 'tel:17')!;
    expect(police.name).not.to.contain('facture');
    for (const link of emergency) expect(link.name.length, link.href).to.be.greaterThan(6);
    const sms = emergency.find((l) => l.href === 'sms:114')!;
    expect(sms.name)
      .to.match(/SMS/i)
      .and.match(/parler/i);
  });

  it('keeps the other listening lines in one disclosure of one-line rows', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const talk = root(el).querySelector('.other-lines')!;
    expect(links(el, talk)).to.deep.equal([]);
    const toggle = buttonByName(el, 'Autres lignes d’écoute (5)');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const hrefs = links(el, talk).map((l) => l.href);
    for (const row of talk.querySelectorAll('.line-row'))
      expect(row.getBoundingClientRect().height).to.be.at.most(56);
    expect(talk.textContent!.split('historique d’appels').length - 1).to.equal(1);
    expect(hrefs).to.deep.equal([
      'tel:119',
      'tel:116006',
      'tel:+33800059595',
      'tel:115',
      'tel:+33801901911',
    ]);
    const names = links(el, talk)
      .map((l) => l.name)
      .join(' | ');
    expect(names).to.contain('116 006').and.contain('0 800 05 95 95').and.contain('08 019 019 11');
  });

  it('keeps the emergency band compact in view="emergency"', async () => {
    const el = await fixture<VifHelp>(html`<vif-help view="emergency"></vif-help>`);
    expect(links(el, part(el, 'emergency')).map((l) => l.href)).to.deep.equal([
      'tel:17',
      'sms:114',
      'tel:3919',
    ]);
    expect(root(el).querySelector('[part~="search"]')).to.equal(null);
    expect(root(el).querySelector('.other-lines')).to.equal(null);
    expect(part(el, 'exit')).to.exist;
  });

  it('starts its headings at heading-level', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help commune="59350" heading-level="3"></vif-help>`,
    );
    const levels = headings(el).map((h) => h.level);
    expect(levels[0]).to.equal(3);
    expect(Math.min(...levels)).to.equal(3);
    expect(headings(el).find((h) => h.text === 'En danger maintenant')?.level).to.equal(4);
  });
});
