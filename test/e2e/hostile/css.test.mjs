// A host page whose global CSS tries to unset, shrink, hide and disable everything: the widget's
// emergency numbers and quick exit must stay visible, readable and clickable, and the page's
// --vif-* custom properties must still theme it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BAND_HREFS,
  EMERGENCY_HREFS,
  EXIT_URL,
  assertNoTrouble,
  contrastRatio,
  parseColour,
  pressShift,
  probeLinks,
  startHarness,
} from './support.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const WIDGETS = [
  { index: 0, name: 'full view', numbers: EMERGENCY_HREFS },
  { index: 1, name: 'emergency view', numbers: BAND_HREFS },
];

/** Brings a widget's emergency block on screen, then probes its links and their text. */
async function probeEmergency(page, index) {
  await page.evaluate((i) => {
    const root = document.querySelectorAll('vif-help')[i].shadowRoot;
    root.querySelector('[part~="emergency"]').scrollIntoView({ block: 'center' });
  }, index);
  return page.evaluate(probeLinks, {
    index,
    linkSelector: '[part~="emergency"] a',
    parts: ['.digits', '.label'],
  });
}

async function probeExit(page, index) {
  await page.evaluate((i) => {
    document.querySelectorAll('vif-help')[i].scrollIntoView({ block: 'start' });
  }, index);
  const [exit] = await page.evaluate(probeLinks, {
    index,
    linkSelector: '[part~="exit"]',
    parts: [''],
  });
  return exit;
}

describe('a page whose global CSS unsets, shrinks and hides everything', () => {
  // One page serves the checks that only look and click on the numbers; the exits get their own.
  let shared;
  before(async () => {
    shared = await harness.open('/hostile/hostile-css.html');
  });
  after(() => shared.context.close());

  test('the hostile stylesheet is in force on the page itself (control)', async () => {
    const host = await shared.page.evaluate(() => {
      const style = getComputedStyle(document.getElementById('host-content'));
      const link = getComputedStyle(document.getElementById('host-link'));
      return {
        fontSize: style.fontSize,
        color: style.color,
        linkPointerEvents: link.pointerEvents,
        widgetDisplay: getComputedStyle(document.querySelector('vif-help')).display,
      };
    });
    assert.deepEqual(host, {
      fontSize: '4px',
      color: 'rgba(0, 0, 0, 0)',
      linkPointerEvents: 'none',
      widgetDisplay: 'inline',
    });
  });

  for (const { index, name, numbers } of WIDGETS) {
    test(`${name}: the emergency numbers stay visible, in legible colours, and take clicks`, async () => {
      const { page, problems } = shared;
      const links = await probeEmergency(page, index);
      assert.deepEqual(
        links.map((link) => link.href),
        numbers,
      );
      for (const link of links) {
        assert.equal(link.visible, true, `${link.href} visible`);
        assert.equal(link.inViewport, true, `${link.href} on screen`);
        assert.equal(link.opacity, 1, `${link.href} opaque`);
        assert.ok(link.rect.height >= 44, `${link.href} is ${link.rect.height} px high`);
        assert.equal(link.reachable, true, `${link.href} under the pointer (got ${link.topmost})`);
        assert.notEqual(link.pointerEvents, 'none');
        for (const part of link.parts) {
          const colour = parseColour(part.color);
          assert.equal(colour[3], 1, `${link.href} ${part.selector}: opaque text (${part.color})`);
          assert.equal(part.fill, part.color, `${link.href} ${part.selector}: text fill`);
          const ratio = contrastRatio(colour, parseColour(part.background));
          assert.ok(ratio >= 4.5, `${link.href} ${part.selector}: contrast ${ratio.toFixed(2)}`);
        }
      }

      // Real clicks at each link's centre reach the link (recorded, then cancelled: tel: and
      // sms: would leave the browser).
      await page.evaluate((i) => {
        window.clicked = [];
        const record = (event) => {
          const link = event.composedPath().find((node) => node.localName === 'a');
          window.clicked.push(link?.getAttribute('href') ?? null);
          event.preventDefault();
        };
        window.stopRecording?.();
        const root = document.querySelectorAll('vif-help')[i].shadowRoot;
        root.addEventListener('click', record, { capture: true });
        window.stopRecording = () => root.removeEventListener('click', record, { capture: true });
      }, index);
      for (const link of links) await page.mouse.click(link.centre.x, link.centre.y);
      assert.deepEqual(await page.evaluate(() => window.clicked), numbers);
      await assertNoTrouble(page, problems);
    });
  }

  test(':root { --vif-accent } still themes the quick exit', async () => {
    for (const { index } of WIDGETS) {
      const exit = await probeExit(shared.page, index);
      assert.equal(exit.parts[0].background, 'rgb(255, 0, 0)');
      assert.equal(exit.parts[0].color, 'rgb(255, 255, 255)');
    }
  });

  test('the numbers keep a readable text size when the page shrinks every font to 4 px', async () => {
    for (const { index, name } of WIDGETS) {
      for (const link of await probeEmergency(shared.page, index)) {
        const [digits, label] = link.parts;
        assert.ok(digits.fontSize >= 16, `${name} ${link.href} digits: ${digits.fontSize} px`);
        assert.ok(label.fontSize >= 12, `${name} ${link.href} label: ${label.fontSize} px`);
      }
      const exit = await probeExit(shared.page, index);
      assert.ok(exit.parts[0].fontSize >= 12, `${name} exit: ${exit.parts[0].fontSize} px`);
    }
  });

  test('the quick exit button is visible and leaves on a real click', async () => {
    const { page, context, problems } = await harness.open('/hostile/hostile-css.html');
    const exit = await probeExit(page, 0);
    assert.equal(exit.visible, true);
    assert.equal(exit.reachable, true, `under the pointer: ${exit.topmost}`);
    assert.ok(exit.rect.height >= 44);
    assert.equal(parseColour(exit.parts[0].color)[3], 1);
    await Promise.all([page.waitForURL(EXIT_URL), page.mouse.click(exit.centre.x, exit.centre.y)]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Shift pressed three times leaves', async () => {
    const { page, context } = await harness.open('/hostile/hostile-css.html');
    await Promise.all([page.waitForURL(EXIT_URL), pressShift(page, 3)]);
    await context.close();
  });
});

describe('a page whose inherited text properties would hide or garble text', () => {
  test('the emergency numbers stay painted, in place, and the page does not scroll sideways', async () => {
    const { page, context, problems } = await harness.open('/hostile/inherited.html');
    const links = await probeEmergency(page, 0);
    assert.deepEqual(
      links.map((link) => link.href),
      EMERGENCY_HREFS,
    );
    for (const link of links) {
      for (const part of link.parts) {
        assert.equal(part.fill, part.color, `${link.href} ${part.selector}: text fill`);
        assert.equal(part.textIndent, 0, `${link.href} ${part.selector}: text-indent`);
      }
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'horizontal overflow in px');
    await assertNoTrouble(page, problems);
    await context.close();
  });
});
