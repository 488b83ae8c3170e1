// What a screen reader hears: the result count, "no result", refused data and the quick exit's
// Shift presses reach one polite live region in the page's own DOM, outside every shadow root
// (live regions inside a shadow root are not reliably announced by Chrome and iOS VoiceOver),
// shared by the page's widgets, without touching the host page's layout. Tested by what lands in
// that region, recorded as it changes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';
import { pressShift } from './hostile/support.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const REGION = '[data-vif-help-announcer]';

/** Records every text the live regions of the page receive, in window.heard, from the start. */
const recordAnnouncements = (page) =>
  page.addInitScript((selector) => {
    window.heard = [];
    new MutationObserver((records) => {
      for (const record of records) {
        const target =
          record.target.nodeType === Node.ELEMENT_NODE
            ? record.target
            : record.target.parentElement;
        if (!target?.matches?.(selector)) continue;
        const text = target.textContent.trim();
        if (text) window.heard.push({ text, lang: target.lang, dir: target.dir });
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, REGION);

const heard = (page) => page.evaluate(() => window.heard.map((entry) => entry.text));
/** Waits for the debounce (500 ms) and a margin. */
const quiet = (page) => page.waitForTimeout(900);

describe('announcements', () => {
  test('one region, in <body>, outside the shadow root, taking no room; nothing said on load', async () => {
    const { page, context } = await harness.open('/index.html', {
      beforeGoto: recordAnnouncements,
    });
    const region = await page.evaluate((selector) => {
      const found = [...document.querySelectorAll(selector)];
      const [element] = found;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        count: found.length,
        parent: element.parentElement.localName,
        role: element.getAttribute('role'),
        live: element.getAttribute('aria-live'),
        position: style.position,
        clip: style.clipPath,
        size: [box.width, box.height],
        text: element.textContent,
        scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      };
    }, REGION);
    assert.deepEqual(region, {
      count: 1,
      parent: 'body',
      role: 'status',
      live: 'polite',
      position: 'fixed',
      clip: 'inset(50%)',
      size: [1, 1],
      text: '',
      scrolls: false,
    });
    // The host page's own content stays where it was: the region is not in the flow.
    const hostTop = await page.locator('#host-content').evaluate((p) => p.offsetTop);
    await page.evaluate((selector) => document.querySelector(selector).remove(), REGION);
    assert.equal(await page.locator('#host-content').evaluate((p) => p.offsetTop), hostTop);
    await quiet(page);
    assert.deepEqual(await heard(page), [], 'nothing is said before a resident acts');
    await context.close();
  });

  test('the count once typing settles (not at each key), "no result", and the in-shadow status is silent', async () => {
    const { page, context } = await harness.open('/index.html', {
      beforeGoto: recordAnnouncements,
    });
    const widget = page.locator('vif-help');
    const search = widget.getByRole('searchbox');
    await search.click();
    await page.keyboard.type('avocat', { delay: 80 });
    await quiet(page);
    const count = (
      await widget
        .getByRole('status')
        .filter({ hasText: /aides? trouvées?/ })
        .textContent()
    ).trim();
    assert.deepEqual(await heard(page), [count], 'one announcement for six keys');
    // The count inside the shadow root keeps its role but does not speak a second time.
    assert.equal(
      await widget.getByRole('status').filter({ hasText: count }).getAttribute('aria-live'),
      'off',
    );
    await search.fill('zzqxw');
    await quiet(page);
    assert.match((await heard(page)).at(-1), /^Aucun résultat pour « zzqxw »/);
    await context.close();
  });

  test('the quick exit counts Shift presses aloud, and says when it gave up', async () => {
    const { page, context } = await harness.open('/index.html', {
      beforeGoto: recordAnnouncements,
    });
    await page.locator('#host-content').click();
    await pressShift(page, 1);
    await quiet(page);
    assert.deepEqual(await heard(page), ['Maj : appuyez encore 2 fois pour quitter la page.']);
    // The presses expire after a while: "cancelled" follows.
    await page.waitForFunction(
      (selector) => /annulée/.test(document.querySelector(selector).textContent),
      REGION,
      { timeout: 10000 },
    );
    await context.close();
  });

  test('refused partner data is announced', async () => {
    const { page, context } = await harness.open('/partner.html', {
      beforeGoto: async (tab) => {
        await recordAnnouncements(tab);
        await tab.route('**/partner/contacts.json', (route) =>
          route.fulfill({ contentType: 'application/json', body: '{"contacts": [{"id": 1}]}' }),
        );
      },
    });
    await page.waitForFunction(() => window.heard.length > 0, null, { timeout: 5000 });
    assert.match((await heard(page)).join('\n'), /n’ont pas pu être utilisés/);
    await context.close();
  });

  test('in Arabic, the region speaks Arabic, right to left', async () => {
    const { page, context } = await harness.open('/resident.html?commune=59350&lang=ar', {
      beforeGoto: recordAnnouncements,
    });
    await page.locator('vif-help').getByRole('searchbox').fill('zzqxw');
    await quiet(page);
    const entries = await page.evaluate(() => window.heard);
    assert.equal(entries.length, 1);
    assert.equal(entries[0].lang, 'ar');
    assert.equal(entries[0].dir, 'rtl');
    assert.match(entries[0].text, /zzqxw/);
    await context.close();
  });

  test('shared by the widgets of a page, removed with the last one', async () => {
    const { page, context } = await harness.open('/index.html');
    const regions = () =>
      page.evaluate((selector) => document.querySelectorAll(selector).length, REGION);
    await page.evaluate(async () => {
      const second = document.createElement('vif-help');
      second.setAttribute('commune', '59599');
      document.body.append(second);
      await second.updateComplete;
    });
    assert.equal(await regions(), 1, 'two widgets, one region');
    await page.evaluate(() => document.querySelector('vif-help').remove());
    assert.equal(await regions(), 1, 'one widget left, the region stays');
    await page.evaluate(() => document.querySelector('vif-help').remove());
    assert.equal(await regions(), 0, 'no widget, no region');
    await context.close();
  });

  test('in the launcher: no region until the dialog opens, then one inside the modal dialog, heard there', async () => {
    const { page, context } = await harness.open('/launcher.html', {
      beforeGoto: recordAnnouncements,
    });
    const regions = () =>
      page.evaluate((selector) => {
        const launcher = document.querySelector('vif-help');
        return {
          page: document.querySelectorAll(selector).length,
          dialog: launcher.shadowRoot.querySelectorAll(`dialog > ${selector}`).length,
        };
      }, REGION);
    assert.deepEqual(await regions(), { page: 0, dialog: 0 });
    await page.locator('vif-help').getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    await page.evaluate(async () => {
      await customElements.whenDefined('vif-help');
      await document.querySelector('vif-help').shadowRoot.querySelector('dialog vif-help')
        .updateComplete;
    });
    assert.deepEqual(await regions(), { page: 0, dialog: 1 });
    await dialog.getByRole('searchbox').fill('zzqxw');
    await quiet(page);
    // (Inside the launcher's shadow root: read the region itself.)
    const said = await page.evaluate(
      (selector) =>
        document.querySelector('vif-help').shadowRoot.querySelector(`dialog > ${selector}`)
          .textContent,
      REGION,
    );
    assert.match(said, /^Aucun résultat pour « zzqxw »/);
    assert.deepEqual(await heard(page), [], 'nothing in the page’s body, inert behind the dialog');
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
    // The dialog's widget leaves on its "close" event, a task later.
    await page.waitForFunction(
      () => !document.querySelector('vif-help').shadowRoot.querySelector('dialog vif-help'),
    );
    assert.deepEqual(await regions(), { page: 0, dialog: 0 });
    await context.close();
  });
});
