// A 320 px wide viewport (WCAG reflow): the widgets, whatever their configuration and whatever a
// resident opens in them, never make the page scroll sideways, nor push content out of sight.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoTrouble, startHarness } from './support.mjs';
import { openEverything } from '../support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const VIEWPORT = { width: 320, height: 640 };

/**
 * In the page: how far the page scrolls sideways, and the elements of the widgets that reach
 * beyond the viewport's left or right edge (content that would be cut off or need scrolling).
 */
function sidewaysOverflow() {
  const outside = [];
  for (const [index, widget] of [...document.querySelectorAll('vif-help')].entries()) {
    for (const element of widget.shadowRoot.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden, or not rendered
      if (rect.left < -0.5 || rect.right > innerWidth + 0.5) {
        const name = `${element.localName}${element.className ? `.${element.className}` : ''}`;
        outside.push(`widget ${index}: ${name} ${Math.round(rect.left)}…${Math.round(rect.right)}`);
      }
    }
  }
  return {
    scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    outside: outside.slice(0, 10),
  };
}

const NONE = { scroll: 0, outside: [] };

describe('a 320 px wide viewport', () => {
  test('the measure sees a page that scrolls sideways (control)', async () => {
    const { page, context } = await harness.open('/hostile/narrow.html', { viewport: VIEWPORT });
    assert.deepEqual(await page.evaluate(sidewaysOverflow), NONE);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '400px';
      wide.style.height = '1px';
      document.body.append(wide);
    });
    assert.ok((await page.evaluate(sidewaysOverflow)).scroll > 0);
    await context.close();
  });

  test('five configurations, then everything a resident can open: no sideways scroll', async () => {
    const { page, context, problems } = await harness.open('/hostile/narrow.html', {
      viewport: VIEWPORT,
    });
    const steps = { loaded: await page.evaluate(sidewaysOverflow) };
    const lille = page.locator('vif-help').first();

    await lille.getByRole('button', { name: 'Changer de commune' }).click();
    steps.picker = await page.evaluate(sidewaysOverflow);
    await lille.getByRole('searchbox').fill('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz');
    steps.noResult = await page.evaluate(sidewaysOverflow);
    await lille.getByRole('searchbox').fill('hebergement');
    steps.related = await page.evaluate(sidewaysOverflow);
    await lille.getByRole('searchbox').fill('');
    await lille.locator('[role="group"] button[aria-pressed]').first().click();
    steps.situation = await page.evaluate(sidewaysOverflow);
    await openEverything(lille);
    steps.answers = await page.evaluate(sidewaysOverflow);
    await lille.getByRole('checkbox', { name: 'Ouvert maintenant' }).check();
    steps.openNow = await page.evaluate(sidewaysOverflow);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#host-content').click();
    await page.keyboard.press('Tab'); // the "quit this site" link, shown when focused
    assert.equal(
      await page.evaluate(() =>
        document
          .querySelector('vif-help')
          .shadowRoot.activeElement?.classList.contains('secondary-exit'),
      ),
      true,
    );
    steps.skipLinkFocused = await page.evaluate(sidewaysOverflow);

    assert.deepEqual(steps, {
      loaded: NONE,
      picker: NONE,
      noResult: NONE,
      related: NONE,
      situation: NONE,
      answers: NONE,
      openNow: NONE,
      skipLinkFocused: NONE,
    });
    await assertNoTrouble(page, problems);
    await context.close();
  });

  test('in English and in Arabic too', async () => {
    const { page, context, problems } = await harness.open('/hostile/narrow.html', {
      viewport: VIEWPORT,
    });
    for (const lang of ['en', 'ar']) {
      await page.evaluate((value) => {
        document.documentElement.lang = value;
      }, lang);
      await page.waitForFunction(
        (value) =>
          [...document.querySelectorAll('vif-help')].every(
            (widget) => widget.shadowRoot.querySelector('.root').lang === value,
          ),
        lang,
      );
      assert.deepEqual(await page.evaluate(sidewaysOverflow), NONE, lang);
    }
    await assertNoTrouble(page, problems);
    await context.close();
  });
});
