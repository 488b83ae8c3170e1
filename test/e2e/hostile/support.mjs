// Helpers of the hostile end-to-end suite: pages of test/e2e/pages/hostile/ that try to break the
// built widget, served by the shared harness (strict CSP with Trusted Types, https: stubbed).
// Every hostile page loads /hostile/watch.js first, which records CSP violations, uncaught
// exceptions and unhandled rejections in window.hostileReport.
import assert from 'node:assert/strict';
import { EXIT_URL, startHarness } from '../support/browser.mjs';

export { EXIT_URL, startHarness };

/** The five "en danger maintenant" numbers every widget must always show (SPEC). */
/** The numbers of the full view's emergency part: the three tiles, then 112, 15 and 18. */
export const EMERGENCY_HREFS = ['tel:17', 'sms:114', 'tel:3919', 'tel:112', 'tel:15', 'tel:18'];
/** The numbers of the band (view="emergency"). */
export const BAND_HREFS = EMERGENCY_HREFS.slice(0, 3);

/** The numbers an inspected widget must show in its emergency part, by its view. */
export const emergencyHrefsOf = (widget) =>
  /\bview-emergency\b/.test(widget.rootClass) ? BAND_HREFS : EMERGENCY_HREFS;

/** Every element the widget's templates can make (src/components/vif-help/*.ts). */
export const TEMPLATE_TAGS = [
  'a',
  'article',
  'bdi',
  'button',
  'details',
  'dialog',
  'div',
  'fieldset',
  'footer',
  'form',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'input',
  'label',
  'legend',
  'li',
  'option',
  'p',
  'section',
  'select',
  'span',
  'strong',
  'summary',
  'ul',
];

/** The schemes a rendered link may use (SPEC, "Non-negotiables"). */
export const LINK_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'];

/** What went wrong in the page so far: the harness's problems and the page's own report. */
export async function pageTrouble(page, problems) {
  const report = await page.evaluate(() => window.hostileReport);
  assert.ok(report, 'the page loaded /hostile/watch.js');
  return { problems: [...problems], violations: report.violations, errors: report.errors };
}

/** Asserts no CSP violation, uncaught exception, unhandled rejection or console error. */
export async function assertNoTrouble(page, problems, context = '') {
  assert.deepEqual(
    await pageTrouble(page, problems),
    { problems: [], violations: [], errors: [] },
    context,
  );
}

/** Presses Shift alone `times` times, as a resident would on a keyboard. */
export async function pressShift(page, times) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press('Shift');
}

/**
 * In the page: how each link matching `linkSelector` in the shadow root of the widget `index`
 * looks and whether a click at its centre reaches it (hit test through the shadow root).
 * `parts` are selectors of text inside the link to measure (font size, colours).
 */
export function probeLinks({ index, linkSelector, parts }) {
  const widget = document.querySelectorAll('vif-help')[index];
  const root = widget.shadowRoot;
  const opaqueBackground = (element) => {
    let node = element;
    while (node) {
      const background = getComputedStyle(node).backgroundColor;
      if (!/^rgba\(.*, 0\)$/.test(background) && background !== 'transparent') return background;
      node = node.parentElement ?? node.getRootNode().host ?? null;
    }
    return 'rgb(255, 255, 255)';
  };
  const opacity = (element) => {
    let product = 1;
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host ?? null) {
      product *= Number(getComputedStyle(node).opacity);
    }
    return product;
  };
  return [...root.querySelectorAll(linkSelector)].map((link) => {
    const rect = link.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const outer = document.elementFromPoint(x, y);
    const inner = root.elementFromPoint(x, y);
    return {
      href: link.getAttribute('href'),
      text: link.textContent.replace(/\s+/g, ' ').trim(),
      rect: { x: rect.left, y: rect.top, width: rect.width, height: rect.height },
      centre: { x, y },
      inViewport:
        rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      visible: link.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      reachable: outer === widget && inner !== null && link.contains(inner),
      topmost:
        outer === widget ? (inner?.className ?? inner?.tagName) : (outer?.id ?? outer?.tagName),
      pointerEvents: getComputedStyle(link).pointerEvents,
      opacity: opacity(link),
      parts: parts.map((selector) => {
        const element = selector ? link.querySelector(selector) : link;
        if (!element) return { selector, missing: true };
        const style = getComputedStyle(element);
        return {
          selector,
          fontSize: parseFloat(style.fontSize),
          color: style.color,
          fill: style.webkitTextFillColor,
          background: opaqueBackground(element),
          textIndent: parseFloat(style.textIndent),
          writingMode: style.writingMode,
          letterSpacing: style.letterSpacing,
          whiteSpace: style.whiteSpace,
        };
      }),
    };
  });
}

/** [r, g, b, a] of a computed colour ("rgb(…)" or "rgba(…)"). */
export function parseColour(value) {
  const match = /^rgba?\(([^)]+)\)$/.exec(value);
  assert.ok(match, `a computed rgb colour: ${value}`);
  const [r, g, b, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(first, second) {
  const luminance = ([r, g, b]) => {
    const [R, G, B] = [r, g, b].map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * In the page: what every widget rendered, for the fuzzing and the many-instances checks. Tags
 * outside `allowedTags`, event-handler attributes, every URL-bearing attribute, the emergency
 * links, the exit link, the commune's notice and all notices, the commune line, the root's lang,
 * dir and class, and the first heading's level.
 */
export function inspectWidgets({ allowedTags, selector = 'vif-help' }) {
  const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster'];
  return [...document.querySelectorAll(selector)].map((widget) => {
    const root = widget.shadowRoot;
    if (!root) return { rendered: false };
    const elements = [...root.querySelectorAll('*')];
    const tags = [...new Set(elements.map((element) => element.localName))];
    const text = (element) => element?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const launcher = root.querySelector('[part~="launcher"]');
    const rootElement = root.querySelector('.root') ?? launcher?.parentElement;
    return {
      rendered: Boolean(root.querySelector('[part~="emergency"]') ?? launcher),
      launcher: text(launcher),
      strayTags: tags.filter((tag) => !allowedTags.includes(tag)),
      handlers: elements.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.localName}[${attribute.name}]`),
      ),
      // The scheme is the browser's own reading of the URL: what a click would follow.
      urls: elements.flatMap((element) =>
        URL_ATTRIBUTES.filter((name) => element.hasAttribute(name)).map((name) => ({
          tag: element.localName,
          name,
          value: element.getAttribute(name).slice(0, 200),
          scheme: name === 'href' && 'protocol' in element ? element.protocol : null,
        })),
      ),
      emergency: [
        ...root.querySelectorAll(
          '[part~="emergency"] a[href^="tel:"], [part~="emergency"] a[href^="sms:"]',
        ),
      ].map((a) => a.getAttribute('href')),
      exitHref: root.querySelector('[part~="exit"]')?.getAttribute('href') ?? null,
      exitScheme: root.querySelector('[part~="exit"]')?.protocol ?? null,
      // The commune's notice is the one followed by the commune picker; partner data has its own.
      notice: text(
        [...root.querySelectorAll('[part~="notice"]')].find((notice) =>
          notice.nextElementSibling?.matches('form.picker'),
        ),
      ),
      notices: root.querySelectorAll('[part~="notice"]').length,
      communeLine: text(root.querySelector('.commune-line')),
      lang: rootElement?.getAttribute('lang') ?? null,
      dir: rootElement?.getAttribute('dir') ?? null,
      rootClass: rootElement?.className ?? null,
      topHeading: root.querySelector('h1, h2, h3, h4, h5, h6')?.localName ?? null,
      styleElements: root.querySelectorAll('style').length,
    };
  });
}

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same cases. */
export function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max) => Math.floor(next() * max);
  return { next, int, pick: (list) => list[int(list.length)] };
}
