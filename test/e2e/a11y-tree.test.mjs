// The browser's accessibility tree, as a screen reader receives it, for the screens a resident
// meets: the first screen, a card closed and open, the directory after a search, an answer, the
// emergency band and the launcher's dialog, in French and in Arabic. Each is compared exactly
// with its stored snapshot (test/e2e/a11y-tree/*.yml, Playwright's ARIA snapshot format): a lost
// name, role or state (expanded, pressed, level) fails with a diff. Clock fixed (open now).
import { after, before, describe, test } from 'node:test';
import { startHarness } from './support/browser.mjs';
import { assertSnapshot, atFixedTime } from './support/a11y.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const LANGS = {
  fr: { query: 'avocat', questions: /^Vos questions/, launcher: '/launcher.html' },
  ar: { query: 'محامي', questions: /^أسئلتكم/, launcher: '/launcher-ar.html' },
};
const PHONE = { width: 360, height: 640 };

/**
 * The first screen of a snapshot: everything before the directory's count (the first status
 * with a text), i.e. the exit, the banner, the title, the commune, the numbers, the search and
 * the situations.
 */
const firstScreen = (snapshot) => {
  const lines = snapshot.split('\n');
  const count = lines.findIndex((line) => /^\s*- status: /.test(line));
  if (count < 0) throw new Error(`no count in the tree:\n${snapshot}`);
  return lines.slice(0, count).join('\n');
};

for (const [lang, texts] of Object.entries(LANGS)) {
  describe(`accessibility tree, ${lang}`, () => {
    const page = `/resident.html?commune=59350&lang=${lang}`;

    test('the first screen', async () => {
      const { page: tab, context } = await harness.open(page, {
        viewport: PHONE,
        beforeGoto: atFixedTime,
      });
      assertSnapshot(
        `first-screen.${lang}`,
        firstScreen(await tab.locator('vif-help').ariaSnapshot()),
      );
      await context.close();
    });

    test('a card, closed then open', async () => {
      const { page: tab, context } = await harness.open(page, {
        viewport: PHONE,
        beforeGoto: atFixedTime,
      });
      const card = tab.locator('vif-help').getByRole('article').first();
      assertSnapshot(`card-closed.${lang}`, await card.ariaSnapshot());
      await card.getByRole('button').first().click();
      assertSnapshot(`card-open.${lang}`, await card.ariaSnapshot());
      await context.close();
    });

    test('the directory after a search', async () => {
      const { page: tab, context } = await harness.open(page, {
        viewport: PHONE,
        beforeGoto: atFixedTime,
      });
      const widget = tab.locator('vif-help');
      await widget.getByRole('searchbox').fill(texts.query);
      await tab.evaluate(() => document.querySelector('vif-help').updateComplete);
      const directory = widget.getByRole('region').filter({ has: tab.getByRole('searchbox') });
      assertSnapshot(`search.${lang}`, await directory.ariaSnapshot());
      await context.close();
    });

    test('an answer', async () => {
      const { page: tab, context } = await harness.open(page, {
        viewport: PHONE,
        beforeGoto: atFixedTime,
      });
      const widget = tab.locator('vif-help');
      await widget.getByRole('button', { name: texts.questions }).click();
      await tab.evaluate(() => document.querySelector('vif-help').updateComplete);
      const questions = widget
        .getByRole('region')
        .filter({ has: tab.getByRole('heading', { name: texts.questions }) });
      await questions.getByRole('listitem').first().getByRole('button').first().click();
      await tab.evaluate(() => document.querySelector('vif-help').updateComplete);
      assertSnapshot(`answer.${lang}`, await questions.ariaSnapshot());
      await context.close();
    });

    test('the emergency band', async () => {
      const { page: tab, context } = await harness.open(`${page}&view=emergency`, {
        viewport: PHONE,
        beforeGoto: atFixedTime,
      });
      assertSnapshot(`emergency.${lang}`, await tab.locator('vif-help').ariaSnapshot());
      await context.close();
    });

    test('the launcher, and its dialog open', async () => {
      const { page: tab, context } = await harness.open(texts.launcher, {
        viewport: PHONE,
        beforeGoto: atFixedTime,
      });
      const launcher = tab.locator('vif-help');
      assertSnapshot(`launcher.${lang}`, await launcher.ariaSnapshot());
      await launcher.getByRole('button').click();
      await tab.evaluate(async () => {
        await customElements.whenDefined('vif-help');
        await document.querySelector('vif-help').shadowRoot.querySelector('dialog vif-help')
          .updateComplete;
      });
      assertSnapshot(
        `launcher-dialog.${lang}`,
        firstScreen(await tab.getByRole('dialog').ariaSnapshot()),
      );
      await context.close();
    });
  });
}
