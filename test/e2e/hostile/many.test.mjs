// Twenty instances on one page (communes found, unknown, ambiguous and absent; both views; three
// languages): all render, they share one keyup listener on document (counted by a wrapped
// addEventListener the page installs before the widget loads), one Shift×3 leaves once, and
// the listener lives exactly as long as an instance with the quick exit is connected.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emergencyHrefsOf,
  TEMPLATE_TAGS,
  assertNoTrouble,
  inspectWidgets,
  pressShift,
  startHarness,
} from './support.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const listeners = (page) =>
  page.evaluate(() => ({ live: window.keyupListeners(), adds: window.keyupAdds }));
const isExitPage = (url) => url.startsWith('https://exit.test/');

describe('twenty widgets on one page', () => {
  test('all render, with the five emergency numbers, one language and one keyup listener', async () => {
    const { page, context, problems } = await harness.open('/hostile/many.html');
    const widgets = await page.evaluate(inspectWidgets, { allowedTags: TEMPLATE_TAGS });
    assert.equal(widgets.length, 20);
    widgets.forEach((widget, index) => {
      assert.equal(widget.rendered, true, `widget ${index + 1} rendered`);
      assert.deepEqual(widget.emergency, emergencyHrefsOf(widget), `widget ${index + 1}`);
      assert.deepEqual(widget.strayTags, [], `widget ${index + 1}`);
      assert.equal(widget.exitHref === null, index === 9, `widget ${index + 1}: quick exit`);
    });
    // @lit/localize holds one language per page: every root says the same, consistently.
    const languages = new Set(widgets.map((widget) => `${widget.lang}/${widget.dir}`));
    assert.equal(languages.size, 1, [...languages].join(' '));
    assert.match([...languages][0], /^(fr\/ltr|en\/ltr|ar\/rtl)$/);
    // The unknown commune and the two ambiguous postal codes each show their notice.
    assert.match(widgets[5].notice, /Paris|باريس/);
    assert.match(widgets[6].notice, /59160/);
    assert.match(widgets[19].notice, /59112/);
    assert.deepEqual(await listeners(page), { live: 1, adds: 1 });
    await assertNoTrouble(page, problems);
    await context.close();
  });

  test('one Shift×3 leaves once, for one exit page', async () => {
    const { page, context, requests, problems } = await harness.open('/hostile/many.html', {
      exit: 'abort',
    });
    const leaving = page.waitForRequest((request) => isExitPage(request.url()));
    await pressShift(page, 3);
    await leaving;
    await page.waitForTimeout(300);
    const exits = await page.evaluate(() => window.exits);
    assert.equal(exits.length, 1, exits.join(' '));
    assert.deepEqual(requests.filter(isExitPage), exits);
    assert.equal(await page.locator('html > [role="alert"]').count(), 1);
    await assertNoTrouble(page, problems);
    await context.close();
  });

  test('the listener lives while an instance with the quick exit is connected, and only then', async () => {
    const { page, context, problems } = await harness.open('/hostile/many.html');
    const steps = {};
    // Moving every widget elsewhere (disconnect, reconnect) keeps one listener.
    await page.evaluate(() => {
      const elsewhere = document.getElementById('elsewhere');
      for (const widget of document.querySelectorAll('vif-help')) elsewhere.append(widget);
    });
    steps.moved = await listeners(page);
    // Turning the quick exit off everywhere removes it; on again in one widget brings it back.
    await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('vif-help')];
      for (const widget of widgets) widget.setAttribute('quick-exit', 'off');
      await Promise.all(widgets.map((widget) => widget.updateComplete));
    });
    steps.allOff = await listeners(page);
    await page.evaluate(async () => {
      const widget = document.querySelectorAll('vif-help')[7];
      widget.setAttribute('quick-exit', 'on');
      await widget.updateComplete;
    });
    steps.oneOn = await listeners(page);
    // Removing every widget leaves nothing behind; Shift×3 then does nothing.
    await page.evaluate(() => {
      window.removed = [...document.querySelectorAll('vif-help')];
      for (const widget of window.removed) widget.remove();
    });
    steps.removed = await listeners(page);
    await pressShift(page, 3);
    steps.exitsWhileRemoved = await page.evaluate(() => window.exits.length);
    // Putting them back brings one listener back.
    await page.evaluate(async () => {
      document.getElementById('widgets').append(...window.removed);
      await Promise.all(window.removed.map((widget) => widget.updateComplete));
    });
    steps.back = await listeners(page);
    assert.deepEqual(
      {
        moved: steps.moved.live,
        allOff: steps.allOff.live,
        oneOn: steps.oneOn.live,
        removed: steps.removed.live,
        exitsWhileRemoved: steps.exitsWhileRemoved,
        back: steps.back.live,
      },
      { moved: 1, allOff: 0, oneOn: 1, removed: 0, exitsWhileRemoved: 0, back: 1 },
    );
    await assertNoTrouble(page, problems);
    await context.close();
  });
});
