import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_URL, startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const rendered = (frame) =>
  frame.waitForFunction(() =>
    document.querySelector('vif-help')?.shadowRoot?.querySelector('[part~="emergency"]'),
  );

test('the iframe page renders the widget from its query string', async () => {
  const { page, context, problems } = await harness.open(
    '/dist/embed.html?commune=Roubaix&lang=en&view=full',
  );
  const widget = page.locator('vif-help');
  assert.equal(await widget.getAttribute('commune'), 'Roubaix');
  await widget.getByText('Help for Roubaix').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the iframe page is the widget’s own page: view=launcher shows the full help, not a door inside the frame', async () => {
  const { page, context, problems } = await harness.open(
    '/dist/embed.html?commune=59350&view=launcher',
  );
  const widget = page.locator('vif-help');
  await widget.getByText('Aide pour Lille').waitFor();
  assert.equal(await widget.getByRole('searchbox').count(), 1);
  assert.equal(await page.locator('vif-help[view]').count(), 0);
  assert.equal(
    await page
      .getByRole('button', { name: 'Violences dans le couple ou la famille : trouver de l’aide' })
      .count(),
    0,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the iframe page passes bad values to the widget, which refuses them visibly, and ignores unknown parameters', async () => {
  const warnings = [];
  const { page, context } = await harness.open(
    '/dist/embed.html?commune=%3Cscript%3Ealert(1)%3C%2Fscript%3E&exit-url=javascript%3Aalert(1)&onload=alert(1)',
  );
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.reload();
  await rendered(page);
  const widget = page.locator('vif-help');
  await widget.locator('[part~="notice"]').getByText('« <script>alert(1)</script> »').waitFor();
  assert.equal(
    await widget.locator('[part~="exit"]').getAttribute('href'),
    'https://meteofrance.com/',
  );
  assert.equal(await page.locator('script:not([src])').count(), 0);
  assert.equal(
    await page.evaluate(() => document.querySelector('vif-help').hasAttribute('onload')),
    false,
  );
  assert.ok(
    warnings.some((w) => w.includes('"onload" is not an attribute')),
    warnings.join('\n'),
  );
  assert.ok(
    warnings.some((w) => w.includes('exit-url=')),
    warnings.join('\n'),
  );
  await context.close();
});

test('with embed-host.js the iframe takes the height of its content; the quick exit leaves the whole tab', async () => {
  const { page, context } = await harness.open('/iframe-host.html');
  const frame = page.frameLocator('iframe[data-vif-help]');
  await frame.locator('vif-help').getByText('Aide pour Roubaix').waitFor();
  await page.waitForFunction(
    () => document.querySelector('iframe').getBoundingClientRect().height > 1000,
  );
  const before = await page.evaluate(() => history.length);
  await frame.locator('vif-help').locator('[part~="exit"]').click();
  await page.waitForURL(EXIT_URL);
  assert.equal(await page.evaluate(() => history.length), before);
  await context.close();
});
