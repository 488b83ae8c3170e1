import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { dataText } from '../../src/components/vif-help/contact-card.js';

/** What a template renders into a fresh element. */
function rendered(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

const marked = (host: HTMLElement) =>
  [...host.querySelectorAll('span[lang="fr"][dir="ltr"]')].map((span) => span.textContent);

describe('texts of the data in an Arabic page', () => {
  it('marks the French names an Arabic translation keeps as French, left to right', () => {
    const host = rendered(
      dataText({ fr: 'Mairie de Lille', ar: "دار البلدية (Mairie d'Hellemmes-Lille)" }, 'ar'),
    );
    expect(marked(host)).to.deep.equal(["Mairie d'Hellemmes-Lille"]);
    expect(host.textContent).to.equal("دار البلدية (Mairie d'Hellemmes-Lille)");
  });

  it('marks each French run apart, and leaves an all-Arabic text as it is', () => {
    const host = rendered(
      dataText(
        {
          fr: 'Lieu d’accès au droit',
          ar: 'مكان للوصول إلى القانون (maison de justice et du droit، point-justice)',
        },
        'ar',
      ),
    );
    expect(marked(host)).to.deep.equal(['maison de justice et du droit', 'point-justice']);
    expect(marked(rendered(dataText({ fr: 'Mairie', ar: 'البلدية' }, 'ar')))).to.deep.equal([]);
    // A spaced dash inside a name keeps the name whole, so its parts keep their order.
    const name = 'مركز الشرطة (Commissariat de police de Lille - Euralille)';
    expect(marked(rendered(dataText({ fr: 'x', ar: name }, 'ar')))).to.deep.equal([
      'Commissariat de police de Lille - Euralille',
    ]);
  });

  it('marks a French fallback as a whole, and nothing in a French or English page', () => {
    expect(marked(rendered(dataText({ fr: 'Mairie de Lille' }, 'ar')))).to.deep.equal([
      'Mairie de Lille',
    ]);
    const english = rendered(dataText({ fr: 'Mairie', en: 'Town hall (Mairie de Lille)' }, 'en'));
    expect(english.querySelector('span')).to.equal(null);
  });
});
