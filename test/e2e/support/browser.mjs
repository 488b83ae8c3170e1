// End-to-end harness: Debian's Chromium driven by playwright-core, pages served under the strict
// Content-Security-Policy with Trusted Types, the exit URL answered by a stand-in weather page.
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/dev/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/dev/chromium.mjs';

export const EXIT_URL = 'https://exit.test/meteo';

export async function startHarness() {
  const server = await startServer({ port: 0, pagesDir: 'test/e2e/pages' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });

  /**
   * Opens a page of test/e2e/pages and waits for every widget to render. `exit` decides what the
   * exit page does: "fulfil" (a weather page), "abort" (the navigation fails, the page stays).
   * `settle: false` returns once the first screen is there, before the rest has loaded.
   */
  async function open(
    path,
    {
      exit = 'fulfil',
      viewport = { width: 800, height: 900 },
      touch = false,
      timezoneId,
      beforeGoto,
      settle = true,
      bypassCSP = false,
    } = {},
  ) {
    const context = await browser.newContext({
      viewport,
      // Only for a test that injects a checker of its own (axe): the page's CSP would refuse it.
      ...(bypassCSP && { bypassCSP: true }),
      ...(touch && { hasTouch: true, isMobile: true }),
      ...(timezoneId && { timezoneId }),
    });
    const page = await context.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    // Every https: address stands in for the exit page: nothing leaves this machine.
    await page.route(/^https:\/\//, (route) =>
      exit === 'abort'
        ? route.abort('aborted')
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>Météo</title><p>Météo</p>',
          }),
    );
    await beforeGoto?.(page);
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('vif-help')].every((el) =>
        el.shadowRoot?.querySelector('[part~="emergency"], [part~="launcher"]'),
      ),
    );
    // The first screen is there; the rest of each widget (its directory, from chunks of the
    // script's folder, and partner data) follows it: the tests read the widget once it has all
    // arrived, unless they look at it while it loads (`settle: false`).
    // The entry draws the first screen before the element is defined: wait for it first.
    if (settle)
      await page.evaluate(async () => {
        // (Only on a page that holds a widget: the iframe host page holds none, and a page whose
        // widgets are all launchers loads the element when one is first opened.)
        const widgets = [...document.querySelectorAll('vif-help')];
        if (widgets.some((el) => el.getAttribute('view') !== 'launcher'))
          await customElements.whenDefined('vif-help');
        await Promise.all(widgets.map((el) => el.updateComplete));
      });
    return { page, context, requests, problems, origin: server.origin };
  }

  return {
    open,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Everything a resident can open in one widget (a Playwright locator), as a resident would:
 * the filters, a situation, then every closed disclosure (cards' details, the other lines,
 * "Vos questions" and each answer, "Lire la suite", "Protéger votre navigation"), round after
 * round until none is left closed. The commune picker is left alone.
 */
export async function openEverything(widget) {
  await widget.getByRole('searchbox').fill('');
  await widget.getByRole('button', { name: 'Filtrer' }).click();
  await widget.getByRole('checkbox', { name: 'Police et plainte' }).check();
  await widget.getByRole('checkbox', { name: 'Police et plainte' }).uncheck();
  await widget.getByRole('checkbox', { name: 'Ouvert maintenant' }).check();
  await widget.getByRole('checkbox', { name: 'Ouvert maintenant' }).uncheck();
  const situation = widget.locator('[role="group"] button[aria-pressed="false"]').first();
  await situation.click();
  await widget.locator('.situation-panel').waitFor();
  await widget.locator('[role="group"] button[aria-pressed="true"]').click();
  for (let round = 0; round < 4; round += 1) {
    const closed = widget.locator(
      'button[aria-expanded="false"]:not([aria-controls="commune-picker"]):not(.commune-toggle)',
    );
    const count = await closed.count();
    if (count === 0) break;
    for (let i = count - 1; i >= 0; i -= 1) await closed.nth(i).click();
  }
} /** A valid partner contact for Lille, as a CCAS would publish it. */
export const PARTNER_CONTACT = {
  id: 'partenaire-ccas-lille',
  name: { fr: 'Permanence du partenaire' },
  description: { fr: 'Une permanence pour les victimes, sur rendez-vous.' },
  categories: ['accueil'],
  audiences: ['tous'],
  channels: [{ type: 'tel', number: '0320000000' }],
  scope: { type: 'communes', insee: ['59350'] },
  sources: [
    { url: 'https://partner.example/page', title: 'Page du partenaire', date: '2026-11-01' },
  ],
  confidence: 'high',
  status: 'published',
};
