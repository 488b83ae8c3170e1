import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { isShortcutListening } from '../../src/safety/exit-shortcut.controller.js';
import { listedContacts } from '../support/user.js';
import { PARTNER_CONTACT } from '../support/partner-contact.js';

const DOOR = 'Violences dans le couple ou la famille : trouver de l’aide';

const launcherButton = (el: VifHelp) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="launcher"]');
const dialogOf = (el: VifHelp) => el.shadowRoot!.querySelector('dialog')!;

describe('<vif-help view="launcher"> drawn by the element', () => {
  afterEach(() => fixtureCleanup());

  it('is one button, and the Shift×3 listener exists only while its dialog is open', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help
        view="launcher"
        commune="59350"
        exit-url="https://www.example.org/m"
      ></vif-help>`,
    );
    const button = launcherButton(el)!;
    expect(button.textContent).to.equal(DOOR);
    expect(el.shadowRoot!.querySelector('[part~="exit"], [part~="emergency"]')).to.equal(null);
    expect(isShortcutListening()).to.equal(false);

    button.click();
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    const nested = dialog.querySelector('vif-help') as VifHelp;
    expect(nested.getAttribute('view')).to.equal('full');
    expect(nested.getAttribute('commune')).to.equal('59350');
    expect(nested.getAttribute('exit-url')).to.equal('https://www.example.org/m');
    await nested.updateComplete;
    expect(isShortcutListening()).to.equal(true);

    dialog.close();
    await waitUntil(() => !dialog.querySelector('vif-help'));
    expect(isShortcutListening()).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('becomes the full view when view changes, and a launcher again', async () => {
    const el = await fixture<VifHelp>(html`<vif-help view="launcher" commune="59350"></vif-help>`);
    el.view = 'full';
    await el.updateComplete;
    expect(launcherButton(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="emergency"]')).to.not.equal(null);
    el.view = 'launcher';
    await el.updateComplete;
    expect(launcherButton(el)?.textContent).to.equal(DOOR);
    expect(el.shadowRoot!.querySelector('[part~="emergency"]')).to.equal(null);
  });

  it('gives its dialog the partner contacts it was given by script', async () => {
    const el = await fixture<VifHelp>(html`<vif-help view="launcher" commune="59350"></vif-help>`);
    el.contacts = [PARTNER_CONTACT];
    await el.updateComplete;
    launcherButton(el)!.click();
    const nested = dialogOf(el).querySelector('vif-help') as VifHelp;
    await waitUntil(() => listedContacts(nested).length > 0);
    await nested.updateComplete;
    expect(listedContacts(nested)).to.include('Association partenaire');
    expect(listedContacts(nested)).to.include('Hôtel de police de Lille');
    dialogOf(el).close();
  });
});
