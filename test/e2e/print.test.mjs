import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

test('printed, the widget is a clean list of the numbers and of the commune’s contacts', async () => {
  const { page, context } = await harness.open('/');
  await page.emulateMedia({ media: 'print' });
  const widget = page.locator('vif-help');
  assert.equal(await widget.locator('[part~="emergency"] a[href="tel:17"]').isVisible(), true);
  assert.equal(
    await widget.getByRole('heading', { name: 'Hôtel de police de Lille' }).isVisible(),
    true,
  );
  for (const hidden of [
    '[part~="exit"]',
    '[part~="search"]',
    '.questions',
    '.situations',
    '.filters',
  ]) {
    assert.equal(await widget.locator(hidden).first().isVisible(), false, hidden);
  }
  await context.close();
});
