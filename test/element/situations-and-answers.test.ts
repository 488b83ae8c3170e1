import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { PATHS } from '../../src/data/generated/data.js';
import { listedContacts, root, statusText, typeInto } from '../support/user.js';

const situationButton = (el: VifHelp, label: string) => {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('.situation')].find(
    (b) => b.textContent!.trim() === label,
  );
  if (!button) throw new Error(`no situation "${label}"`);
  return button;
};

describe('<vif-help> situations', () => {
  it('offers every situation of the data as a toggle button', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const buttons = [...root(el).querySelectorAll('.situation')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(PATHS.map((p) => p.label.fr));
    for (const button of buttons) expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  for (const path of PATHS) {
    it(`"${path.label.fr}" explains what to do first and narrows the directory`, async () => {
      const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
      const all = listedContacts(el);
      const button = situationButton(el, path.label.fr);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(root(el).querySelector('.situation-intro')!.textContent).to.contain(
        path.intro.fr.slice(0, 40),
      );
      const narrowed = listedContacts(el);
      expect(narrowed.length, 'keeps some').to.be.greaterThan(0);
      expect(narrowed.length, 'drops some').to.be.lessThan(all.length);
      expect(statusText(el)).to.contain(`${narrowed.length} aide`);
      button.click();
      await el.updateComplete;
      expect(listedContacts(el)).to.deep.equal(all);
    });
  }

  it('does not point a man to the 3919, which takes women only', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    situationButton(el, PATHS.find((p) => p.id === 'homme-victime')!.label.fr).click();
    await el.updateComplete;
    expect(listedContacts(el)).not.to.include('Violences Femmes Info');
  });
});

describe('<vif-help> questions', () => {
  it('opens and closes an answer by keyboard, announced as expanded', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const details = root(el).querySelector<HTMLDetailsElement>('.answer')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    expect(details.open).to.equal(false);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.textContent).to.match(/Informations vérifiées le/);
    expect(details.querySelector('a[href^="https://"]')).to.exist;
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(false);
    expect(location.hash).to.equal('');
  });

  it('finds answers by synonym from the search, and opens one', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await typeInto(el, 'dormir');
    const related = [...root(el).querySelectorAll<HTMLButtonElement>('.related-block button')];
    const housing = related.find((b) => /hébergement|dormir|logement/i.test(b.textContent!));
    expect(housing, related.map((b) => b.textContent!.trim()).join(' | ')).to.exist;
    housing!.click();
    const opened = root(el).querySelector<HTMLDetailsElement>('.answer[open]')!;
    expect(opened).to.exist;
    expect(root(el).activeElement).to.equal(opened.querySelector('summary'));
  });

  it('marks uncertain answers "à confirmer" with the reason', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const uncertain = [...root(el).querySelectorAll('.answer')].filter((a) =>
      a.querySelector('.caution'),
    );
    expect(uncertain.length).to.be.greaterThan(0);
    for (const answer of uncertain)
      expect(answer.querySelector('.caution')!.textContent).to.match(/À confirmer — \S/);
  });
});
