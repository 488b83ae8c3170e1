import { restoreLang } from '../support/lang.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { buttonByName, headings, part, root } from '../support/user.js';

const exitName = (el: VifHelp) => part(el, 'exit').textContent!.replace(/\s+/g, ' ').trim();
const rootOf = (el: VifHelp) => root(el).querySelector('.root')!;

describe('<vif-help> languages', () => {
  const originalLang = document.documentElement.getAttribute('lang');
  afterEach(() => restoreLang(originalLang));

  it('follows its lang attribute, and the accessible names change with it', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350" lang="fr"></vif-help>`);
    await waitUntil(() => rootOf(el).getAttribute('lang') === 'fr');
    expect(exitName(el)).to.equal('Sortie de sécurité : Quitter rapidement');
    expect(rootOf(el).getAttribute('dir')).to.equal('ltr');

    el.setAttribute('lang', 'en');
    await waitUntil(() => rootOf(el).getAttribute('lang') === 'en', 'switches to English');
    expect(exitName(el)).not.to.contain('Quitter');
    expect(headings(el).map((h) => h.text)).not.to.include('En danger maintenant');

    el.setAttribute('lang', 'ar');
    await waitUntil(
      () => rootOf(el).getAttribute('dir') === 'rtl',
      'switches to Arabic, right to left',
    );
    expect(rootOf(el).getAttribute('lang')).to.equal('ar');
    expect(exitName(el)).to.match(/[\u0600-\u06ff]/);
  });

  it('keeps numbers and postal codes left to right in Arabic', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350" lang="ar"></vif-help>`);
    await waitUntil(() => rootOf(el).getAttribute('dir') === 'rtl');
    const digits = [...part(el, 'emergency').querySelectorAll('bdi')];
    expect(digits.length).to.equal(6);
    for (const d of digits) expect(d.getAttribute('dir')).to.equal('ltr');
  });

  it('gives French shown inside Arabic its own direction, so its punctuation stays at its end', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350" lang="ar"></vif-help>`);
    await waitUntil(() => rootOf(el).getAttribute('dir') === 'rtl');
    // Everything open, answers included: their bodies are still French only.
    for (let round = 0; round < 3; round += 1) {
      for (const button of root(el).querySelectorAll<HTMLButtonElement>('[aria-expanded="false"]'))
        button.click();
      await el.updateComplete;
    }
    const french = [...root(el).querySelectorAll('[lang="fr"]')];
    expect(french.length).to.be.greaterThan(0);
    expect(
      french.filter((node) => node.getAttribute('dir') !== 'ltr').map((n) => n.textContent),
    ).to.deep.equal([]);
  });

  it('marks data text that has no translation with its real language', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350" lang="en"></vif-help>`);
    await waitUntil(() => rootOf(el).getAttribute('lang') === 'en');
    buttonByName(el, /^Your questions|^Vos questions/).click();
    await el.updateComplete;
    const question = root(el).querySelector<HTMLButtonElement>('#questions .answer-question')!;
    question.click();
    await el.updateComplete;
    const body = root(el).getElementById(question.getAttribute('aria-controls')!)!;
    // The answers' bodies are not translated yet: shown in French, and marked so.
    expect(body.querySelector('[lang="fr"]')?.textContent).to.match(/\S/);
    expect(question.querySelector('[lang]')).to.equal(null);
  });

  it('takes <html lang> when neither the element nor its ancestors say', async () => {
    document.documentElement.setAttribute('lang', 'ar');
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await waitUntil(() => rootOf(el).getAttribute('lang') === 'ar');
    document.documentElement.setAttribute('lang', 'fr-FR');
    await waitUntil(
      () => rootOf(el).getAttribute('lang') === 'fr',
      'follows a change of <html lang>',
    );
  });
});
