// The builder's snippet on a host page (issue 16): while the widget loads its script, then its
// directory, nothing of the page moves in view. Layout shifts are read in the page, at a phone's
// and a desktop's size, with the CPU slowed down 4× as the bench does.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const SHIFTS = () =>
  new Promise((resolve) => {
    const shifts = [];
    new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({
      type: 'layout-shift',
      buffered: true,
    });
    setTimeout(
      () =>
        resolve(
          shifts.map((entry) => ({
            value: entry.value,
            moved: entry.sources.map((source) => source.node?.nodeName ?? '(removed)'),
          })),
        ),
      300,
    );
  });

for (const viewport of [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
]) {
  test(`at ${viewport.width} × ${viewport.height}, the page with the snippet does not move (CLS ≤ 0.02)`, async () => {
    const { page, context } = await harness.open('/snippet.html', {
      viewport,
      beforeGoto: async (page) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      },
    });
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
    // The directory has loaded (the commune's group is there) before shifts are read.
    await page.locator('vif-help').getByText('Hôtel de police de Lille').first().waitFor();
    const shifts = await page.evaluate(SHIFTS);
    const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
    assert.ok(cls <= 0.02, `CLS ${cls.toFixed(3)}: ${JSON.stringify(shifts)}`);
    await context.close();
  });
}
