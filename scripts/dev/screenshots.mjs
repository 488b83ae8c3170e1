/* global document */
// Screenshots of the widget as residents see it (360×640 phone, 1280×800 desktop, French and
// Arabic), and the figures RESIDENT-FIRST.md measures, for a reviewer to look at:
// node scripts/dev/screenshots.mjs [out-dir] (after npm run build).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const out = process.argv[2] ?? 'bench/tmp/screenshots';
mkdirSync(out, { recursive: true });
const server = await startServer({ port: 0, pagesDir: 'test/e2e/pages' });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.floor(sorted.length / 2)]) : null;
};

/** In the page: the figures RESIDENT-FIRST.md measures, with nothing opened. */
function measure() {
  const host = document.querySelector('vif-help');
  const root = host?.shadowRoot;
  if (!host || !root) throw new Error('no rendered <vif-help> on the page');
  const text = /** @type {HTMLElement | null} */ (root.querySelector('.root'))?.innerText ?? '';
  const top = host.getBoundingClientRect().top;
  const visible = (/** @type {Element} */ element) => element.getBoundingClientRect().height > 1;
  const bottomOf = (/** @type {string} */ selector) => {
    const element = root.querySelector(selector);
    return element && visible(element)
      ? Math.round(element.getBoundingClientRect().bottom - top)
      : '–';
  };
  /** @type {Record<string, number>} */
  const counts = {};
  for (const link of root.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
    if (!visible(link)) continue;
    // The selector matched the attribute: it is there.
    const href = /** @type {string} */ (link.getAttribute('href'));
    counts[href] = (counts[href] ?? 0) + 1;
  }
  const cards = [
    ...root.querySelectorAll('[part~="list"] [part~="contact"], .contacts > li'),
  ].filter((card) => card.querySelector('h1, h2, h3, h4, h5, h6'));
  return {
    height: host.getBoundingClientRect().height,
    bottoms: [
      'a[href="tel:17"]',
      'a[href="sms:114"]',
      'a[href="tel:3919"]',
      '[part~="search"]',
    ].map(bottomOf),
    mostLinks: Math.max(0, ...Object.values(counts)),
    traces: (text.match(/historique d.appels/g) ?? []).length,
    cards: cards.length,
    heights: cards.map((card) => card.getBoundingClientRect().height),
    offsets: cards.map((card) => {
      const call = card.querySelector('a[href^="tel:"], a[href^="sms:"], a');
      return call ? call.getBoundingClientRect().top - card.getBoundingClientRect().top : 0;
    }),
  };
}

const CASES = [
  { name: 'lille-phone-fr', query: 'commune=59350', viewport: { width: 360, height: 640 } },
  { name: 'lille-phone-ar', query: 'commune=59350&lang=ar', viewport: { width: 360, height: 640 } },
  { name: 'wicres-phone-fr', query: 'commune=59658', viewport: { width: 360, height: 640 } },
  {
    name: 'wicres-phone-ar',
    query: 'commune=59658&lang=ar',
    viewport: { width: 360, height: 640 },
  },
  { name: 'lille-desktop-fr', query: 'commune=59350', viewport: { width: 1280, height: 800 } },
  {
    name: 'band-phone-fr',
    query: 'commune=59350&view=emergency&help-url=/aide',
    viewport: { width: 360, height: 640 },
  },
];

for (const { name, query, viewport } of CASES) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${server.origin}/resident.html?${query}`);
  await page.waitForFunction(() =>
    document.querySelector('vif-help')?.shadowRoot?.querySelector('[part~="emergency"]'),
  );
  await page.evaluate(
    () =>
      /** @type {(Element & { updateComplete?: Promise<boolean> }) | null} */ (
        document.querySelector('vif-help')
      )?.updateComplete,
  );
  const raw = await page.evaluate(measure);
  const figures = { ...raw, cardHeight: median(raw.heights), callOffset: median(raw.offsets) };
  const { height } = figures;

  await page.screenshot({ path: join(out, `${name}-first.png`) });
  await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
  console.log(
    `${name}: ${Math.round(height)} px = ${(height / viewport.height).toFixed(1)} screens; ` +
      `bottom of 17 / SMS 114 / 3919 / search: ${figures.bottoms.join(' / ')} px; ` +
      `most links to one number: ${figures.mostLinks}; trace sentence: ${figures.traces}×; ` +
      `cards: ${figures.cards}, median ${figures.cardHeight} px, call ${figures.callOffset} px from the top`,
  );
  await context.close();
}
await browser.close();
await server.close();
