import { expect, fixture, html } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { ANSWERS } from '../../src/data/generated/data.js';
import { accessibleName, part, typeInto } from '../support/user.js';

const question = (id: string) => ANSWERS.find((answer) => answer.id === id)!.question.fr;

describe('<vif-help> an answer that covers a question no contact covers', () => {
  it('« je n’ai plus d’argent » lists the emergency financial aid first among the results, one tap from its text', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await typeInto(el, 'je n’ai plus d’argent');
    // Answers load after the first keystroke: wait until the results show it.
    const name = question('aide-universelle-urgence');
    const find = () =>
      [...part(el, 'list').querySelectorAll<HTMLButtonElement>('button[aria-expanded]')].find(
        (button) => accessibleName(button) === name,
      );
    for (let tries = 0; !find() && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
    }
    const button = find();
    expect(button, `a button named «${name}» in the results`).to.exist;
    // It comes before any number: the first thing of the results.
    const firstControl = part(el, 'list').querySelector('a, button');
    expect(firstControl).to.equal(button);
    expect(button!.getAttribute('aria-expanded')).to.equal('false');
    button!.click();
    await el.updateComplete;
    expect(button!.getAttribute('aria-expanded')).to.equal('true');
    const text = el.shadowRoot!.getElementById(button!.getAttribute('aria-controls')!)!;
    expect(text.textContent).to.contain('CAF');
  });

  it('keeps the numbers first when contacts cover the query', async () => {
    const el = await fixture<VifHelp>(html`<vif-help commune="59350"></vif-help>`);
    await typeInto(el, 'mon mari me frappe');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    const firstControl = part(el, 'list').querySelector('a, button');
    expect(firstControl?.tagName).to.equal('A');
  });
});
