import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { configurations } from '../../demo/configurations.js';
import { LOCALES } from '../../src/localization/locales.js';

const THEMES = ['light', 'dark'];

describe('axe on every demo configuration, in each locale, light and dark', () => {
  for (const { title, attributes } of configurations) {
    for (const lang of LOCALES) {
      for (const theme of THEMES) {
        if (attributes.theme && attributes.theme !== theme) continue;
        it(`has no violation: ${title} (${lang}, ${theme})`, async () => {
          const el = document.createElement('vif-help');
          for (const [name, value] of Object.entries({ theme, ...attributes, lang }))
            el.setAttribute(name, value);
          const mounted = await fixture<VifHelp>(el);
          await waitUntil(
            () => mounted.shadowRoot?.querySelector('.root')?.getAttribute('lang') === lang,
          );
          await expect(mounted).to.be.accessible();
        });
      }
    }
  }
});

describe('axe with everything a resident can open', () => {
  for (const lang of LOCALES) {
    it(`has no violation: Lille, every disclosure open, a situation chosen (${lang})`, async () => {
      const el = document.createElement('vif-help');
      el.setAttribute('commune', '59350');
      el.setAttribute('lang', lang);
      const mounted = await fixture<VifHelp>(el);
      await waitUntil(
        () => mounted.shadowRoot?.querySelector('.root')?.getAttribute('lang') === lang,
      );
      const root = mounted.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[role="group"] button[aria-pressed]')!.click();
      for (let round = 0; round < 4; round += 1) {
        await mounted.updateComplete;
        for (const button of root.querySelectorAll<HTMLButtonElement>(
          'button[aria-expanded="false"]',
        ))
          button.click();
      }
      await mounted.updateComplete;
      expect(root.querySelector('.protect')).to.exist;
      expect(root.querySelector('.card-details:not([hidden])')).to.exist;
      await expect(mounted).to.be.accessible();
    });
  }
});
