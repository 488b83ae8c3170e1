import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { startHarness } from './support/browser.mjs';

let harness;
let demo;
before(async () => {
  harness = await startHarness();
  demo = await startServer({ port: 0, pagesDir: 'demo' });
});
after(async () => {
  await harness.close();
  await demo.close();
});

test('the builder’s snippet, pasted into a blank page, renders the chosen configuration', async () => {
  const { page, context, problems } = await harness.open('/');
  await page.goto(`${demo.origin}/builder.html`);
  await page.getByLabel('Commune').fill('Roubaix');
  await page.getByLabel('Langue').selectOption('en');
  await page.getByLabel('Affichage').selectOption('emergency');
  await page.getByLabel('Adresse du dossier où le module est hébergé').fill(`${demo.origin}/dist/`);
  const snippet = await page.getByLabel('Avec une balise script (recommandé)').inputValue();
  assert.match(snippet, /<vif-help commune="Roubaix" lang="en" view="emergency">/);
  // The stylesheet that keeps the widget's room while it loads, from the script's folder.
  assert.match(
    snippet,
    /^<link rel="stylesheet" href="[^"]*\/vif-help\.css" \/>\n<script type="module"/,
  );

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copier le code', exact: true }).click();
  await page.getByText('Code copié.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

  // A blank page holding only the pasted snippet (on the host of the script: module scripts from
  // another origin also need CORS headers, see the README).
  await page.route(`${demo.origin}/blank.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Mairie</title></head><body>${snippet}</body></html>`,
    }),
  );
  await page.goto(`${demo.origin}/blank.html`);
  const widget = page.locator('vif-help');
  await widget.locator('[part~="emergency"] a[href="tel:17"]').waitFor();
  assert.equal(await widget.locator('.root').getAttribute('lang'), 'en');
  assert.equal(await widget.locator('[part~="search"]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
