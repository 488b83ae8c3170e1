// What a page with the widget requests (issue 16): the entry and its chunks, all from the script's
// own folder, and only those a page needs: its commune's file and no other, the partner-data
// validator only with partner data, a locale only when used. A chunk that cannot load leaves the
// emergency numbers and says so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PARTNER_CONTACT, openEverything, startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const LILLE = '59350';
/** The page's own files (resident.html and what it links), apart from the widget's. */
const PAGE_FILES = ['/resident.html', '/resident.js', '/resident.css'];

async function openResident(attributes, options) {
  const query = new URLSearchParams(attributes).toString();
  const opened = await harness.open(`/resident.html?${query}`, options);
  await opened.page.evaluate(() => document.querySelector('vif-help').updateComplete);
  return opened;
}

/** The widget's files a page requested, as paths from the script's folder (/dist/). */
function widgetFiles(requests, origin) {
  return requests
    .map((url) => new URL(url))
    .filter((url) => !(url.origin === origin && PAGE_FILES.includes(url.pathname)))
    .map((url) =>
      url.origin === origin && url.pathname.startsWith('/dist/') ? url.pathname.slice(6) : url.href,
    );
}

const chunk = (files, name) =>
  files.filter((file) => new RegExp(`^chunks/${name}-[\\w-]+\\.js$`).test(file));
/** A commune's own data files (chunks/communes-…/59350.fr.js), in any locale. */
const communeFiles = (files) =>
  files.filter((file) => /^chunks\/communes-\w+\/\d{5}\.\w+\.js$/.test(file));
/** The locales of the data files a page loaded (texts.fr, area.ar, 59350.fr…). */
const dataLocales = (files) => [
  ...new Set(
    files.flatMap((file) => {
      const match =
        /^chunks\/(?:(?:texts|area|answers)\.(\w+)-|communes-\w+\/\d{5}\.(\w+)\.js$)/.exec(file);
      return match ? [match[1] ?? match[2]] : [];
    }),
  ),
];

/** Opens every closed disclosure, in any language, and types a query: everything loads. */
async function openAllDisclosures(widget) {
  await widget.getByRole('searchbox').fill('3919');
  await widget.page().waitForTimeout(100);
  await widget.getByRole('searchbox').fill('');
  await widget.locator('[role="group"] button[aria-pressed="false"]').first().click();
  for (let round = 0; round < 4; round += 1) {
    const closed = widget.locator(
      'button[aria-expanded="false"]:not([aria-controls="commune-picker"]):not(.commune-toggle)',
    );
    const count = await closed.count();
    if (count === 0) break;
    for (let i = count - 1; i >= 0; i -= 1) await closed.nth(i).click();
  }
}

describe("a commune's full view requests nothing outside the script's folder", () => {
  for (const lang of ['fr', 'ar']) {
    test(`in ${lang}, after opening everything`, async () => {
      const { page, context, requests, origin } = await openResident({ commune: LILLE, lang });
      const widget = page.locator('vif-help');
      if (lang === 'fr') await openEverything(widget);
      else await openAllDisclosures(widget);
      await page.evaluate(() => document.querySelector('vif-help').updateComplete);
      const files = widgetFiles(requests, origin);
      const outside = files.filter(
        (file) => !/^(vif-help\.js|chunks\/(communes-\w+\/)?[\w.-]+\.js)$/.test(file),
      );
      assert.deepEqual(outside, [], 'every request of the widget is a file of its folder');
      assert.equal(files[0], 'vif-help.js');
      // What opening everything needs did load: the rest, the texts and the answers.
      for (const name of ['rest', `texts.${lang}`, `area.${lang}`, `answers.${lang}`])
        assert.equal(chunk(files, name).length, 1, `chunks/${name}-*.js loaded once`);
      // The data comes in the page's language only (each file has the French texts too).
      assert.deepEqual(dataLocales(files), [lang]);
      // A locale loads only when used.
      assert.equal(chunk(files, 'ar').length, lang === 'ar' ? 1 : 0);
      assert.equal(chunk(files, 'en').length, 0);
      const root = await widget.evaluate((host) =>
        host.shadowRoot.querySelector('.root').getAttribute('dir'),
      );
      assert.equal(root, lang === 'ar' ? 'rtl' : 'ltr');
      await context.close();
    });
  }
});

describe("a commune's page loads its own data file and no other commune's", () => {
  test('Lille loads its file only, even after opening everything', async () => {
    const { page, context, requests, origin } = await openResident({ commune: LILLE });
    await openEverything(page.locator('vif-help'));
    const files = communeFiles(widgetFiles(requests, origin));
    assert.equal(files.length, 1);
    assert.match(files[0], new RegExp(`^chunks/communes-\\w+/${LILLE}\\.fr\\.js$`));
    // Its own help is there: the commune's group lists Lille's police station.
    assert.ok(
      await page.locator('vif-help').getByText('Hôtel de police de Lille').first().isVisible(),
    );
    await context.close();
  });

  test('a commune loads its own file only; choosing another commune loads that one only', async () => {
    // Since the 2016 annuaire brought its town hall, every commune has a file of its own: none is
    // left to show that a commune without one loads none.
    const HOUPLIN = '59316';
    const { page, context, requests, origin } = await openResident({ commune: HOUPLIN });
    const widget = page.locator('vif-help');
    await widget.getByText('Mairie de Houplin-Ancoisne').first().waitFor();
    assert.deepEqual(
      communeFiles(widgetFiles(requests, origin)).map((file) => file.split('/').at(-1)),
      [`${HOUPLIN}.fr.js`],
    );
    await widget.getByRole('button', { name: 'Changer de commune' }).click();
    await widget.getByRole('combobox').selectOption(LILLE);
    await widget.getByRole('button', { name: 'Afficher l’aide' }).click();
    await widget.getByText('Hôtel de police de Lille').first().waitFor();
    const files = communeFiles(widgetFiles(requests, origin));
    assert.equal(files.length, 2);
    assert.match(files[1], new RegExp(`^chunks/communes-\\w+/${LILLE}\\.fr\\.js$`));
    await context.close();
  });
});

describe('the partner-data validator loads only with partner data', () => {
  test('a page without partner data never loads it, even after opening everything', async () => {
    const { page, context, requests, origin } = await openResident({ commune: LILLE });
    await openEverything(page.locator('vif-help'));
    const files = widgetFiles(requests, origin);
    assert.ok(chunk(files, 'rest').length === 1, 'the page loaded its other chunks');
    assert.deepEqual(chunk(files, 'partner'), []);
    await context.close();
  });

  test('a page with partner data loads it, and shows the partner contacts', async () => {
    const { page, context, requests, origin } = await harness.open('/partner.html', {
      beforeGoto: (page) =>
        page.route('**/partner/contacts.json', (route) =>
          route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify({ contacts: [PARTNER_CONTACT] }),
          }),
        ),
    });
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
    assert.equal(chunk(widgetFiles(requests, origin), 'partner').length, 1);
    await page.locator('vif-help').getByText('Permanence du partenaire').first().waitFor();
    await context.close();
  });
});

describe('a chunk that cannot load (offline)', () => {
  test('the emergency numbers stay, and a short notice says the rest could not load', async () => {
    const { page, context } = await harness.open('/resident.html?commune=59350', {
      beforeGoto: (page) =>
        page.route(/\/dist\/chunks\/rest-/, (route) => route.abort('internetdisconnected')),
    });
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
    const widget = page.locator('vif-help');
    for (const href of ['tel:17', 'sms:114', 'tel:3919', 'tel:112', 'tel:15', 'tel:18'])
      assert.ok(await widget.locator(`[part~="emergency"] a[href="${href}"]`).isVisible(), href);
    await widget
      .locator('[part~="notice"]')
      .filter({ hasText: 'La suite de l’aide n’a pas pu être chargée' })
      .waitFor();
    assert.ok(await widget.getByRole('searchbox').isVisible());
    await context.close();
  });
});
