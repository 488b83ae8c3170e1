import { expect, fixture } from '@open-wc/testing';
import '../../src/vif-help.js';
import type { VifHelp } from '../../src/vif-help.js';
import { configurations } from '../../demo/configurations.js';

describe('axe on every demo configuration', () => {
  for (const { title, attributes } of configurations) {
    it(`has no violation: ${title}`, async () => {
      const el = document.createElement('vif-help');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const mounted = await fixture<VifHelp>(el);
      await expect(mounted).to.be.accessible();
    });
  }
});
