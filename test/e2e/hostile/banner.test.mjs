// A host page with a sticky header and a cookie banner, both with huge z-indexes, and the widget
// in the middle of a long page: the quick exit stays reachable (visible and clickable) as the
// page scrolls, and leaving covers everything, the banner and the header included.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_URL, assertNoTrouble, pressShift, probeLinks, startHarness } from './support.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const VIEWPORT = { width: 800, height: 700 };

/**
 * Scrolls so that the widget's top edge is `offset` px below the top of the viewport (negative:
 * scrolled past it), then probes the quick exit.
 */
async function exitAt(page, offset) {
  await page.evaluate(async (y) => {
    const top = document.querySelector('vif-help').getBoundingClientRect().top + scrollY;
    window.scrollTo(0, top - y);
    // What a resident sees: the frames after the scroll, once the page has reacted to it.
    for (let frame = 0; frame < 3; frame += 1) await new Promise(requestAnimationFrame);
  }, offset);
  const [exit] = await page.evaluate(probeLinks, {
    index: 0,
    linkSelector: '[part~="exit"]',
    parts: [],
  });
  return exit;
}

describe('a sticky header and a cookie banner with huge z-indexes', () => {
  test('where the widget comes into view, the quick exit is visible and takes a real click', async () => {
    const { page, context, problems } = await harness.open('/hostile/banner.html', {
      viewport: VIEWPORT,
    });
    const exit = await exitAt(page, 300);
    assert.equal(exit.visible, true);
    assert.equal(exit.inViewport, true);
    assert.equal(exit.reachable, true, `under the pointer: ${exit.topmost}`);
    await Promise.all([page.waitForURL(EXIT_URL), page.mouse.click(exit.centre.x, exit.centre.y)]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('scrolled down into the widget, the quick exit stays visible and clickable, not under the header', async () => {
    const { page, context } = await harness.open('/hostile/banner.html', { viewport: VIEWPORT });
    const height = await page.evaluate(
      () => document.querySelector('vif-help').getBoundingClientRect().height,
    );
    assert.ok(height > 2 * VIEWPORT.height, `the widget (${height} px) is longer than two screens`);
    for (const offset of [-200, -VIEWPORT.height, -(height - VIEWPORT.height)]) {
      const exit = await exitAt(page, offset);
      assert.equal(exit.visible, true, `scrolled ${-offset} px into the widget`);
      assert.equal(exit.inViewport, true, `scrolled ${-offset} px into the widget`);
      assert.equal(
        exit.reachable,
        true,
        `scrolled ${-offset} px into the widget, under the pointer: ${exit.topmost}`,
      );
    }
    const exit = await exitAt(page, -VIEWPORT.height);
    await Promise.all([page.waitForURL(EXIT_URL), page.mouse.click(exit.centre.x, exit.centre.y)]);
    await context.close();
  });

  test('scrolled into the widget, leaving by Shift×3 covers the page, banner and header included', async () => {
    const { page, context, problems } = await harness.open('/hostile/banner.html', {
      viewport: VIEWPORT,
      exit: 'abort',
    });
    await exitAt(page, -VIEWPORT.height);
    assert.equal(await page.locator('#cookie-banner').isVisible(), true);
    assert.equal(await page.locator('#site-header').isVisible(), true);
    await pressShift(page, 3);
    await page.waitForFunction(() => document.querySelector('html > [role="alert"]'));
    const covered = await page.evaluate(() => {
      const overlay = document.querySelector('html > [role="alert"]');
      const points = [
        [innerWidth / 2, 10],
        [innerWidth / 2, innerHeight / 2],
        [innerWidth / 2, innerHeight - 10],
        [10, 10],
        [innerWidth - 10, innerHeight - 10],
      ];
      return points.every(([x, y]) => document.elementFromPoint(x, y) === overlay);
    });
    assert.equal(covered, true, 'the overlay is on top at the top, centre and bottom');
    assert.equal(await page.locator('#cookie-banner').isVisible(), false);
    assert.equal(await page.locator('#site-header').isVisible(), false);
    await assertNoTrouble(page, problems);
    await context.close();
  });
});
