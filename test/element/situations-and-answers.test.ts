import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { PATHS } from '../../src/data/generated/data.js';
import {
  buttonByName,
  listedContacts,
  press,
  root,
  statusText,
  typeInto,
} from '../support/user.js';
import { wordCount } from '../../src/directory/excerpt.js';

const needButtons = (el: VifHelp) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('[role="group"] button[aria-pressed]'),
];
const needButton = (el: VifHelp, label: string) => {
  const button = needButtons(el).find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`no situation "${label}"`);
  return button;
};
const shortLabel = (id: string) => {
  const path = PATHS.find((p) => p.id === id)!;
  return (path.short ?? path.label).fr;
};
const panel = (el: VifHelp) => root(el).querySelector<HTMLElement>('.situation-panel');

describe('<vif-help> situations', () => {
  it('offers six situations as toggle buttons, the others one tap further', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    expect(needButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(
      PATHS.slice(0, 6).map((p) => (p.short ?? p.label).fr),
    );
    for (const button of needButtons(el))
      expect(button.getAttribute('aria-pressed')).to.equal('false');
    await press(el, 'Autres situations et questions');
    expect(needButtons(el).length).to.equal(PATHS.length);
  });

  for (const path of PATHS) {
    it(`"${path.label.fr}" opens in place: at most 60 words, every number a link, then its help`, async () => {
      const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
      if (PATHS.indexOf(path) >= 6) await press(el, 'Autres situations et questions');
      const button = needButton(el, shortLabel(path.id));
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      const intro = panel(el)!;
      expect(intro.textContent).to.contain(path.label.fr);
      const paragraph = intro.querySelector('p')!;
      const label = paragraph.querySelector('strong')!.textContent!;
      expect(wordCount(paragraph.textContent!) - wordCount(label)).to.be.at.most(60);
      const digits =
        paragraph.textContent!.match(/\b(116 006|3919|11[2-9]|1[5-9])\b(?! ans)/g) ?? [];
      const linked = [...paragraph.querySelectorAll('a')].map((a) => a.textContent!.trim());
      for (const number of digits) expect(linked, `${number} is a link`).to.include(number);
      expect(intro.querySelectorAll('.answer').length).to.be.at.most(3);
      const narrowed = listedContacts(el);
      expect(narrowed.length, 'keeps some').to.be.greaterThan(0);
      expect(statusText(el)).to.contain(`${narrowed.length} aide`);
      button.click();
      await el.updateComplete;
      expect(panel(el)).to.equal(null);
    });
  }

  it('"Dormir ce soir" puts the 115 first, a link, right under the button', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const button = needButton(el, shortLabel('dormir-ce-soir'));
    button.click();
    await el.updateComplete;
    const first = panel(el)!.querySelector('a')!;
    expect(first.getAttribute('href')).to.equal('tel:115');
    const firstResult = root(el).querySelector('[part~="list"] a')!;
    expect(firstResult.getAttribute('href')).to.equal('tel:115');
  });

  it('has an entry for under-18s that leads to the 119', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    needButton(el, shortLabel('moins-de-18-ans')).click();
    await el.updateComplete;
    const hrefs = [...panel(el)!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:119');
  });

  it('does not point a man to the 3919, which takes women only', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    needButton(el, shortLabel('homme-victime')).click();
    await el.updateComplete;
    const listed = [...root(el).querySelectorAll('[part~="list"] a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(listed).not.to.include('tel:3919');
  });
});

describe('<vif-help> questions', () => {
  it('keeps "Vos questions" as a closed index, each answer opening in place by keyboard', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    const index = buttonByName(el, /^Vos questions \(\d+\)$/);
    expect(index.getAttribute('aria-expanded')).to.equal('false');
    index.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const question = root(el).querySelector<HTMLButtonElement>('#questions .answer-question')!;
    question.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    const body = root(el).getElementById(question.getAttribute('aria-controls')!)!;
    // Where the answer comes from, in the resident's words; nobody "verified" an answer.
    expect(body.textContent).to.match(
      /D'après Service-public\.fr, le site officiel de l'administration, \S+ \d{4}/,
    );
    expect(body.textContent).not.to.match(/vérifiées le|Confirmé/);
    expect(body.querySelector('a[href^="https://"]')).to.exist;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(question.getAttribute('aria-expanded')).to.equal('false');
    expect(location.hash).to.equal('');
  });

  it('shows at most 120 words of an answer, then "Lire la suite"', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await press(el, /^Vos questions/);
    for (const question of root(el).querySelectorAll<HTMLButtonElement>(
      '#questions .answer-question',
    )) {
      question.click();
      await el.updateComplete;
      const body = root(el).getElementById(question.getAttribute('aria-controls')!)!;
      const shown = [...body.querySelectorAll('div[lang] > p')]
        .map((p) => p.textContent!)
        .join(' ');
      expect(wordCount(shown), question.textContent!).to.be.at.most(120);
    }
  });

  it('finds answers by synonym from the search, and opens one where it is', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await typeInto(el, 'dormir');
    const related = [
      ...root(el).querySelectorAll<HTMLButtonElement>('.related-block .answer-question'),
    ];
    const housing = related.find((b) => /hébergement|dormir|logement/i.test(b.textContent!));
    expect(housing, related.map((b) => b.textContent!.trim()).join(' | ')).to.exist;
    housing!.click();
    await el.updateComplete;
    expect(housing!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('marks uncertain answers with one badge and a note written for residents', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await press(el, /^Vos questions/);
    let uncertain = 0;
    for (const question of root(el).querySelectorAll<HTMLButtonElement>(
      '#questions .answer-question',
    )) {
      question.click();
      await el.updateComplete;
      const body = root(el).getElementById(question.getAttribute('aria-controls')!)!;
      const badges = body.querySelectorAll('.badge').length;
      expect(badges).to.be.at.most(1);
      if (badges === 1) {
        uncertain += 1;
        expect(body.querySelector('.resident-note')?.textContent).to.match(/\S/);
      }
    }
    expect(uncertain).to.be.greaterThan(0);
  });
});
