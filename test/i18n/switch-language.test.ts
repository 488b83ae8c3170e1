import { restoreLang } from '../support/lang.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { buttonByName, headings, part, root } from '../support/user.js';

/** A partner's contact written in French only, as partner data often is. */
const FRENCH_ONLY = {
  id: 'association-partenaire',
  name: { fr: 'Association partenaire' },
  summary: { fr: 'Écoute et accompagnement, sur rendez-vous.' },
  description: { fr: 'Écoute et accompagnement des victimes.' },
  categories: ['ecoute'],
  audiences: ['tous'],
  channels: [{ type: 'tel', number: '0320572794' }],
  scope: { type: 'metropole' },
  sources: [{ url: 'https://partenaire.example/', title: 'Site', date: '2026-10-01' }],
  confidence: 'high',
  status: 'published',
};

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
    el.contacts = [FRENCH_ONLY];
    await waitUntil(() => root(el).querySelector('[data-contact="association-partenaire"]'));
    expect(rootOf(el).getAttribute('dir')).to.equal('rtl');
    // Everything open: the partner's French texts, the addresses of places.
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
    el.contacts = [FRENCH_ONLY];
    await waitUntil(() => root(el).querySelector('[data-contact="association-partenaire"]'));
    expect(rootOf(el).getAttribute('lang')).to.equal('en');
    const card = root(el).querySelector('[data-contact="association-partenaire"]')!;
    expect(card.querySelector('.card-name [lang="fr"]')?.textContent).to.equal(
      'Association partenaire',
    );
    expect(card.querySelector('.card-summary [lang="fr"]')?.getAttribute('dir')).to.equal('ltr');

    // The answers are translated: question and body in English, with no French marked inside.
    buttonByName(el, /^Your questions/).click();
    // The answers load on first use.
    await waitUntil(() => root(el).querySelector('#questions .answer-question'));
    const question = root(el).querySelector<HTMLButtonElement>('#questions .answer-question')!;
    question.click();
    await el.updateComplete;
    const body = root(el).getElementById(question.getAttribute('aria-controls')!)!;
    expect(body.querySelector(':scope > div[lang]')?.getAttribute('lang')).to.equal('en');
    expect(body.querySelector('[lang="fr"]')).to.equal(null);
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
