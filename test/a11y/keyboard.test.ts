import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { accessibleName, buttonByName, getByRole, listedContacts, root } from '../support/user.js';

/** The element that has focus, looking inside the widget's shadow root. */
function focused(el: VifHelp): Element | null {
  return root(el).activeElement;
}

describe('<vif-help> by keyboard', () => {
  it('reaches the quick exit first, then the commune and the emergency numbers', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="before">avant</button><vif-help commune="59350"></vif-help></div>`,
    );
    const el = wrapper.querySelector('vif-help')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const names: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await sendKeys({ press: 'Tab' });
      names.push(accessibleName(focused(el)!));
    }
    expect(names[0]).to.match(/Quitter rapidement ce site/);
    expect(names[1]).to.equal('Sortie de sécurité : Quitter rapidement');
    expect(names[2]).to.match(/^Protéger votre navigation/);
    expect(names[3]).to.equal('Changer de commune');
    expect(names[4]).to.match(/^17 /);
  });

  it('opens the commune picker with Enter and picks a commune with the arrow keys', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const change = [...root(el).querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Changer'),
    )!;
    change.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(change.getAttribute('aria-expanded')).to.equal('true');
    const select = root(el).querySelector('select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    const picked = select.selectedOptions[0]!.textContent!.trim();
    expect(picked).not.to.equal('Lille');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).textContent).to.contain(`Aide pour ${picked}`);
  });

  it('toggles a category filter with Space', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const before = listedContacts(el);
    buttonByName(el, 'Filtrer').click();
    await el.updateComplete;
    const first = getByRole(el, 'group', 'Filtrer par catégorie').querySelector<HTMLInputElement>(
      'input[type="checkbox"]',
    )!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.checked).to.equal(true);
    expect(listedContacts(el)).not.to.deep.equal(before);
  });

  it('shows a visible focus ring', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    root(el).querySelector<HTMLInputElement>('[part~="search"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(focused(el)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('<vif-help> at 320 px', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('reflows without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const inner = root(el).querySelector('.root')!;
    expect(inner.scrollWidth).to.be.at.most(inner.clientWidth);
    for (const target of root(el).querySelectorAll('a, button, input, select')) {
      const box = target.getBoundingClientRect();
      if (box.width === 0 || target.classList.contains('secondary-exit')) continue;
      if (target.closest('.chip')) continue;
      expect(box.height, accessibleName(target)).to.be.at.least(44);
    }
  });
});
