// The script included twice by two URLs (two module instances), and a page whose own scripts ran
// first: its own custom element, globals named like the widget's and Lit's, a monkey-patched
// Array.prototype.find. The widgets render and work, and nothing of the page is overwritten.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emergencyHrefsOf,
  EXIT_URL,
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

/** Counts vif-exit events reaching the document, from now on. */
const countExits = (page) =>
  page.evaluate(() => {
    window.exits = 0;
    document.addEventListener('vif-exit', () => {
      window.exits += 1;
    });
  });

describe('the script included twice, by /dist/vif-help.js and /dist/vif-help.js?v=2', () => {
  test('both copies run, every widget renders, and Shift×3 leaves once', async () => {
    const { page, context, requests, origin } = await harness.open('/hostile/twice.html', {
      exit: 'abort',
    });
    assert.ok(requests.includes(`${origin}/dist/vif-help.js`));
    assert.ok(requests.includes(`${origin}/dist/vif-help.js?v=2`));
    const widgets = await page.evaluate(inspectWidgets, { allowedTags: TEMPLATE_TAGS });
    assert.equal(widgets.length, 3);
    for (const widget of widgets) {
      assert.equal(widget.rendered, true);
      assert.deepEqual(widget.emergency, emergencyHrefsOf(widget));
    }
    await countExits(page);
    await pressShift(page, 3);
    await page.waitForFunction(() => window.exits > 0);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.exits), 1);
    assert.equal(requests.filter((url) => url === EXIT_URL).length, 1);
    await context.close();
  });

  test('no uncaught exception and no CSP violation', async () => {
    const { page, context, problems } = await harness.open('/hostile/twice.html');
    await page.waitForTimeout(100);
    await assertNoTrouble(page, problems);
    await context.close();
  });
});

describe('a page that defined its own elements and globals before the widget loaded', () => {
  let shared;
  before(async () => {
    shared = await harness.open('/hostile/globals.html');
  });
  after(() => shared.context.close());

  test('no uncaught exception, no CSP violation, and the widgets render', async () => {
    const { page, problems } = shared;
    await assertNoTrouble(page, problems);
    const widgets = await page.evaluate(inspectWidgets, { allowedTags: TEMPLATE_TAGS });
    assert.equal(widgets.length, 2);
    for (const widget of widgets) {
      assert.equal(widget.rendered, true);
      assert.deepEqual(widget.emergency, emergencyHrefsOf(widget));
      assert.deepEqual(widget.strayTags, []);
    }
  });

  test("the page's element, globals and registry wrapper are untouched; the widget defined itself once", async () => {
    const state = await shared.page.evaluate(() => ({
      xHost: document.getElementById('x-host').textContent,
      xHostClass: customElements.get('x-host') === window.XHost,
      lit: window.Lit,
      litFrozen: Object.isFrozen(window.Lit),
      vifHelp: window.VifHelp,
      amd: typeof window.define === 'function' && typeof window.define.amd === 'object',
      litHtmlVersions0: Array.isArray(window.litHtmlVersions) && window.litHtmlVersions[0],
      defined: window.definedElements,
      findPatched: Object.prototype.propertyIsEnumerable.call(Array.prototype, 'find'),
    }));
    assert.deepEqual(state, {
      xHost: 'x-host prêt',
      xHostClass: true,
      lit: { version: 'the page’s own' },
      litFrozen: true,
      vifHelp: { owner: 'page' },
      amd: true,
      litHtmlVersions0: '2.8.0',
      defined: ['x-host', 'vif-help'],
      findPatched: true,
    });
  });

  test("the widget works through the page's Array.prototype.find", async () => {
    const { page, problems } = shared;
    const before = await page.evaluate(() => window.findCalls);
    assert.ok(before > 0, 'the widget called the patched find while rendering');
    const widget = page.locator('vif-help').first();
    await widget.getByRole('searchbox').fill('enfant');
    await widget.locator('[part~="contact"]').filter({ hasText: '119' }).first().waitFor();
    await widget.getByRole('searchbox').fill('');
    await widget.locator('[role="group"] button[aria-pressed]').first().click();
    await widget.locator('.situation-panel').waitFor();
    assert.ok((await page.evaluate(() => window.findCalls)) > before);
    await assertNoTrouble(page, problems);
  });

  test('Shift×3 leaves', async () => {
    const { page } = shared;
    await Promise.all([page.waitForURL(EXIT_URL), pressShift(page, 3)]);
  });
});

describe('the script with chunks, loaded by other addresses', () => {
  /** Opens a page, opens everything that loads a chunk, and checks that nothing went wrong. */
  async function openAndUse(path) {
    const opened = await harness.open(path, { exit: 'abort' });
    const { page, problems } = opened;
    await page.evaluate(() =>
      Promise.all([...document.querySelectorAll('vif-help')].map((el) => el.updateComplete)),
    );
    const widget = page.locator('vif-help').first();
    await widget.getByRole('searchbox').fill('enfant');
    await widget.locator('[part~="contact"]').filter({ hasText: '119' }).first().waitFor();
    await widget.getByRole('button', { name: /Vos questions/ }).click();
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
    await assertNoTrouble(page, problems);
    return opened;
  }

  test('vif-help.js?v=2 alone: its chunks reach the copy that runs, the widget works', async () => {
    const { page, context, requests, origin } = await openAndUse('/hostile/query-only.html');
    const widgets = await page.evaluate(inspectWidgets, { allowedTags: TEMPLATE_TAGS });
    assert.equal(widgets.length, 1);
    assert.deepEqual(widgets[0].emergency, emergencyHrefsOf(widgets[0]));
    assert.ok(requests.some((url) => url.startsWith(`${origin}/dist/chunks/rest-`)));
    await context.close();
  });

  test('two folders: one copy runs with its own chunks, the other loads none', async () => {
    const { page, context, requests, origin } = await openAndUse('/hostile/two-folders.html');
    const widgets = await page.evaluate(inspectWidgets, { allowedTags: TEMPLATE_TAGS });
    assert.equal(widgets.length, 2);
    for (const widget of widgets) assert.deepEqual(widget.emergency, emergencyHrefsOf(widget));
    const chunks = requests.filter((url) => url.includes('/chunks/'));
    assert.ok(chunks.length > 0);
    assert.ok(
      chunks.every((url) => url.startsWith(`${origin}/dist/1/chunks/`)),
      chunks.join('\n'),
    );
    await context.close();
  });
});
