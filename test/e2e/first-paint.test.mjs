// The first screen before Lit arrives (issue 23): the entry draws the quick exit, the numbers and
// the search field with plain DOM, under the strict CSP with Trusted Types; the element then takes
// over without a shift, keeping what a resident typed and where focus was. The element's chunk is
// held back here until the test lets it through, as on a slow network.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

/**
 * Opens the builder's snippet page with the element's chunk and the rest of the full view held
 * back: `arrived` lets the element load and waits for its first frame; `loaded` lets the rest
 * load and waits for the full view.
 */
async function openHeldBack({ lang, viewport } = {}) {
  const gates = {};
  const held = Object.fromEntries(
    ['element', 'rest'].map((name) => [name, new Promise((resolve) => (gates[name] = resolve))]),
  );
  const opened = await harness.open('/snippet.html', {
    settle: false,
    viewport,
    beforeGoto: async (page) => {
      await page.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const name of ['element', 'rest'])
        await page.route(new RegExp(`/dist/chunks/${name}-`), async (route) => {
          await held[name];
          await route.continue();
        });
      if (lang)
        await page.route(/\/snippet\.html$/, async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace('<vif-help ', `<vif-help lang="${lang}" `);
          await route.fulfill({ response, body });
        });
    },
  });
  const { page } = opened;
  /** The shifts since the element was let through, once it has drawn two frames. */
  const arrived = async () => {
    const from = await page.evaluate(() => window.shifts.length);
    gates.element();
    await page.evaluate(async () => {
      await customElements.whenDefined('vif-help');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    return page.evaluate((start) => window.shifts.slice(start), from);
  };
  const loaded = async () => {
    gates.rest();
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
  };
  return { ...opened, arrived, loaded };
}

const isDefined = (page) => page.evaluate(() => customElements.get('vif-help') !== undefined);

test('before the element arrives, 17, SMS 114 and 3919 are links on screen, with the quick exit', async () => {
  const { page, context, problems, arrived, loaded } = await openHeldBack({
    viewport: { width: 360, height: 740 },
  });
  const widget = page.locator('vif-help');
  assert.equal(await isDefined(page), false, 'the element has not arrived');
  const emergency = widget.locator('[part~="emergency"]');
  for (const [name, href] of [
    [/^17 Police ou gendarmerie/, 'tel:17'],
    [/^SMS 114/, 'sms:114'],
    [/^3919/, 'tel:3919'],
  ]) {
    const link = emergency.getByRole('link', { name });
    assert.equal(await link.getAttribute('href'), href);
    assert.equal(await link.isVisible(), true, href);
    const box = await link.boundingBox();
    assert.ok(
      box && box.y + box.height <= 740,
      `${href} in the first view: ${JSON.stringify(box)}`,
    );
  }
  assert.equal(
    await widget.locator('[part~="exit"]').getAttribute('href'),
    'https://meteofrance.com/',
  );
  assert.equal(
    await widget
      .getByRole('searchbox', { name: 'Trouver de l’aide près de chez vous' })
      .isVisible(),
    true,
  );
  // The page's own fallback is hidden at once by the drawing.
  assert.equal(await page.locator('vif-help > p').isVisible(), false);
  await arrived();
  await loaded();
  assert.deepEqual(problems, [], 'no error, no Trusted Types violation');
  await context.close();
});

test('what a resident typed before the element arrived stays, with focus, and nothing moves', async () => {
  const { page, context, problems, arrived, loaded } = await openHeldBack();
  const widget = page.locator('vif-help');
  const field = widget.getByRole('searchbox', { name: 'Trouver de l’aide près de chez vous' });
  await field.fill('hebergement');
  const shifts = await arrived();
  assert.ok(
    shifts.reduce((sum, value) => sum + value, 0) <= 0.02,
    `shifts at takeover: ${JSON.stringify(shifts)}`,
  );
  assert.equal(await isDefined(page), true);
  assert.equal(await widget.getByRole('searchbox').count(), 1, 'one field, the element’s');
  assert.equal(await field.inputValue(), 'hebergement');
  assert.equal(
    await page.evaluate(() =>
      document.querySelector('vif-help').shadowRoot.activeElement?.getAttribute('part'),
    ),
    'search',
  );
  // The element searched what was typed, once its directory has loaded.
  await loaded();
  await widget.locator('[part~="contact"]').filter({ hasText: '115' }).first().waitFor();
  assert.equal(await widget.locator('[part~="emergency"]').count(), 1, 'one drawing left');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in Arabic, the first screen is drawn right to left in Arabic, and stays so when the element arrives', async () => {
  const { page, context, problems, arrived, loaded } = await openHeldBack({ lang: 'ar' });
  const widget = page.locator('vif-help');
  const root = widget.locator('.root');
  assert.equal(await root.getAttribute('dir'), 'rtl');
  assert.equal(await root.getAttribute('lang'), 'ar');
  assert.match(await widget.locator('[part~="exit"]').innerText(), /[\u0600-\u06ff]/);
  const shifts = await arrived();
  assert.equal(await root.getAttribute('dir'), 'rtl');
  assert.match(await widget.locator('[part~="exit"]').innerText(), /[\u0600-\u06ff]/);
  await loaded();
  assert.ok(shifts.reduce((sum, value) => sum + value, 0) <= 0.02, JSON.stringify(shifts));
  assert.deepEqual(problems, []);
  await context.close();
});
