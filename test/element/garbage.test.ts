import { expect, fixture, html } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { part, root } from '../support/user.js';
import { ATTRIBUTES as TABLE } from '../../src/components/vif-help/attributes.js';

/** Every attribute of the widget's table but contacts-src, which fetches (tested apart). */
const ATTRIBUTES = TABLE.map((entry) => entry.attribute).filter((name) => name !== 'contacts-src');
/** Their properties, but `lang`: the platform's own. */
const PROPERTIES = TABLE.filter((entry) => !['lang', 'contacts-src'].includes(entry.attribute)).map(
  (entry) => entry.property,
);
const GARBAGE = [
  '',
  ' ',
  'x'.repeat(50_000),
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<b>hi</b>',
  '0',
  '-1',
  'NaN',
  'null',
  'undefined',
  '{}',
  '59350,59599',
  '\u202e\u0000\uffff',
  '🙂'.repeat(100),
];

describe('<vif-help> with garbage in every attribute', () => {
  it('never throws, renders no markup from the values, and keeps the emergency numbers', async function () {
    // 176 widgets, each drawn, then rendered by the element with its parts loaded: about 8 s on
    // an idle machine of this kind, more on a shared one; the assertions are the same for each.
    this.timeout(60_000);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const originalWarn = console.warn;
    console.warn = () => {};
    try {
      for (const attribute of ATTRIBUTES) {
        for (const value of GARBAGE) {
          const el = await fixture<VifHelp>(html`<vif-help></vif-help>`);
          el.setAttribute(attribute, value);
          await el.updateComplete;
          const label = `${attribute}=${value.slice(0, 20)}`;
          expect(root(el).querySelector('img, script'), label).to.equal(null);
          expect(part(el, 'emergency').querySelector('a[href="tel:17"]'), label).to.exist;
          for (const a of root(el).querySelectorAll('a[href]')) {
            expect(a.getAttribute('href'), label).to.match(/^(https:|tel:|sms:|mailto:)/);
          }
        }
      }
    } finally {
      window.removeEventListener('error', onError);
      console.warn = originalWarn;
    }
    expect(errors).to.deep.equal([]);
  });

  it('accepts garbage set as properties too', async () => {
    const el = await fixture<VifHelp>(html`<vif-help></vif-help>`);
    const originalWarn = console.warn;
    console.warn = () => {};
    try {
      const anyEl = el as unknown as Record<string, unknown>;
      for (const value of [42, {}, [], Symbol.for('x').description, true, Number.NaN]) {
        for (const property of PROPERTIES) {
          anyEl[property] = value;
        }
        await el.updateComplete;
        expect(part(el, 'emergency').querySelector('a[href="tel:17"]')).to.exist;
      }
    } finally {
      console.warn = originalWarn;
    }
  });
});
