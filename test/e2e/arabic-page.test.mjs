// The widget as a resident who reads Arabic meets it (issue 15, RESIDENT-FIRST C10): on an Arabic
// page for Lille with nothing opened, at most 10 % of the words on screen are French, names and
// addresses of places aside; the answers, once opened, are in Arabic.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const PHONE = { width: 360, height: 640 };
const LILLE = '59350';

async function openArabic(commune) {
  const opened = await harness.open(`/resident.html?commune=${commune}&lang=ar`, {
    viewport: PHONE,
  });
  await opened.page.evaluate(() => document.querySelector('vif-help').updateComplete);
  return opened;
}

/**
 * The words a resident sees in the widget's shadow root (rendered, not hidden by a closed
 * disclosure), each with whether it is French: written in Latin letters (a French fallback, or a
 * French term inside an Arabic sentence), or inside an element whose closest `lang` is `fr`.
 * Numbers are not words. The names and addresses of places, which residents will read as they
 * are on a door or a letter, are marked `place-name` and `place-address` and left aside.
 */
function visibleWords(scopeSelector) {
  const root = document.querySelector('vif-help').shadowRoot;
  const scope = scopeSelector ? root.querySelector(scopeSelector) : root;
  const words = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('style, script, .place-name, .place-address')) continue;
    // A text is on screen when its own box is: display:none, hidden and closed regions have none.
    const range = document.createRange();
    range.selectNodeContents(node);
    const seen = [...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0);
    if (!seen || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      continue;
    const inFrench = element.closest('[lang]')?.getAttribute('lang') === 'fr';
    for (const word of node.textContent.split(/[\s\u00a0\u202f]+/)) {
      if (!/\p{L}/u.test(word)) continue;
      words.push({ word, french: inFrench || /\p{Script=Latin}/u.test(word) });
    }
  }
  return words;
}

const frenchShare = (words) => words.filter((w) => w.french).length / words.length;

describe('an Arabic page for Lille (59350)', () => {
  test('with nothing opened, at most 10 % of the visible words are French, places aside', async () => {
    const { page, context, problems } = await openArabic(LILLE);
    const words = await page.evaluate(visibleWords);
    const french = words.filter((w) => w.french).map((w) => w.word);
    const share = frenchShare(words);
    // Enough text to judge: the first screen, the directory, the headings below.
    assert.ok(words.length > 150, `${words.length} words`);
    assert.ok(
      share <= 0.1,
      `${(share * 100).toFixed(1)} % of ${words.length} words are French: ${french.join(' ')}`,
    );
    // What is left aside is only each card's name (its heading) and the address of a place.
    const elsewhere = await page.evaluate(
      () =>
        [
          ...document
            .querySelector('vif-help')
            .shadowRoot.querySelectorAll('.place-name, .place-address'),
        ].filter((element) => !element.matches('[part~="contact"] :is(h2, h3, h4, h5, h6, p)'))
          .length,
    );
    assert.equal(elsewhere, 0, 'only names and addresses of places are left aside');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the answers, opened, are in Arabic; any French left carries lang="fr" dir="ltr"', async () => {
    const { page, context } = await openArabic(LILLE);
    const widget = page.locator('vif-help');
    await widget.locator('#questions-title').click();
    const questions = widget.locator('#questions .answer-question');
    // The answers load on first use, from the script's folder.
    await questions.nth(12).waitFor();
    const count = await questions.count();
    assert.ok(count >= 13, `${count} answers`);
    for (let i = 0; i < count; i += 1) await questions.nth(i).click();
    await widget
      .locator('#questions .answer-body')
      .nth(count - 1)
      .waitFor();
    // "Lire la suite" everywhere, so that every answer is read whole.
    const more = widget.locator('#questions button[aria-expanded="false"]');
    for (let i = (await more.count()) - 1; i >= 0; i -= 1) await more.nth(i).click();
    await page.waitForFunction(
      () =>
        !document
          .querySelector('vif-help')
          .shadowRoot.querySelector('#questions button[aria-expanded="false"]'),
    );

    // Each answer's own text: its paragraphs, "Lire la suite" opened (its note, contacts and
    // source follow apart).
    const bodies = await page.evaluate(() =>
      [
        ...document
          .querySelector('vif-help')
          .shadowRoot.querySelectorAll('#questions .answer-body > div[lang]'),
      ]
        .filter((text) => text.checkVisibility())
        .map((text) => ({
          id: text.parentElement.id,
          lang: text.getAttribute('lang'),
          dir: text.getAttribute('dir'),
          text: text.innerText,
        })),
    );
    assert.equal(bodies.length, count);
    for (const body of bodies) {
      assert.deepEqual([body.lang, body.dir], ['ar', 'rtl'], `${body.id} is marked Arabic`);
      // The French term kept beside a legal one (« ordonnance de protection ») is allowed: it
      // is what residents will read on the forms; at most one word in five.
      const arabic = (body.text.match(/\p{Script=Arabic}+/gu) ?? []).length;
      const latin = (body.text.match(/\p{Script=Latin}+/gu) ?? []).length;
      assert.ok(
        arabic > 4 * latin,
        `${body.id}: ${arabic} Arabic words, ${latin} Latin: ${body.text}`,
      );
    }
    // The French it keeps (« ordonnance de protection », CAF) is marked French, left to right.
    const latinOutsideFrench = await page.evaluate(() => {
      const found = [];
      const texts = document
        .querySelector('vif-help')
        .shadowRoot.querySelectorAll('#questions .answer-body > div[lang]');
      for (const text of texts) {
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const marked = node.parentElement.closest('[lang]');
          const french =
            marked.getAttribute('lang') === 'fr' && marked.getAttribute('dir') === 'ltr';
          if (!french && /\p{Script=Latin}/u.test(node.textContent)) found.push(node.textContent);
        }
      }
      return found;
    });
    assert.deepEqual(latinOutsideFrench, []);
    const unmarked = await page.evaluate(() =>
      [...document.querySelector('vif-help').shadowRoot.querySelectorAll('[lang="fr"]')]
        .filter((element) => element.getAttribute('dir') !== 'ltr')
        .map((element) => element.textContent),
    );
    assert.deepEqual(unmarked, []);

    await context.close();
  });
});
