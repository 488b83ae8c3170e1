// Visual adaptations a resident may rely on: forced colours (Windows high contrast), the text
// spacing of WCAG 1.4.12, reflow at 320×256 CSS px (1280×1024 at 400 % zoom) and reduced motion.
// Each test also saves a screenshot in the system's temporary folder (vif-help-a11y/), to look at.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/browser.mjs';
import { pressShift } from './hostile/support.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

const SHOTS = join(tmpdir(), 'vif-help-a11y');
mkdirSync(SHOTS, { recursive: true });
/** The whole page, and its first 900 px alone (readable at a glance). */
async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const { width } = page.viewportSize();
  await page.screenshot({
    path: join(SHOTS, `${name}-top.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height: 900 },
  });
}

/**
 * Every visible control of the widgets of the page (shadow roots and the launcher's dialog). Run
 * in the page, passed as source text.
 */
function controlsOf() {
  const found = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (
        element.matches('a[href], button, input, select, textarea, summary') &&
        element.checkVisibility()
      )
        found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  for (const widget of document.querySelectorAll('vif-help')) walk(widget.shadowRoot);
  return found;
}

/** Opens a page with everything a resident can open: filters, a card's details, the other lines. */
async function openMost(widget) {
  await widget.getByRole('button', { name: /^Filtrer/ }).click();
  await widget.getByRole('button', { name: /^Autres lignes/ }).click();
  await widget.getByRole('article').first().getByRole('button').first().click();
}

describe('forced colours', () => {
  for (const [lang, page] of [
    ['fr', '/resident.html?commune=59350'],
    ['ar', '/resident.html?commune=59350&lang=ar'],
  ])
    test(`every control keeps a visible boundary, and so do the Shift×3 lights (${lang})`, async () => {
      const { page: tab, context } = await harness.open(page, {
        viewport: { width: 360, height: 640 },
      });
      await tab.emulateMedia({ forcedColors: 'active' });
      assert.equal(await tab.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      const widget = tab.locator('vif-help');
      if (lang === 'fr') await openMost(widget);
      const missing = await tab.evaluate(
        ({ source }) => {
          const controlsOf = new Function(`return (${source})`)();
          const bordered = (style) =>
            ['Top', 'Right', 'Bottom', 'Left'].some(
              (side) =>
                style[`border${side}Style`] !== 'none' &&
                parseFloat(style[`border${side}Width`]) >= 1,
            );
          return controlsOf()
            .filter((control) => {
              const style = getComputedStyle(control);
              if (bordered(style)) return false;
              // A link, or a button drawn as one in a sentence, is told by its underlined text
              // (its own or its digits'); a native checkbox draws its own box.
              const underlined = [control, ...control.querySelectorAll('*')].some((part) =>
                getComputedStyle(part).textDecorationLine.includes('underline'),
              );
              if (underlined) return false;
              if (control.type === 'checkbox' && style.appearance !== 'none') return false;
              return true;
            })
            .map(
              (control) =>
                `${control.localName}.${control.className}: ${control.textContent.trim().slice(0, 40)}`,
            );
        },
        { source: controlsOf.toString() },
      );
      assert.deepEqual(missing, [], 'controls without a boundary in forced colours');
      // The Shift×3 lights: each a bordered dot, the lit one filled, in colours the system keeps.
      await tab.evaluate(() => document.activeElement?.blur());
      await pressShift(tab, 1);
      const lights = await tab.evaluate(() =>
        [...document.querySelector('vif-help').shadowRoot.querySelectorAll('.press')].map((dot) => {
          const style = getComputedStyle(dot);
          const box = dot.getBoundingClientRect();
          return {
            border: style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1,
            lit: dot.classList.contains('on'),
            fill: style.backgroundColor,
            edge: style.borderTopColor,
            visible: box.width > 0 && box.height > 0,
          };
        }),
      );
      assert.equal(lights.length, 3);
      for (const light of lights) assert.ok(light.border && light.visible, JSON.stringify(light));
      const [lit, unlit] = [lights.find((l) => l.lit), lights.find((l) => !l.lit)];
      assert.equal(lit.fill, lit.edge, 'the lit dot is filled with its edge colour');
      assert.notEqual(unlit.fill, unlit.edge, 'an unlit dot is only its edge');
      await shot(tab, `forced-colours-${lang}`);
      await context.close();
    });

  test('the launcher and its dialog keep their boundaries', async () => {
    const { page, context } = await harness.open('/launcher.html', {
      viewport: { width: 360, height: 640 },
    });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.locator('vif-help').getByRole('button').first().click();
    await page.evaluate(async () => {
      await customElements.whenDefined('vif-help');
      await document.querySelector('vif-help').shadowRoot.querySelector('dialog vif-help')
        .updateComplete;
    });
    const unbounded = await page.evaluate(() => {
      const root = document.querySelector('vif-help').shadowRoot;
      return ['.launcher', '.close', 'dialog']
        .map((selector) => [selector, getComputedStyle(root.querySelector(selector))])
        .filter(([selector, style]) =>
          selector === 'dialog'
            ? // The dialog is told from the page by its backdrop, or by its own edge.
              style.borderTopStyle === 'none' && style.outlineStyle === 'none'
            : style.borderTopStyle === 'none',
        )
        .map(([selector]) => selector);
    });
    assert.deepEqual(unbounded, []);
    await shot(page, 'forced-colours-launcher');
    await context.close();
  });
});

/** WCAG 1.4.12's text spacing, as the usual bookmarklet sets it, in every shadow root. */
function applyTextSpacing() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);
  const walk = (root) => {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(document);
}

/** Text cut off (a box that hides what overflows it) and controls that overlap. */
function clippedAndOverlapping({ source }) {
  const controlsOf = new Function(`return (${source})`)();
  const clipped = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      if (!element.checkVisibility() || element.closest?.('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      const hides = (value) => value === 'hidden' || value === 'clip';
      // Visually hidden text (1 px, clipped on purpose) is not text a reader loses.
      if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
      if (
        (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) ||
        (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
      )
        clipped.push(`${element.localName}.${element.className}`);
    }
  };
  for (const widget of document.querySelectorAll('vif-help')) walk(widget.shadowRoot);
  const boxes = controlsOf()
    .filter((control) => !control.matches('.visually-hidden-focusable'))
    .map((control) => ({ control, box: control.getBoundingClientRect() }));
  const overlaps = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.control.contains(b.control) || b.control.contains(a.control)) return;
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1)
        overlaps.push(
          `${a.control.textContent.trim().slice(0, 30)} × ${b.control.textContent.trim().slice(0, 30)}`,
        );
    }),
  );
  return { clipped, overlaps };
}

describe('text spacing (WCAG 1.4.12)', () => {
  for (const [lang, width] of [
    ['fr', 360],
    ['fr', 1280],
    ['ar', 360],
  ])
    test(`nothing clipped, no control over another (${lang}, ${width} px)`, async () => {
      const { page, context } = await harness.open(`/resident.html?commune=59350&lang=${lang}`, {
        viewport: { width, height: 800 },
      });
      const widget = page.locator('vif-help');
      if (lang === 'fr') await openMost(widget);
      await page.evaluate(applyTextSpacing);
      // Measured in the flow: the sticky quick exit floats over the content once scrolled.
      await page.evaluate(() => scrollTo(0, 0));
      const found = await page.evaluate(clippedAndOverlapping, { source: controlsOf.toString() });
      assert.deepEqual(found, { clipped: [], overlaps: [] });
      await shot(page, `text-spacing-${lang}-${width}`);
      await context.close();
    });
});

describe('reflow at 320×256 CSS px (400 % zoom of 1280×1024)', () => {
  for (const [lang, page] of [
    ['fr', '/resident.html?commune=59350'],
    ['ar', '/resident.html?commune=59350&lang=ar'],
    ['fr-emergency', '/resident.html?commune=59350&view=emergency'],
    ['fr-launcher', '/launcher.html'],
  ])
    test(`no horizontal scrolling, nothing beyond the widget’s edges (${lang})`, async () => {
      const { page: tab, context } = await harness.open(page, {
        viewport: { width: 320, height: 256 },
      });
      const widget = tab.locator('vif-help');
      if (lang === 'fr') await openMost(widget);
      if (lang === 'fr-launcher') {
        await widget.getByRole('button').first().click();
        await tab.evaluate(async () => {
          await customElements.whenDefined('vif-help');
          await document.querySelector('vif-help').shadowRoot.querySelector('dialog vif-help')
            .updateComplete;
        });
      }
      const found = await tab.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        const outside = [];
        const walk = (root, left, right) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) walk(element.shadowRoot, left, right);
            if (!element.checkVisibility() || element.closest('.visually-hidden')) continue;
            const box = element.getBoundingClientRect();
            if (box.width <= 1) continue;
            if (box.left < left - 1 || box.right > right + 1)
              outside.push(
                `${element.localName}.${element.className} ${Math.round(box.left)}–${Math.round(box.right)}`,
              );
          }
        };
        for (const widget of document.querySelectorAll('vif-help'))
          walk(widget.shadowRoot, 0, clientWidth);
        return { pageScrolls: scrollWidth > clientWidth, outside };
      });
      assert.deepEqual(found, { pageScrolls: false, outside: [] });
      await shot(tab, `reflow-320-${lang}`);
      await context.close();
    });
});

describe('reduced motion', () => {
  test('no transition or animation lasts', async () => {
    const { page, context } = await harness.open('/resident.html?commune=59350', {
      viewport: { width: 360, height: 640 },
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMost(page.locator('vif-help'));
    const moving = await page.evaluate(() => {
      const found = [];
      const seconds = (list) => list.split(',').map((value) => parseFloat(value));
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) walk(element.shadowRoot);
          const style = getComputedStyle(element);
          const lasts =
            seconds(style.transitionDuration).some((s) => s > 0) ||
            (style.animationName !== 'none' && seconds(style.animationDuration).some((s) => s > 0));
          if (lasts) found.push(`${element.localName}.${element.className}`);
        }
      };
      walk(document.querySelector('vif-help').shadowRoot);
      return found;
    });
    assert.deepEqual(moving, []);
    await shot(page, 'reduced-motion');
    await context.close();
  });
});
