import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openEverything, startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

test('a full visit leaves no cookie, no storage, no history entry, and requests only the page, the script and its chunks from its folder', async () => {
  const { page, context, requests, problems, origin } = await harness.open('/');
  const start = await page.evaluate(() => ({
    history: history.length,
    url: location.href,
    title: document.title,
  }));
  const widget = page.locator('vif-help');

  await widget.getByRole('searchbox').fill('hebergement');
  await widget.getByRole('searchbox').fill('avocat');
  await openEverything(widget);
  await widget.getByRole('button', { name: 'Changer de commune' }).click();
  await widget.getByRole('combobox', { name: 'Votre commune' }).selectOption({ label: 'Roubaix' });
  await widget.getByRole('button', { name: 'Afficher l’aide' }).click();
  await widget.getByText('Aide pour Roubaix').waitFor();
  await widget.getByRole('searchbox').fill('enfant');
  await page.keyboard.press('Shift');

  const end = await page.evaluate(async () => ({
    history: history.length,
    url: location.href,
    title: document.title,
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(end, { ...start, cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  assert.deepEqual(await context.cookies(), []);
  // The page and its stylesheet, the script, and the files the script loads from its own folder
  // (its chunks: the SPEC allows the script's folder and nothing else).
  const pageFiles = [`${origin}/`, `${origin}/host.css`];
  const widgetFiles = [...new Set(requests)].filter((url) => !pageFiles.includes(url));
  assert.ok(widgetFiles.includes(`${origin}/dist/vif-help.js`));
  assert.deepEqual(
    widgetFiles.filter((url) => !url.startsWith(`${origin}/dist/`)),
    [],
    'nothing outside the script folder',
  );
  assert.deepEqual(
    widgetFiles.filter(
      (url) =>
        !/^\/dist\/(vif-help\.js|chunks\/(communes-\w+\/)?[\w.-]+\.js)$/.test(
          new URL(url).pathname,
        ),
    ),
    [],
    'only the script and its chunks',
  );
  assert.deepEqual(problems, []);
  await context.close();
});
