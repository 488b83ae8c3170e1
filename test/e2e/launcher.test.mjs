// view="launcher", end to end on dist/vif-help.js under the strict CSP with Trusted Types: the
// button a resident finds in the footer of any page of the site, the modal dialog it opens with
// the full widget for the commune, and what it costs a page until it is used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_URL, startHarness } from './support/browser.mjs';
import { assertNoTrouble, pressShift } from './hostile/support.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const LANGS = {
  fr: {
    page: '/launcher.html',
    door: 'Violences dans le couple ou la famille : trouver de l’aide',
    close: 'Fermer',
    exit: 'Sortie de sécurité : Quitter rapidement',
  },
  ar: {
    page: '/launcher-ar.html',
    door: 'العنف بين الشريكين أو داخل الأسرة: العثور على المساعدة',
    close: 'إغلاق',
    exit: 'خروج آمن: مغادرة سريعة',
  },
};
const VIEWPORTS = {
  phone: { width: 360, height: 640 },
  desktop: { width: 1280, height: 800 },
};

/** The element that has focus, through shadow roots, described by its tag, class and text. */
const focused = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const dialog = active?.closest('dialog') ?? active?.getRootNode().host?.closest('dialog');
    return {
      tag: active?.localName,
      className: active?.className,
      text: active?.textContent.trim(),
      inDialog: Boolean(dialog),
    };
  });

/** Whether the launcher's dialog of the widget `index` is open and modal. */
const dialogState = (page, index = 0) =>
  page.evaluate((i) => {
    const dialog = document.querySelectorAll('vif-help')[i].shadowRoot.querySelector('dialog');
    return { open: dialog.open, modal: dialog.matches(':modal') };
  }, index);

const isChunk = (url) => /\/dist\/chunks\//.test(url);

for (const [lang, texts] of Object.entries(LANGS)) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    describe(`launcher, ${lang}, ${size} (${viewport.width} px)`, () => {
      test('a button of 44×44 px at least, that loads nothing more until it is used', async () => {
        const { page, context, problems, requests } = await harness.open(texts.page, {
          viewport,
          // Layout shifts, from the first frame on (the stylesheet keeps the button's room).
          beforeGoto: (p) =>
            p.addInitScript(() => {
              globalThis.shifts = [];
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) globalThis.shifts.push(entry.value);
              }).observe({ type: 'layout-shift', buffered: true });
            }),
        });
        const door = page.getByRole('button', { name: texts.door });
        await door.waitFor();
        const box = await door.boundingBox();
        assert.ok(box.width >= 44 && box.height >= 44, `${box.width}×${box.height}`);
        // The page's own font: the button inherits it.
        const fonts = await page.evaluate(() => {
          const host = document.querySelector('vif-help');
          const button = host.shadowRoot.querySelector('button');
          return [
            getComputedStyle(host.parentElement).fontFamily,
            getComputedStyle(button).fontFamily,
          ];
        });
        assert.equal(fonts[1], fonts[0]);
        await page.waitForTimeout(300);
        assert.deepEqual(requests.filter(isChunk), [], 'no chunk before first use');
        assert.equal(await page.evaluate(() => customElements.get('vif-help')), undefined);
        assert.deepEqual(await page.evaluate(() => globalThis.shifts), [], 'no layout shift');
        await assertNoTrouble(page, problems);
        await context.close();
      });

      test('opens a modal dialog with focus inside, the numbers and the quick exit at its top; Escape closes it and focus comes back', async () => {
        const { page, context, problems } = await harness.open(texts.page, { viewport });
        const url = page.url();
        const historyBefore = await page.evaluate(() => history.length);
        const door = page.getByRole('button', { name: texts.door });
        await door.click();
        const dialog = page.getByRole('dialog', { name: texts.door });
        await dialog.waitFor();
        assert.deepEqual(await dialogState(page), { open: true, modal: true });
        assert.equal((await focused(page)).inDialog, true, 'focus moved into the dialog');
        // 17, SMS 114 and 3919 at once (drawn before the element arrives).
        for (const href of ['tel:17', 'sms:114', 'tel:3919'])
          assert.ok(await dialog.locator(`a[href="${href}"]`).first().isVisible(), href);
        // Then once the element has taken the drawing over (it replaces the drawn links).
        await page.evaluate(async () => {
          await customElements.whenDefined('vif-help');
          const host = document.querySelector('vif-help');
          await host.shadowRoot.querySelector('dialog vif-help').updateComplete;
        });
        const exit = dialog.getByRole('link', { name: texts.exit });
        await exit.waitFor();
        const [exitBox, dialogBox] = [await exit.boundingBox(), await dialog.boundingBox()];
        assert.ok(
          exitBox.y - dialogBox.y < 120 && exitBox.y >= dialogBox.y,
          `quick exit at the top of the dialog (${exitBox.y} vs ${dialogBox.y})`,
        );
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        assert.deepEqual(await dialogState(page), { open: false, modal: false });
        assert.deepEqual(await focused(page), {
          tag: 'button',
          className: 'launcher',
          text: texts.door,
          inDialog: false,
        });
        // The close button too.
        await door.click();
        await dialog.waitFor();
        await dialog.getByRole('button', { name: texts.close, exact: true }).click();
        await dialog.waitFor({ state: 'hidden' });
        assert.equal((await focused(page)).className, 'launcher');
        assert.equal(await page.evaluate(() => history.length), historyBefore, 'no history entry');
        assert.equal(page.url(), url, 'the URL did not change');
        await assertNoTrouble(page, problems);
        await context.close();
      });

      test('Shift×3 does nothing while the dialog is closed, and leaves from the open dialog without a history entry', async () => {
        const { page, context } = await harness.open(texts.page, { viewport });
        const url = page.url();
        const historyBefore = await page.evaluate(() => history.length);
        // Typing on the site (a field of the page, capitals included) never arms it.
        await page.locator('#page-field').click();
        await page.keyboard.type('Jean DUPONT');
        await pressShift(page, 3);
        await page.locator('body').click({ position: { x: 5, y: 5 } });
        await pressShift(page, 3);
        await page.waitForTimeout(500);
        assert.equal(page.url(), url, 'still on the page');
        // Once open, then closed: still not armed.
        const door = page.getByRole('button', { name: texts.door });
        await door.click();
        await page.getByRole('dialog').waitFor();
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
        await pressShift(page, 3);
        await page.waitForTimeout(500);
        assert.equal(page.url(), url, 'still on the page after the dialog closed');
        // Open: armed.
        await door.click();
        await page.getByRole('dialog').locator('a[href="tel:17"]').first().waitFor();
        await page.evaluate(() => customElements.whenDefined('vif-help'));
        await Promise.all([page.waitForURL(EXIT_URL), pressShift(page, 3)]);
        assert.equal(await page.evaluate(() => history.length), historyBefore);
        await context.close();
      });
    });
  }
}

test('on a slow connection, the open dialog shows the numbers and the field at once, and says « Chargement… » until the rest arrives', async () => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const { page, context, problems } = await harness.open(LANGS.fr.page, {
    viewport: VIEWPORTS.phone,
    // The element's chunks wait until the test lets them through, as on a slow network.
    beforeGoto: (p) =>
      p.route(/\/dist\/chunks\//, async (route) => {
        await held;
        await route.continue();
      }),
  });
  await page.getByRole('button', { name: LANGS.fr.door }).click();
  const dialog = page.getByRole('dialog', { name: LANGS.fr.door });
  await dialog.waitFor();
  for (const href of ['tel:17', 'sms:114', 'tel:3919'])
    assert.ok(await dialog.locator(`a[href="${href}"]`).first().isVisible(), href);
  const waiting = dialog.getByText('Chargement…', { exact: true });
  await waiting.waitFor();
  await page.waitForTimeout(500);
  assert.ok(await waiting.isVisible(), 'still loading, and saying so');
  assert.equal(await dialog.locator('[part~="contact"]').count(), 0, 'no directory yet');
  // The field is there at once; what a resident types while waiting is searched once it arrives.
  await dialog
    .getByRole('searchbox', { name: 'Trouver de l’aide près de chez vous' })
    .fill('hebergement');
  release();
  await dialog.locator('[part~="contact"]').filter({ hasText: '115' }).first().waitFor();
  await waiting.waitFor({ state: 'hidden' });
  assert.ok(await dialog.locator('a[href="tel:17"]').first().isVisible(), '17 still there');
  await assertNoTrouble(page, problems);
  await context.close();
});

test('twice on a page and next to a full widget: each door opens its own commune, Shift×3 from the page’s full widget still works', async () => {
  const { page, context, problems } = await harness.open('/launcher-mixed.html', {
    viewport: VIEWPORTS.desktop,
  });
  const doors = page.getByRole('button', { name: LANGS.fr.door });
  assert.equal(await doors.count(), 2);
  await doors.first().click();
  let dialog = page.getByRole('dialog');
  await dialog.getByText('Aide pour Roubaix').waitFor();
  assert.equal(await page.getByRole('dialog').count(), 1);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(
    await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active.getRootNode().host.id;
    }),
    'top-door',
  );
  await doors.last().click();
  dialog = page.getByRole('dialog');
  await dialog.getByText('Aide pour Lille').waitFor();
  await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  // The full widget of the page is untouched and keeps its own shortcut.
  await page.locator('#full').getByRole('searchbox').fill('avocat');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await assertNoTrouble(page, problems);
  await Promise.all([page.waitForURL(EXIT_URL), pressShift(page, 3)]);
  await context.close();
});

test('at 320 px with the reader’s text at 200 %: the button and the open dialog fit, nothing is cut', async () => {
  const { page, context, problems } = await harness.open('/launcher.html', {
    viewport: { width: 320, height: 640 },
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const door = page.getByRole('button', { name: LANGS.fr.door });
  await page.waitForFunction(
    () =>
      getComputedStyle(document.querySelector('vif-help').shadowRoot.querySelector('button'))
        .fontSize === '32px',
  );
  const box = await door.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, `button within 320 px: ${JSON.stringify(box)}`);
  assert.ok(box.height >= 44);
  await door.click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('a[href="tel:17"]').first().waitFor();
  await page.evaluate(async () => {
    await customElements.whenDefined('vif-help');
    const host = document.querySelector('vif-help');
    await host.shadowRoot.querySelector('dialog vif-help').updateComplete;
  });
  const fit = await page.evaluate(() => {
    const dialog = document.querySelector('vif-help').shadowRoot.querySelector('dialog');
    const rect = dialog.getBoundingClientRect();
    return {
      left: rect.left,
      right: rect.right,
      overflow: dialog.scrollWidth - dialog.clientWidth,
    };
  });
  assert.ok(fit.left >= 0 && fit.right <= 320, JSON.stringify(fit));
  assert.equal(fit.overflow, 0, 'no sideways scrolling in the dialog');
  for (const name of [LANGS.fr.exit, 'Fermer']) {
    const target =
      name === 'Fermer'
        ? dialog.getByRole('button', { name, exact: true })
        : dialog.getByRole('link', { name });
    const rect = await target.boundingBox();
    assert.ok(
      rect.x >= 0 && rect.x + rect.width <= 320 && rect.y < 640,
      `${name}: ${JSON.stringify(rect)}`,
    );
  }
  await assertNoTrouble(page, problems);
  await context.close();
});

describe('axe with the dialog open', () => {
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  for (const [lang, texts] of Object.entries(LANGS)) {
    test(`no violation, ${lang}`, async () => {
      // axe is injected by the test, which the page's CSP would refuse: this context bypasses
      // it (the CSP itself is checked by the tests above).
      const { page, context } = await harness.open(texts.page, { bypassCSP: true });
      await page.getByRole('button', { name: texts.door }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await page.evaluate(() => customElements.whenDefined('vif-help'));
      await page.evaluate(
        () =>
          document.querySelector('vif-help').shadowRoot.querySelector('dialog vif-help')
            .updateComplete,
      );
      await dialog.locator('[part~="list"]').waitFor();
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await globalThis.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      });
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});
