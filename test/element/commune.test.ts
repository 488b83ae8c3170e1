import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifCommuneChangeEvent, VifHelp } from '../../src/vif-help.js';
import { buttonByName, listedContacts, parts, root, visibleText } from '../support/user.js';

async function withWarnings<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = original;
  }
}

const select = (el: VifHelp) => root(el).querySelector('select')!;

describe('<vif-help> commune', () => {
  it('names the resolved commune and lets the resident change it', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="lomme"></vif-help>`);
    expect(visibleText(el)).to.contain('Aide pour Lille');
    expect(root(el).querySelector('select')).to.equal(null);
    buttonByName(el, 'Changer de commune').click();
    await el.updateComplete;
    expect(select(el).options.length).to.equal(96);
  });

  it('shows a picker and the metropolis-wide help when no commune is set', async () => {
    const el = await fixture<VifHelp>(html`<vif-help></vif-help>`);
    expect(select(el).options.length).to.equal(96);
    expect(parts(el, 'contact').length).to.be.greaterThan(0);
    expect(parts(el, 'notice')).to.have.length(0);
  });

  it('explains an unknown commune in a notice, warns the webmaster once, and still helps', async () => {
    const { result: el, warnings } = await withWarnings(() =>
      fixture<VifHelp>(html`<vif-help commune="Paris"></vif-help>`),
    );
    const [notice] = parts(el, 'notice');
    expect(notice?.textContent).to.contain('« Paris »');
    expect(warnings.filter((w) => w.includes('commune="Paris"'))).to.have.length(1);
    expect(select(el).options.length).to.equal(96);
    expect(root(el).querySelector('a[href="tel:3919"]')).to.exist;
    expect(listedContacts(el).length).to.be.greaterThan(0);
  });

  it('restricts the picker to the candidates of a shared postal code', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59160"></vif-help>`);
    expect(parts(el, 'notice')[0]?.textContent).to.contain('59160');
    const names = [...select(el).options]
      .map((o) => o.textContent!.trim())
      .filter((n) => n !== 'Choisir une commune');
    expect(names).to.include.members(['Capinghem', 'Lille']);
    expect(names.length).to.be.lessThan(95);
  });

  it('switches commune when the resident picks one, and tells the page', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="Paris"></vif-help>`);
    select(el).value = '59599';
    const form = root(el).querySelector('form')!;
    setTimeout(() => form.requestSubmit());
    const event = (await oneEvent(el, 'vif-commune-change')) as unknown as VifCommuneChangeEvent;
    expect(event.insee).to.equal('59599');
    expect(event.communeName).to.equal('Tourcoing');
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Aide pour Tourcoing');
    expect(parts(el, 'notice')).to.have.length(0);
    expect(location.hash).to.equal('');
  });

  it('draws a commune already shown again in one render, its help at once (no loading line)', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const pick = async (insee: string) => {
      buttonByName(el, 'Changer de commune').click();
      await el.updateComplete;
      select(el).value = insee;
      let renders = 0;
      const render = Object.getPrototypeOf(el).render as () => unknown;
      Object.defineProperty(el, 'render', {
        configurable: true,
        value: () => {
          renders += 1;
          return render.call(el);
        },
      });
      root(el).querySelector('form')!.requestSubmit();
      await el.updateComplete;
      Reflect.deleteProperty(el, 'render');
      return renders;
    };
    expect(await pick('59650')).to.be.at.least(1);
    expect(visibleText(el)).to.contain('Aide pour Wattrelos');
    expect(await pick('59350')).to.equal(1);
    expect(visibleText(el)).to.contain('Aide pour Lille');
    expect(visibleText(el)).to.not.contain('Chargement…');
  });
});
