import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

test('with the reader’s text size at 200 %, the text doubles and everything stays reachable', async () => {
  const { page, context } = await harness.open('/', { viewport: { width: 640, height: 800 } });
  const sizeOf = () =>
    page.evaluate(() => {
      const root = document.querySelector('vif-help').shadowRoot.querySelector('.root');
      return {
        font: parseFloat(getComputedStyle(root).fontSize),
        overflow: root.scrollWidth - root.clientWidth,
      };
    });
  assert.deepEqual(await sizeOf(), { font: 16, overflow: 0 });
  // Chromium's "font size" setting, as a reader would change it: `medium` follows it.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.waitForFunction(
    () =>
      getComputedStyle(document.querySelector('vif-help').shadowRoot.querySelector('.root'))
        .fontSize === '32px',
  );
  assert.deepEqual(await sizeOf(), { font: 32, overflow: 0 });
  assert.ok(
    await page.locator('vif-help').locator('[part~="emergency"] a[href="tel:17"]').isVisible(),
  );
  await context.close();
});
