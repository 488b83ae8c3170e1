import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { configurations } from '../../demo/configurations.js';

const LOCALES = ['fr', 'en', 'ar'];
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
