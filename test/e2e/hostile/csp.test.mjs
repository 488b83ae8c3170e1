// Under the strict Content-Security-Policy with Trusted Types required (script-src 'self', no
// unsafe-inline or unsafe-eval, require-trusted-types-for 'script'), a visit that goes through
// every part of the widget reports no violation and no console error; a control proves the page
// does hear violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_URL, assertNoTrouble, pageTrouble, pressShift, startHarness } from './support.mjs';
import { openEverything } from '../support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

/** Sets <html lang> and waits until the first widget's root speaks that language. */
async function switchLanguage(page, lang) {
  await page.evaluate((value) => {
    document.documentElement.lang = value;
  }, lang);
  await page.waitForFunction(
    (value) => document.querySelector('vif-help').shadowRoot.querySelector('.root').lang === value,
    lang,
  );
}

test('every part of the widget, every configuration and every language: no CSP violation, no console error', async () => {
  const { page, context, problems, requests } = await harness.open('/hostile/csp.html', {
    exit: 'abort',
  });
  const csp = (await page.request.get(page.url())).headers()['content-security-policy'];
  for (const directive of [
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ]) {
    assert.ok(csp.includes(directive), `the page is served with ${directive}`);
  }
  assert.doesNotMatch(csp, /unsafe-(inline|eval)/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('vif-help').length), 7);

  const lille = page.locator('#lille');
  for (const query of ['hebergement', 'avocat', 'zzzzzz', 'enfant', '']) {
    await lille.getByRole('searchbox').fill(query);
  }
  await openEverything(lille);
  await lille.getByRole('button', { name: 'Changer de commune' }).click();
  await lille.getByRole('combobox', { name: 'Votre commune' }).selectOption({ label: 'Roubaix' });
  await lille.getByRole('button', { name: 'Afficher l’aide' }).click();
  await lille.getByText('Aide pour Roubaix').waitFor();

  const picker = page.locator('vif-help').nth(2);
  await picker
    .getByRole('combobox', { name: 'Votre commune' })
    .selectOption({ label: 'Wattrelos' });
  await picker.getByRole('button', { name: 'Afficher l’aide' }).click();
  await picker.getByText('Aide pour Wattrelos').waitFor();

  for (const lang of ['en', 'ar', 'fr']) await switchLanguage(page, lang);
  await page.locator('body').focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  await pressShift(page, 2);
  await page.keyboard.press('a');
  await assertNoTrouble(page, problems, 'after the visit');

  // Leaving: the page is covered and hidden through the CSSOM, which the CSP allows.
  await pressShift(page, 3);
  await page.waitForFunction(() => document.querySelector('html > [role="alert"]'));
  assert.ok(requests.includes(EXIT_URL));
  await assertNoTrouble(page, problems, 'after the quick exit');

  // Control: the page does hear a Trusted Types violation when one happens.
  const threw = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>markup from a string</b>';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  assert.equal(threw, true, 'Trusted Types are enforced');
  const { violations } = await pageTrouble(page, problems);
  assert.equal(violations.length, 1);
  assert.match(violations[0], /require-trusted-types-for/);
  await context.close();
});
