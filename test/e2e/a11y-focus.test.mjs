// Focus, as a keyboard user meets it: Tab follows the reading order (on the first screen and
// through a list of results, in French and in Arabic), nothing traps it (the launcher's dialog, a
// card's details, the filters), and after each action that changes the content it lands where a
// keyboard user expects, never on the page's <body>.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';
import { focusedElement } from './support/a11y.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

/**
 * Where focus is: its name, its place among the widget's focusable elements in DOM order (shadow
 * roots and the launcher's dialog included), and its box on the page.
 */
const focusPlace = (page) =>
  page.evaluate(() => {
    const focusable =
      'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
    const inOrder = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches(focusable) && element.checkVisibility()) inOrder.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    for (const widget of document.querySelectorAll('vif-help')) walk(widget.shadowRoot);
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const box = active.getBoundingClientRect();
    return {
      index: inOrder.indexOf(active),
      tag: active.localName,
      cls: active.className,
      text: (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40),
      top: box.top + scrollY,
      left: box.left + scrollX,
      right: box.right + scrollX,
    };
  });

/** Presses Tab `steps` times from where focus is, noting each place. */
async function tabWalk(page, steps, key = 'Tab') {
  const places = [];
  for (let i = 0; i < steps; i += 1) {
    await page.keyboard.press(key);
    places.push(await focusPlace(page));
  }
  return places;
}

/** Each stop comes after the previous one, in the DOM and on screen (rows, then the line's direction). */
function assertReadingOrder(places, dir) {
  places.forEach((place, i) => {
    assert.ok(
      place.index >= 0,
      `stop ${i} (${place.tag}.${place.cls} ${place.text}) is in the widget`,
    );
    if (i === 0) return;
    const previous = places[i - 1];
    assert.equal(
      place.index,
      previous.index + 1,
      `stop ${i} (${place.text}) follows ${previous.text} in the DOM`,
    );
    const sameRow = Math.abs(place.top - previous.top) < 8;
    if (sameRow)
      assert.ok(
        dir === 'rtl' ? place.right <= previous.right + 1 : place.left >= previous.left - 1,
        `stop ${i} (${place.text}) is after ${previous.text} on its line (${dir})`,
      );
    else assert.ok(place.top > previous.top, `stop ${i} (${place.text}) is below ${previous.text}`);
  });
}

for (const [lang, dir] of [
  ['fr', 'ltr'],
  ['ar', 'rtl'],
]) {
  describe(`tab order follows reading order, ${lang}`, () => {
    test('through the first screen', async () => {
      const { page, context } = await harness.open(`/resident.html?commune=59350&lang=${lang}`, {
        viewport: { width: 360, height: 640 },
      });
      // From the page's start: the first stops are the widget's.
      const places = await tabWalk(page, 22);
      assertReadingOrder(places, dir);
      await context.close();
    });

    test('through a list of results', async () => {
      const { page, context } = await harness.open(`/resident.html?commune=59350&lang=${lang}`, {
        viewport: { width: 1280, height: 800 },
      });
      const search = page.locator('vif-help').getByRole('searchbox');
      await search.fill(lang === 'fr' ? 'plainte' : 'شكوى');
      await page.evaluate(() => document.querySelector('vif-help').updateComplete);
      await search.focus();
      const walked = [await focusPlace(page), ...(await tabWalk(page, 25))];
      // Up to the end of the widget, the last thing on this page (focus then leaves the page).
      const end = walked.findIndex((place) => place.tag === 'body');
      const places = end === -1 ? walked : walked.slice(0, end);
      assert.ok(places.length >= 12, `${places.length} stops from the search to the end`);
      assertReadingOrder(places, dir);
      await context.close();
    });
  });
}

describe('no keyboard trap', () => {
  test('the launcher’s dialog: Tab and Shift+Tab move on, Escape leaves from deep inside', async () => {
    const { page, context } = await harness.open('/launcher.html');
    const door = page.locator('vif-help').getByRole('button').first();
    await door.click();
    await page.evaluate(async () => {
      await customElements.whenDefined('vif-help');
      await document.querySelector('vif-help').shadowRoot.querySelector('dialog vif-help')
        .updateComplete;
    });
    const seen = new Set();
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      seen.add(JSON.stringify(await focusedElement(page)));
    }
    assert.ok(seen.size >= 12, `Tab moves on (${seen.size} different stops of 15)`);
    const deep = await focusedElement(page);
    await page.keyboard.press('Shift+Tab');
    assert.notDeepEqual(await focusedElement(page), deep, 'Shift+Tab moves back');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    assert.deepEqual(await focusedElement(page), {
      tag: 'button',
      name: 'Violences dans le couple ou la famille : trouver de l’aide',
    });
    await context.close();
  });

  test('a card’s details and the filters: Tab goes through them and out', async () => {
    const { page, context } = await harness.open('/resident.html?commune=59350');
    const widget = page.locator('vif-help');
    const card = widget.getByRole('article').first();
    await card.getByRole('button', { name: /^Détails/ }).click();
    const start = await focusPlace(page);
    const places = await tabWalk(page, 12);
    assert.ok(places.at(-1).index > start.index + 2, 'Tab went on through the details');
    assert.equal(
      await card.evaluate((article) => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return article.contains(active);
      }),
      false,
      'and left the card',
    );

    await widget.getByRole('button', { name: 'Filtrer' }).click();
    await widget.getByRole('checkbox').first().focus();
    const boxes = await widget.getByRole('checkbox').count();
    const afterFilters = await tabWalk(page, boxes + 1);
    const last = afterFilters.at(-1);
    assert.equal(
      await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active.closest('fieldset') === null;
      }),
      true,
      `Tab left the filters (${last.text})`,
    );
    await context.close();
  });
});

describe('focus after a change of content', () => {
  test('choosing a commune: on « Changer de commune », not on the page', async () => {
    const { page, context } = await harness.open('/resident.html?commune=59350');
    const widget = page.locator('vif-help');
    await widget.getByRole('button', { name: 'Changer de commune' }).press('Enter');
    await widget.getByRole('combobox', { name: 'Votre commune' }).selectOption('59512');
    await widget.getByRole('button', { name: 'Afficher l’aide' }).press('Enter');
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
    assert.match(await widget.locator('.commune-line').innerText(), /Aide pour Roubaix/);
    assert.deepEqual(await focusedElement(page), { tag: 'button', name: 'Changer de commune' });
    await context.close();
  });

  test('choosing a situation: focus stays on its pressed button, the panel follows it', async () => {
    const { page, context } = await harness.open('/resident.html?commune=59350');
    const widget = page.locator('vif-help');
    const need = widget.getByRole('button', { name: 'Dormir ce soir', exact: true });
    await need.press('Enter');
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
    assert.equal(await need.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await focusedElement(page), { tag: 'button', name: 'Dormir ce soir' });
    // The next Tab goes on from there, into what follows it, not back to the top.
    const here = await focusPlace(page);
    await page.keyboard.press('Tab');
    assert.equal((await focusPlace(page)).index, here.index + 1);
    await context.close();
  });

  test('a filter: focus stays on its checkbox while the list changes; Filtrer closes on itself', async () => {
    const { page, context } = await harness.open('/resident.html?commune=59350');
    const widget = page.locator('vif-help');
    const filter = widget.getByRole('button', { name: 'Filtrer' });
    await filter.press('Enter');
    const box = widget.getByRole('checkbox', { name: 'Police et plainte' });
    await box.focus();
    await page.keyboard.press('Space');
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
    assert.equal(await box.isChecked(), true);
    assert.deepEqual(await focusedElement(page), { tag: 'input', name: 'Police et plainte' });
    const named = widget.getByRole('button', { name: /^Filtrer/ });
    await named.press('Enter');
    await page.evaluate(() => document.querySelector('vif-help').updateComplete);
    assert.match((await focusedElement(page)).name, /^Filtrer/);
    await context.close();
  });

  test('closing the launcher’s dialog with its button: back on the launcher', async () => {
    const { page, context } = await harness.open('/launcher.html');
    await page.locator('vif-help').getByRole('button').first().press('Enter');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Fermer', exact: true })
      .press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    assert.deepEqual(await focusedElement(page), {
      tag: 'button',
      name: 'Violences dans le couple ou la famille : trouver de l’aide',
    });
    await context.close();
  });
});
