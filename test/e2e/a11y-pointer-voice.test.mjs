// Pointer and voice: every action of the widget fires on release, never on press (WCAG 2.5.2:
// pressing a button or a link and sliding off it changes nothing), and every visible label is
// part of its control's accessible name as Chrome computes it (WCAG 2.5.3), so that a resident
// can say « Quitter rapidement » or « Détails » to a voice assistant.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

/** What a press could change: the widget's tree and states, the address, the history. */
const state = async (page) => ({
  tree: await page.locator('vif-help').first().ariaSnapshot(),
  url: page.url(),
  history: await page.evaluate(() => history.length),
});

/** Marks each visible button and link of the widgets with data-press-index; returns how many. */
const markControls = (page) =>
  page.evaluate(() => {
    let count = 0;
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) walk(element.shadowRoot);
        if (element.matches('a[href], button') && element.checkVisibility()) {
          element.dataset.pressIndex = String(count);
          count += 1;
        }
      }
    };
    for (const widget of document.querySelectorAll('vif-help')) walk(widget.shadowRoot);
    return count;
  });

describe('actions fire on release', () => {
  test('no handler of the widget acts on a press (mousedown, pointerdown, touchstart, keydown)', () => {
    const press =
      /@(mousedown|pointerdown|touchstart|keydown|keypress)\b|addEventListener\(\s*['"](mousedown|pointerdown|touchstart|keydown|keypress)['"]/;
    const files = readdirSync('src', { recursive: true })
      .map(String)
      .filter((file) => /\.(ts|js)$/.test(file) && !file.includes('generated'));
    const found = files.filter((file) => press.test(readFileSync(join('src', file), 'utf8')));
    assert.deepEqual(found, []);
  });

  test('pressing each button and link, then sliding off before releasing, changes nothing', async () => {
    const { page, context } = await harness.open('/index.html', {
      viewport: { width: 1280, height: 800 },
      exit: 'abort',
    });
    const widget = page.locator('vif-help');
    // Open what hides controls: the filters, the other lines, a card's details.
    await widget.getByRole('button', { name: /^Filtrer/ }).click();
    await widget.getByRole('button', { name: /^Autres lignes/ }).click();
    await widget.getByRole('article').first().getByRole('button').first().click();
    const count = await markControls(page);
    assert.ok(count > 40, `${count} controls`);
    const away = await page.locator('#host-content').boundingBox();
    const before = await state(page);
    for (let index = 0; index < count; index += 1) {
      const control = widget.locator(`[data-press-index="${index}"]`);
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      if (!box) continue;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.waitForTimeout(30);
      const pressed = await state(page);
      assert.deepEqual(pressed, before, `a press on control ${index} changed something`);
      // Slide off to the page's own text, then release: the action is cancelled.
      await page.evaluate(() => scrollTo(0, 0));
      await page.mouse.move(away.x + 2, away.y + 2, { steps: 3 });
      await page.mouse.up();
      assert.deepEqual(
        await state(page),
        before,
        `pressing control ${index} and sliding off changed something`,
      );
    }
    await context.close();
  });
});

/** Chrome's accessible names of the widget's buttons and links, with their visible text. */
async function namesAndLabels(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const found = [];
  for (const node of nodes) {
    const role = node.role?.value;
    if ((role !== 'button' && role !== 'link') || node.ignored || !node.backendDOMNodeId) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        let host = this.getRootNode().host;
        while (host && host.localName !== 'vif-help') host = host.getRootNode().host;
        if (!host || !this.checkVisibility()) return null;
        // What is seen: icons hidden from assistive technology (›, +, the Shift×3 lights) are
        // not the label, nor is text hidden from sight for screen readers (one clipped pixel).
        let text = this.innerText;
        for (const part of this.querySelectorAll('*')) {
          const box = part.getBoundingClientRect();
          const unseen = box.width <= 1 && box.height <= 1;
          if ((part.getAttribute('aria-hidden') === 'true' || unseen) && part.innerText)
            text = text.replace(part.innerText, '');
        }
        return text;
      }`,
    });
    if (result.value === null || result.value === undefined) continue;
    found.push({ role, name: node.name?.value ?? '', label: result.value });
  }
  await cdp.detach();
  return found;
}

const normalise = (text) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

const openFiltersAndCard = async (page) => {
  const widget = page.locator('vif-help');
  await widget
    .getByRole('button')
    .filter({ hasText: /^\s*(Filtrer|تصفية)/ })
    .click();
  await widget.getByRole('article').first().getByRole('button').first().click();
};
const openDialog = async (page) => {
  await page.locator('vif-help').getByRole('button').first().click();
  await page.evaluate(async () => {
    await customElements.whenDefined('vif-help');
    await document.querySelector('vif-help').shadowRoot.querySelector('dialog vif-help')
      .updateComplete;
  });
};

describe('every visible label is in the accessible name (voice control)', () => {
  for (const [lang, path, prepare, least] of [
    ['fr', '/resident.html?commune=59350', openFiltersAndCard, 30],
    ['ar', '/resident.html?commune=59350&lang=ar', openFiltersAndCard, 30],
    ['fr, emergency band', '/resident.html?commune=59350&view=emergency', null, 5],
    ['fr, launcher and its dialog', '/launcher.html', openDialog, 30],
  ])
    test(lang, async () => {
      const { page, context } = await harness.open(path, {
        viewport: { width: 1280, height: 800 },
      });
      await prepare?.(page);
      const controls = await namesAndLabels(page);
      assert.ok(controls.length >= least, `${controls.length} buttons and links`);
      const mismatched = controls
        .filter(({ name, label }) => !normalise(name).includes(normalise(label)))
        .map(({ role, name, label }) => `${role} « ${normalise(label)} » named « ${name} »`);
      assert.deepEqual(mismatched, []);
      if (lang === 'fr') {
        const exit = controls.find((control) => normalise(control.label) === 'quitter rapidement');
        assert.equal(exit?.name, 'Sortie de sécurité : Quitter rapidement');
      }
      await context.close();
    });
});
