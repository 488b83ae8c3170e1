import { expect, fixture, html } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';

describe('<vif-help> light-DOM fallback', () => {
  it('hides the no-JavaScript fallback once the widget renders', async () => {
    const el = await fixture<VifHelp>(
      html`<vif-help commune="59350"><p id="fallback">En danger : 17 ou 112</p></vif-help>`,
    );
    const fallback = el.querySelector('#fallback') as HTMLElement;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });
});
