import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/dev/serve.mjs';
import { startHarness } from './support/browser.mjs';

let harness;
let demo;
/** The numbers of the snippet's fallback and where each link leads. */
const FALLBACK_LINKS = [
  ['17', 'tel:17'],
  ['112', 'tel:112'],
  ['114', 'sms:114'],
  ['3919', 'tel:3919'],
];
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

test('where scripts never run, the snippet’s fallback gives the numbers as links easy to tap', async () => {
  const { page, context } = await harness.open('/');
  await page.goto(`${demo.origin}/builder.html`);
  await page.getByLabel('Commune').fill('Roubaix');
  await page.getByLabel('Adresse du dossier où le module est hébergé').fill(`${demo.origin}/dist/`);
  // The builder writes the snippet once its script (which imports the widget's) has run.
  const field = page.getByLabel('Avec une balise script (recommandé)');
  await page.waitForFunction(
    (element) => element.value.includes('commune="Roubaix"'),
    await field.elementHandle(),
  );
  const snippet = await field.inputValue();
  const noScript = await context.browser().newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
  });
  const plain = await noScript.newPage();
  await plain.route(`${demo.origin}/blank.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body>${snippet}</body></html>`,
    }),
  );
  await plain.goto(`${demo.origin}/blank.html`);
  const fallback = plain.locator('vif-help');
  for (const [name, href] of FALLBACK_LINKS) {
    const link = fallback.getByRole('link', { name, exact: true });
    assert.equal(await link.getAttribute('href'), href);
    // vif-help.css, from the script's folder, makes each one a target of at least 44 × 44 px.
    const box = await link.boundingBox();
    assert.ok(box && box.width >= 44 && box.height >= 44, `${name}: ${JSON.stringify(box)}`);
  }
  await noScript.close();
  await context.close();
});

test('the builder gives the WordPress shortcode and a text with a link, for the same configuration', async () => {
  const { page, context, problems } = await harness.open('/');
  await page.goto(`${demo.origin}/builder.html`);
  await page.getByLabel('Commune').fill("Villeneuve d'Ascq");
  await page.getByLabel('Affichage').selectOption('emergency');
  await page.getByLabel('Adresse du dossier où le module est hébergé').fill(`${demo.origin}/dist/`);
  const shortcode = await page
    .getByLabel('WordPress, avec l’extension vif-help : le shortcode')
    .inputValue();
  assert.equal(shortcode, '[vif-help commune="Villeneuve d\'Ascq" view="emergency"]');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copier le shortcode' }).click();
  await page.locator('#shortcode-status').getByText('Code copié.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shortcode);

  // The text and the link: the numbers in plain text, and the widget's own page for the commune.
  const link = await page
    .getByLabel('Si votre outil refuse aussi l’iframe : un texte et un lien')
    .inputValue();
  await page.route(`${demo.origin}/plain.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body>${link}</body></html>`,
    }),
  );
  await page.goto(`${demo.origin}/plain.html`);
  await page.getByText('En danger : 17 ou 112 · Par SMS : 114 · Écoute 24h/24').waitFor();
  for (const [name, href] of FALLBACK_LINKS)
    assert.equal(await page.getByRole('link', { name, exact: true }).getAttribute('href'), href);
  await page
    .getByRole('link', { name: 'Violences intrafamiliales : trouver de l’aide près de chez vous' })
    .click();
  const widget = page.locator('vif-help');
  await widget.locator('[part~="emergency"] a[href="tel:17"]').waitFor();
  assert.equal(await widget.getAttribute('commune'), "Villeneuve d'Ascq");
  assert.equal(await widget.getAttribute('view'), 'emergency');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the guide says where the code works, as verified on WordPress 6.1', async () => {
  const { page, context } = await harness.open('/');
  await page.goto(`${demo.origin}/builder.html`);
  const guide = page.getByRole('region', { name: 'Où coller le code' });
  const wordpress = await guide.getByRole('listitem').filter({ hasText: 'WordPress' }).innerText();
  // The plugin, usable by any account that writes; the Custom HTML block only with unfiltered
  // HTML (administrators and editors of a single site); the iframe removed for the others.
  assert.match(wordpress, /extension vif-help/);
  assert.match(wordpress, /vif-help-wordpress\.zip/);
  assert.match(wordpress, /même contributeur ou auteur/);
  assert.match(wordpress, /administrateurs et les éditeurs d’un site simple/);
  assert.match(wordpress, /retire aussi l’iframe/);
  assert.doesNotMatch(wordpress, /sinon, utilisez le code de l’iframe/);
  // Drupal: nothing that was not tried.
  const others = await guide.getByRole('listitem').filter({ hasText: 'Drupal' }).innerText();
  assert.doesNotMatch(others, /Full HTML|HTML complet/);
  assert.match(others, /demandez à l’administrateur/);
  // A fallback that every tool keeps.
  assert.match(await guide.innerText(), /le texte et le lien/);
  await context.close();
});

test('the builder offers the launcher: its snippet, pasted into a blank page, draws the door, which opens the help', async () => {
  const { page, context, problems } = await harness.open('/');
  await page.goto(`${demo.origin}/builder.html`);
  await page.getByLabel('Commune').fill('Tourcoing');
  await page.getByLabel('Affichage').selectOption('launcher');
  await page.getByLabel('Adresse du dossier où le module est hébergé').fill(`${demo.origin}/dist/`);
  const snippet = await page.getByLabel('Avec une balise script (recommandé)').inputValue();
  assert.match(snippet, /<vif-help commune="Tourcoing" view="launcher"><\/vif-help>$/);
  const door = 'Violences dans le couple ou la famille : trouver de l’aide';
  // Where scripts are refused: a plain link to the widget's own page, the full help (no view).
  const link = await page
    .getByLabel('Si votre outil refuse aussi l’iframe : un texte et un lien')
    .inputValue();
  assert.equal(
    link,
    `<p><a href="${demo.origin}/dist/embed.html?commune=Tourcoing">${door}</a></p>`,
  );
  // The preview shows the door, drawn by the element itself.
  await page.locator('#preview').getByRole('button', { name: door }).waitFor();

  await page.route(`${demo.origin}/blank.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body><footer>${snippet}</footer></body></html>`,
    }),
  );
  await page.goto(`${demo.origin}/blank.html`);
  await page.getByRole('button', { name: door }).click();
  const dialog = page.getByRole('dialog', { name: door });
  await dialog.getByText('Aide pour Tourcoing').waitFor();
  assert.ok(await dialog.locator('a[href="tel:3919"]').first().isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});
