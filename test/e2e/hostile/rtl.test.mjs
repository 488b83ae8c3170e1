// A right-to-left host page (<html dir="rtl" lang="ar">): the widget speaks Arabic, lays itself
// out right to left, and still shows every phone number left to right, digit after digit.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  emergencyHrefsOf,
  TEMPLATE_TAGS,
  assertNoTrouble,
  inspectWidgets,
  startHarness,
} from './support.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const ARABIC = /[\u0600-\u06ff]/;

/** Waits until every widget has switched to Arabic (the locale loads after the first render). */
const waitForArabic = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('vif-help')].every(
      (widget) => widget.shadowRoot.querySelector('.root')?.getAttribute('dir') === 'rtl',
    ),
  );

/**
 * In the page: every number (bdi) of every widget, with its direction and whether its first
 * character is painted left of its last. With `control`, the same measure of a number in a plain
 * right-to-left paragraph of the page, which the bidi algorithm paints "006 116".
 */
function paintedNumbers({ control = false } = {}) {
  const measure = (element) => {
    // Lit leaves comment markers beside the text: take the text node that holds the digits.
    const text = [...element.childNodes].find(
      (node) => node.nodeType === Node.TEXT_NODE && /\d/.test(node.data),
    );
    const value = text?.data ?? '';
    const first = value.search(/\S/);
    const last = value.length - 1 - [...value].reverse().join('').search(/\S/);
    const left = (offset) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return {
      text: value.trim(),
      dirAttribute: element.getAttribute('dir'),
      direction: getComputedStyle(element).direction,
      firstLeftOfLast: text && first < last ? left(first) < left(last) : null,
    };
  };
  if (control) {
    const paragraph = document.createElement('p');
    paragraph.textContent = '116 006';
    document.body.append(paragraph);
    const result = measure(paragraph);
    paragraph.remove();
    return [result];
  }
  return [...document.querySelectorAll('vif-help')].flatMap((widget) =>
    [...widget.shadowRoot.querySelectorAll('bdi')]
      .filter((bdi) => /\d/.test(bdi.textContent) && bdi.getClientRects().length > 0)
      .map(measure),
  );
}

describe('a right-to-left host page in Arabic', () => {
  let shared;
  before(async () => {
    shared = await harness.open('/hostile/rtl.html');
    await waitForArabic(shared.page);
  });
  after(() => shared.context.close());

  test('every widget renders in Arabic, right to left, with its five emergency numbers', async () => {
    const { page, problems } = shared;
    const widgets = await page.evaluate(inspectWidgets, { allowedTags: TEMPLATE_TAGS });
    assert.equal(widgets.length, 2);
    for (const widget of widgets) {
      assert.equal(widget.lang, 'ar');
      assert.equal(widget.dir, 'rtl');
      assert.deepEqual(widget.emergency, emergencyHrefsOf(widget));
    }
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('vif-help')].map((widget) => ({
        exit: widget.shadowRoot.querySelector('[part~="exit"]').textContent,
        heading: widget.shadowRoot.querySelector('#emergency-title').textContent,
        direction: getComputedStyle(widget.shadowRoot.querySelector('.root')).direction,
      })),
    );
    for (const { exit, heading, direction } of texts) {
      assert.match(exit, ARABIC);
      assert.match(heading, ARABIC);
      assert.equal(direction, 'rtl');
    }
    await assertNoTrouble(page, problems);
  });

  test('the layout runs right to left: the first number on the right, the quick exit on the left', async () => {
    const layout = await shared.page.evaluate(() => {
      const root = document.querySelector('vif-help').shadowRoot;
      const [first, second] = [...root.querySelectorAll('[part~="emergency"] a')].map((link) =>
        link.getBoundingClientRect(),
      );
      const widget = root.querySelector('.root').getBoundingClientRect();
      const exit = root.querySelector('[part~="exit"]').getBoundingClientRect();
      return {
        sameRow: Math.abs(first.top - second.top) < 1,
        firstRightOfSecond: first.left > second.left,
        exitInLeftHalf: exit.left + exit.width / 2 < widget.left + widget.width / 2,
      };
    });
    assert.deepEqual(layout, { sameRow: true, firstRightOfSecond: true, exitInLeftHalf: true });
  });

  test('every number is painted left to right, digit after digit', async () => {
    const [control] = await shared.page.evaluate(paintedNumbers, { control: true });
    assert.deepEqual(
      control,
      { text: '116 006', dirAttribute: null, direction: 'rtl', firstLeftOfLast: false },
      'control: the measure sees a number reordered by the page',
    );
    // Everything opened (the other lines, the cards' details) so that every number is painted.
    await shared.page.evaluate(async () => {
      for (const widget of document.querySelectorAll('vif-help')) {
        for (const button of widget.shadowRoot.querySelectorAll(
          'button[aria-expanded="false"]:not(.commune-toggle)',
        ))
          button.click();
        await widget.updateComplete;
      }
    });
    const numbers = await shared.page.evaluate(paintedNumbers);
    // The emergency and talk numbers of both widgets, and the directory's numbers and postcodes.
    assert.ok(numbers.length > 20, `${numbers.length} numbers`);
    for (const number of ['17', '112', '114', '3919', '116 006', '0 800 05 95 95']) {
      assert.ok(
        numbers.some((n) => n.text === number),
        `${number} is shown`,
      );
    }
    for (const number of numbers) {
      assert.equal(number.dirAttribute, 'ltr', number.text);
      assert.equal(number.direction, 'ltr', number.text);
      if (number.firstLeftOfLast !== null) assert.equal(number.firstLeftOfLast, true, number.text);
    }
    assert.ok(numbers.filter((n) => n.firstLeftOfLast === true).length > 20);
  });

  test('at 320 px wide, the Arabic widgets cause no horizontal scroll', async () => {
    const { page, context, problems } = await harness.open('/hostile/rtl.html', {
      viewport: { width: 320, height: 640 },
    });
    await waitForArabic(page);
    const scroll = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.equal(scroll.scrollWidth, scroll.clientWidth);
    await assertNoTrouble(page, problems);
    await context.close();
  });
});
