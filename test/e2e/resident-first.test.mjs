// The widget as a resident in crisis meets it on a 360×640 phone and on a desktop
// (RESIDENT-FIRST.md, issue 12): what the first screen holds, how long the page is with nothing
// opened, nothing said twice, compact cards, the commune's four first doors, the band.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const LILLE = '59350';
const WICRES = '59658';
/** A commune with no published place of its own: its town hall and police still held. */
const HOUPLIN = '59316';

async function open(attributes, viewport = PHONE) {
  const query = new URLSearchParams(attributes).toString();
  const opened = await harness.open(`/resident.html?${query}`, { viewport });
  await opened.page.evaluate(() => document.querySelector('vif-help').updateComplete);
  return opened;
}

/** Geometry of the widget, in px from its top edge, as the page lays it out. */
function layout() {
  const host = document.querySelector('vif-help');
  const root = host.shadowRoot;
  const top = host.getBoundingClientRect().top;
  const visible = (element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  };
  const bottom = (element) => (element ? element.getBoundingClientRect().bottom - top : Infinity);
  const emergency = root.querySelector('[part~="emergency"]');
  const linkIn = (scope, href) => scope?.querySelector(`a[href="${href}"]`) ?? null;
  const needs = [...root.querySelectorAll('[role="group"] button[aria-pressed]')].filter(visible);
  const callLinks = [...root.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].filter(visible);
  const linkCounts = {};
  for (const link of callLinks) {
    const href = link.getAttribute('href');
    linkCounts[href] = (linkCounts[href] ?? 0) + 1;
  }
  const cards = [...root.querySelectorAll('[part~="contact"].card')].map((card) => {
    const rect = card.getBoundingClientRect();
    const call = card.querySelector('a');
    return {
      name: card.querySelector('h1, h2, h3, h4, h5, h6')?.textContent.trim(),
      height: rect.height,
      callOffset: call ? call.getBoundingClientRect().top - rect.top : Infinity,
    };
  });
  return {
    height: host.getBoundingClientRect().height,
    exit: bottom(root.querySelector('[part~="exit"]')),
    police: bottom(linkIn(emergency, 'tel:17')),
    sms: bottom(linkIn(emergency, 'sms:114')),
    listening: bottom(linkIn(emergency, 'tel:3919')),
    search: bottom(root.querySelector('[part~="search"]')),
    protect: bottom(
      [...root.querySelectorAll('button')].find(
        (b) =>
          b.textContent.includes('Protéger votre navigation') ||
          b.getAttribute('aria-controls') === 'protect',
      ),
    ),
    needBottoms: needs.map(bottom),
    emergencyHeight: emergency.getBoundingClientRect().height,
    linkCounts,
    cards,
    text: root.querySelector('.root').innerText,
  };
}

for (const lang of ['fr', 'ar']) {
  describe(`the first screen on a 360×640 phone (${lang})`, () => {
    for (const commune of [LILLE, WICRES]) {
      test(`${commune}: exit, safety line, 17, SMS 114, 3919, the search and 4 to 6 needs`, async () => {
        const { page, context, problems } = await open({ commune, lang });
        const at = await page.evaluate(layout);
        assert.ok(at.exit <= 640, `exit ${at.exit}`);
        assert.ok(at.protect <= 640, `protect ${at.protect}`);
        for (const key of ['police', 'sms', 'listening', 'search']) {
          assert.ok(at[key] <= 580, `${key} bottom at ${Math.round(at[key])} px`);
        }
        const onScreen = at.needBottoms.filter((bottom) => bottom <= 640).length;
        assert.ok(
          onScreen >= 4 && onScreen <= 6,
          `${onScreen} need buttons on screen: ${at.needBottoms}`,
        );
        assert.ok(at.emergencyHeight <= 220, `emergency block ${at.emergencyHeight} px`);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }

    test('with nothing opened: Lille at most 6 screens, Wicres at most 4', async () => {
      for (const [commune, screens] of [
        [LILLE, 6],
        [WICRES, 4],
      ]) {
        const { page, context } = await open({ commune, lang });
        const { height } = await page.evaluate(layout);
        assert.ok(
          height <= screens * 640,
          `${commune}: ${height} px = ${(height / 640).toFixed(1)} screens`,
        );
        await context.close();
      }
    });

    test('no number is a link more than twice; the trace sentence at most twice', async () => {
      for (const commune of [LILLE, WICRES]) {
        const { page, context } = await open({ commune, lang });
        const { linkCounts, text } = await page.evaluate(layout);
        const repeated = Object.entries(linkCounts).filter(([, count]) => count > 2);
        assert.deepEqual(repeated, [], `${commune}: ${JSON.stringify(linkCounts)}`);
        assert.ok((text.match(/historique d.appels/g) ?? []).length <= 2);
        await context.close();
      }
    });

    test('a closed card is at most 180 px tall, its call at most 100 px from its top', async () => {
      const { page, context } = await open({ commune: LILLE, lang });
      const { cards } = await page.evaluate(layout);
      assert.ok(cards.length >= 3, `${cards.length} cards`);
      for (const card of cards) {
        assert.ok(card.height <= 180, `${card.name}: ${card.height} px`);
        assert.ok(card.callOffset <= 100, `${card.name}: call at ${card.callOffset} px`);
      }
      await context.close();
    });
  });
}

describe('on a desktop (1280×800)', () => {
  test('Lille with nothing opened is at most 3 screens', async () => {
    const { page, context } = await open({ commune: LILLE }, DESKTOP);
    const { height } = await page.evaluate(layout);
    assert.ok(height <= 3 * 800, `${height} px`);
    await context.close();
  });
});

describe('the directory as a resident reads it', () => {
  test('Lille: groups in order, its own places first, no card repeats a number shown above', async () => {
    const { page, context } = await open({ commune: LILLE });
    const widget = page.locator('vif-help');
    const list = widget.locator('[part~="list"]');
    const groups = await list.getByRole('heading').allInnerTexts();
    const order = ['À Lille', 'Dans la métropole', 'Partout en France'].map((title) =>
      groups.findIndex((heading) => heading.startsWith(title)),
    );
    assert.ok(
      order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1])),
      groups.join(' | '),
    );
    const local = await widget
      .getByRole('region', { name: /^À Lille/ })
      .locator(
        '[part~="contact"] h1, [part~="contact"] h2, [part~="contact"] h3, [part~="contact"] h4, [part~="contact"] h5, [part~="contact"] h6',
      )
      .allInnerTexts();
    assert.ok(local.length >= 3, local.join(' | '));
    assert.doesNotMatch(local[0], /Rosa/, 'a place that may not be working is not first');
    const above = new Set(
      await widget
        .locator('[part~="emergency"] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    );
    const inCards = await list
      .locator('[part~="contact"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(
      inCards.filter((href) => above.has(href)),
      [],
    );
    await context.close();
  });

  test('every one of the 95 communes has four first-door rows, each with a call or an SMS', async () => {
    const { page, context } = await open({ commune: LILLE });
    const rows = await page.evaluate(async () => {
      const { listCommunes } = await import('/dist/vif-help.js');
      const widget = document.querySelector('vif-help');
      const result = {};
      for (const { insee, name } of listCommunes()) {
        widget.setAttribute('commune', insee);
        await widget.updateComplete;
        const list = [...widget.shadowRoot.querySelectorAll('ul')].find((ul) =>
          (ul.getAttribute('aria-label') ?? '').includes(name),
        );
        result[insee] = list
          ? [...list.children].map((row) => !!row.querySelector('a[href^="tel:"], a[href^="sms:"]'))
          : [];
      }
      return result;
    });
    assert.equal(Object.keys(rows).length, 95);
    const wrong = Object.entries(rows).filter(
      ([, doors]) => doors.length !== 4 || doors.some((linked) => !linked),
    );
    assert.deepEqual(wrong, []);
    await context.close();
  });

  test('Houplin-Ancoisne says in one line that it has no verified place of its own yet', async () => {
    const { page, context } = await open({ commune: HOUPLIN });
    const { text, cards } = await page.evaluate(layout);
    assert.match(
      text,
      /Pour Houplin-Ancoisne, nous n’avons pas encore de lieu d’aide vérifié dans la commune/,
    );
    assert.ok(cards.length <= 3, `${cards.length} cards`);
    assert.deepEqual(
      cards.filter((card) => /SAMU|pompiers/i.test(card.name)),
      [],
    );
    await context.close();
  });

  test('the data team’s notes never reach residents; doubt is one badge and one sentence', async () => {
    const { page, context } = await open({ commune: LILLE });
    const { text } = await page.evaluate(layout);
    assert.doesNotMatch(text, /source secondaire|fichier|jeu de données|À confirmer/i);
    assert.equal((text.match(/« À vérifier » :/g) ?? []).length, 1);
    await context.close();
  });

  test('"Détails" shows the rest in place, without a history entry and without moving the call', async () => {
    const { page, context } = await open({ commune: LILLE });
    const widget = page.locator('vif-help');
    const card = widget.locator('[part~="contact"].card').first();
    const call = card.locator('a').first();
    const offset = async () => {
      const [a, b] = [await call.boundingBox(), await card.boundingBox()];
      return { x: a.x - b.x, y: a.y - b.y };
    };
    const before = await offset();
    const length = await page.evaluate(() => history.length);
    const details = card.getByRole('button', { name: /^Détails/ });
    assert.equal(await details.getAttribute('aria-expanded'), 'false');
    assert.doesNotMatch(await card.innerText(), /D'après /);
    await details.click();
    assert.equal(await details.getAttribute('aria-expanded'), 'true');
    assert.match(await card.innerText(), /D'après /);
    assert.deepEqual(await offset(), before);
    assert.equal(await page.evaluate(() => history.length), length);
    await context.close();
  });
});

describe('the first screen acts', () => {
  test('"Protéger votre navigation" opens in place, focus on its heading', async () => {
    const { page, context } = await open({ commune: LILLE });
    const widget = page.locator('vif-help');
    const scrollBefore = await page.evaluate(() => scrollY);
    await widget.getByRole('button', { name: /Protéger votre navigation/ }).click();
    const focused = await page.evaluate(() => {
      const active = document.querySelector('vif-help').shadowRoot.activeElement;
      return { tag: active?.localName, text: active?.textContent.trim() };
    });
    assert.match(focused.tag, /^h[2-6]$/);
    assert.equal(focused.text, 'Protéger votre navigation');
    assert.ok((await page.evaluate(() => scrollY)) - scrollBefore <= 640);
    await context.close();
  });

  test('"Dormir ce soir": the 115 is the first link, within 200 px of the button', async () => {
    const { page, context } = await open({ commune: LILLE });
    const widget = page.locator('vif-help');
    const button = widget.getByRole('button', { name: 'Dormir ce soir' });
    await button.click();
    const { offset, href } = await page.evaluate(() => {
      const root = document.querySelector('vif-help').shadowRoot;
      const pressed = root.querySelector('button[aria-pressed="true"]');
      const after = [...root.querySelectorAll('a[href]')].find(
        (a) => pressed.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return {
        href: after.getAttribute('href'),
        offset: after.getBoundingClientRect().top - pressed.getBoundingClientRect().bottom,
      };
    });
    assert.equal(href, 'tel:115');
    assert.ok(offset <= 200, `${offset} px`);
    await context.close();
  });

  test('typing "avocat": the count and the first result right under the field', async () => {
    const { page, context } = await open({ commune: LILLE });
    const field = page.locator('vif-help').locator('[part~="search"]');
    await field.pressSequentially('avocat');
    const at = await page.evaluate(() => {
      const root = document.querySelector('vif-help').shadowRoot;
      const input = root.querySelector('[part~="search"]').getBoundingClientRect();
      const count = root.querySelector('[role="status"].count').getBoundingClientRect();
      const first = root.querySelector('[part~="list"] [part~="contact"]').getBoundingClientRect();
      return { count: count.top - input.bottom, first: first.top - input.bottom };
    });
    assert.ok(at.count <= 40, `count ${at.count} px below the field`);
    assert.ok(at.first <= 120, `first result ${at.first} px below the field`);
    await context.close();
  });
});

describe('view="emergency"', () => {
  test('one band at most 120 px tall with 17, SMS 114, 3919 and "Plus d’aide"', async () => {
    const { page, context, problems } = await open({
      commune: LILLE,
      view: 'emergency',
      'help-url': '/aide-violences',
    });
    const band = await page.evaluate(() => {
      const host = document.querySelector('vif-help');
      return {
        height: host.getBoundingClientRect().height,
        hrefs: [...host.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    });
    assert.ok(band.height <= 120, `${band.height} px`);
    for (const href of ['tel:17', 'sms:114', 'tel:3919', '/aide-violences']) {
      assert.ok(band.hrefs.includes(href), `${href} in ${band.hrefs}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('help-url of another scheme is refused with one warning, and no link is shown', async () => {
    const { page, context } = await harness.open('/resident.html?view=emergency', {
      viewport: PHONE,
    });
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const hrefs = await page.evaluate(async () => {
      const host = document.querySelector('vif-help');
      host.setAttribute('help-url', 'javascript:alert(1)');
      await host.updateComplete;
      return [...host.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    });
    assert.ok(!hrefs.some((href) => href.startsWith('javascript')));
    assert.equal(warnings.filter((text) => text.includes('help-url')).length, 1);
    await context.close();
  });
});
