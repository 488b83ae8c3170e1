import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

test('opening hours are read in Lille time on a device set to another time zone', async () => {
  for (const timezoneId of ['America/New_York', 'Asia/Tokyo']) {
    const { page, context } = await harness.open('/', { timezoneId });
    assert.equal(
      await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
      timezoneId,
    );
    // Friday 27 November 2026, 09:30 in Lille: 03:30 in New York, 17:30 in Tokyo.
    await page.evaluate(() => {
      document.querySelector('vif-help').now = new Date('2026-11-27T08:30:00Z');
    });
    const cidff = page
      .locator('vif-help')
      .getByRole('listitem')
      .filter({ hasText: 'CIDFF Lille Métropole' });
    await cidff.getByText('Ouvert maintenant · ferme à 12 h 30').waitFor();
    await context.close();
  }
});
