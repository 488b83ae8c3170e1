import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { isShortcutListening } from '../../src/safety/exit-shortcut.controller.js';
import {
  buttonByName,
  getByRole,
  links,
  part,
  queryByRole,
  root,
  statusText,
} from '../support/user.js';
import { wordCount } from '../../src/directory/excerpt.js';

describe('<vif-help> quick exit', () => {
  afterEach(() => fixtureCleanup());

  it('is a real link to exit-url, marked as a safety tool, first in the widget', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help commune="59350" exit-url="https://www.example.org/meteo"></vif-help>`,
    );
    const exit = part(el, 'exit') as HTMLAnchorElement;
    expect(exit.getAttribute('href')).to.equal('https://www.example.org/meteo');
    expect(exit.rel.split(' ')).to.include.members(['noreferrer', 'nofollow']);
    expect(exit.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sortie de sécurité : Quitter rapidement',
    );
    const [first, second] = links(el);
    expect(first!.href).to.equal('https://www.example.org/meteo');
    expect(first!.name).to.match(/Quitter rapidement/);
    expect(second!.name).to.equal('Sortie de sécurité : Quitter rapidement');
  });

  it('shows the secondary link only when it has keyboard focus', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    // Same name as the exit button's link: only its place tells them apart.
    const secondary = root(el).querySelector<HTMLAnchorElement>('.secondary-exit')!;
    expect(secondary.getBoundingClientRect().width).to.be.at.most(1);
    secondary.focus();
    expect(secondary.getBoundingClientRect().width).to.be.greaterThan(100);
  });

  it('counts Shift presses with feedback in the button and a polite status message', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(statusText(el)).to.contain('appuyez encore 2 fois');
    expect(root(el).querySelectorAll('.press.on')).to.have.length(1);
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(statusText(el)).to.contain('appuyez encore 1 fois');
    await sendKeys({ press: 'x' });
    await el.updateComplete;
    expect(root(el).querySelectorAll('.press.on')).to.have.length(0);
  });

  it('shares one document listener between instances and removes it with the last one', async () => {
    expect(isShortcutListening()).to.equal(false);
    const first = await fixture<VifHelp>(html`<vif-help></vif-help>`);
    const second = await fixture<VifHelp>(html`<vif-help view="emergency"></vif-help>`);
    expect(isShortcutListening()).to.equal(true);
    first.remove();
    expect(isShortcutListening()).to.equal(true);
    second.remove();
    expect(isShortcutListening()).to.equal(false);
  });

  it('has no exit and no listener with quick-exit="off", and gets them back with "on"', async () => {
    const el = await fixture<VifHelp>(html`<vif-help quick-exit="off"></vif-help>`);
    expect(root(el).querySelector('[part~="exit"]')).to.equal(null);
    expect(links(el).some((l) => /Quitter/.test(l.name))).to.equal(false);
    expect(isShortcutListening()).to.equal(false);
    el.setAttribute('quick-exit', 'on');
    await el.updateComplete;
    expect(part(el, 'exit')).to.exist;
    expect(isShortcutListening()).to.equal(true);
  });

  it('says in one line under the exit what it does and what traces remain', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const banner = root(el).querySelector('.safety-banner')!;
    expect(banner.textContent).to.contain('Maj ×3').and.contain('journal d’appels');
    const exitBottom = part(el, 'exit').getBoundingClientRect().bottom;
    expect(banner.getBoundingClientRect().top).to.be.at.least(exitBottom - 1);
  });

  it('opens "Protéger votre navigation" in place, focus on its heading, honest about its limits', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    expect(queryByRole(el, 'region', /^Protéger votre navigation/)).to.equal(null);
    const open = buttonByName(el, /^Protéger votre navigation/);
    open.click();
    await el.updateComplete;
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    const section = getByRole(el, 'region', /^Protéger votre navigation/);
    expect(root(el).activeElement?.id).to.equal('protect-title');
    expect(section.textContent).to.contain('ne protège pas d’un logiciel espion');
    expect(section.textContent).to.contain('historique');
    const shown = [...section.querySelectorAll('p, li')].map((node) => node.textContent!).join(' ');
    expect(wordCount(shown)).to.be.at.most(120);
    buttonByName(el, 'En savoir plus').click();
    await el.updateComplete;
    expect(section.textContent).to.contain('Ce module ne garde rien');
    expect(location.hash).to.equal('');
  });

  it('view="emergency" is a compact band: the quick exit and the emergency numbers only', async () => {
    const el = await fixture<VifHelp>(html`<vif-help view="emergency"></vif-help>`);
    expect(part(el, 'exit')).to.exist;
    expect(part(el, 'emergency')).to.exist;
    expect(root(el).querySelector('.protect, .other-lines, .directory, select')).to.equal(null);
  });
});
