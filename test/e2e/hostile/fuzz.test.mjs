// Fuzzing every attribute of the built widget with known-nasty values (markup, javascript: and
// data: URLs, prototype names, bidi controls, very long values) and with random strings from a
// seeded PRNG, on first render and after a change. Whatever the values: no uncaught exception,
// no CSP violation, no element the templates do not make, only https:, tel:, sms: and mailto:
// links, the five emergency numbers, and the documented fallback for each attribute. Also:
// contacts-src (the one attribute that fetches), the console with very long values, and every
// property with values of every type.
//
// Replay or widen a run: VIF_FUZZ_SEED=<seed> VIF_FUZZ_CASES=<n> node --test test/e2e/hostile/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BAND_HREFS,
  EMERGENCY_HREFS,
  emergencyHrefsOf,
  LINK_SCHEMES,
  TEMPLATE_TAGS,
  inspectWidgets,
  pageTrouble,
  prng,
  startHarness,
} from './support.mjs';
import { RIGHT_TO_LEFT_LOCALES } from '../../../src/localization/locales.js';

const SEED = Number.parseInt(process.env.VIF_FUZZ_SEED ?? '', 10) || 20261127;
const RANDOM_CASES = Number.parseInt(process.env.VIF_FUZZ_CASES ?? '', 10) || 100;
const BATCH = 10;

/**
 * The widget's own table of attributes (listAttributes(), read from the built file once the page
 * is open): their names, kinds, values and defaults. The valid values fuzzed and the outcomes
 * expected come from it, so that a value added there is fuzzed without editing this file.
 */
let TABLE = new Map();
/** The attributes fuzzed: every one of the table but contacts-src, which has a test of its own. */
let ATTRIBUTES = [];
/** The properties of the same table (`lang` is the platform's own). */
let PROPERTY_NAMES = [];
/** Values each attribute accepts, in the spellings the documentation allows (validValues). */
let VALID = {};
/** The languages the widget speaks, and where the exit leads by default, from the table. */
let LANGUAGES = [];
let DEFAULT_EXIT_URL = '';

/** help-url may be a path of the page's own site ("/aide"): it stays on the page's scheme. */
const isSameSitePath = (href) => /^\/(?![/\\])/.test(href);

/** Free text the table cannot list: communes by code, name and spelling. */
const COMMUNES = ['59350', 'Lille', ' Roubaix ', 'villeneuve d ascq', "Villeneuve-d'Ascq", 'Lomme'];
/** Addresses of each scheme an address attribute may take, and paths of the page's own site. */
const ADDRESS_EXAMPLES = {
  https: ['https://exit.test/meteo', 'https://exit.test/a?b=c#d', ' https://exit.test/ '],
  mailto: ['mailto:vif@example.org', ' MAILTO:vif@example.org '],
  path: ['/aide-violences', ' /aide?x=1 '],
};
/** A value as written, in capitals, and with spaces around: the widget takes all three. */
const spellings = (value) => [value, value.toUpperCase(), ` ${value} `];

/** The valid values of one attribute of the table, in every spelling the widget takes. */
function validValues(entry, categoryIds) {
  switch (entry.kind) {
    case 'enum':
      return entry.values.flatMap(spellings);
    case 'level': {
      const levels = Array.from({ length: entry.max - entry.min + 1 }, (_, i) => entry.min + i);
      return [...levels.map(String), ` ${entry.max} `, `${entry.min}.0`];
    }
    case 'language':
      return entry.values.flatMap((language) => [...spellings(language), `${language}-BE`]);
    case 'address':
      return [...entry.schemes, ...(entry.path ? ['path'] : [])].flatMap(
        (scheme) => ADDRESS_EXAMPLES[scheme] ?? [],
      );
    case 'categories':
      return [
        ...categoryIds,
        categoryIds.slice(0, 2).join(','),
        ` ${categoryIds.at(-1).toUpperCase()} , ${categoryIds[0]} `,
      ];
    default:
      return entry.attribute === 'commune' ? COMMUNES : [];
  }
}

/** Values that try to inject markup, script or a dangerous URL, or to trip parsing. */
const NASTY = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=1</script>',
  '"><svg onload="window.pwned=1">',
  '\'><iframe src="javascript:window.pwned=1"></iframe>',
  '<object data="data:text/html,<script>window.pwned=1</script>"></object>',
  '<embed src="javascript:window.pwned=1">',
  '<a href="javascript:window.pwned=1">17</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.pwned=1>',
  '<style>*{display:none!important}</style>',
  '<template><img src=x onerror=window.pwned=1></template>',
  '<!--',
  '-->',
  ']]>',
  '</vif-help><img src=x onerror=window.pwned=1>',
  '${window.pwned=1}',
  '{{constructor.constructor("window.pwned=1")()}}',
  '<?lit$123456789$>',
  'lit$123456789$',
  '<!--?lit$123456789$-->',
  'javascript:window.pwned=1',
  'JaVaScRiPt:window.pwned=1',
  ' javascript:window.pwned=1',
  '\tjava\nscript:window.pwned=1',
  'javascript://exit.test/%0Awindow.pwned=1',
  'data:text/html,<script>window.pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'http://exit.test/meteo',
  '//exit.test/meteo',
  'https:',
  'https://',
  'https:exit.test',
  'https://exit.test/"><img src=x onerror=window.pwned=1>',
  'https://user:pass@exit.test:8443/',
  'blob:https://exit.test/0',
  'about:blank',
  'tel:17',
  'sms:114',
  'mailto:x@exit.test',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'urgence,__proto__,constructor,prototype',
  ',,,',
  '\u202e71\u202c',
  '\u2067لِيل\u2069',
  '\u0000',
  '\ud800',
  '\ufeff59350',
  '59350\u200b',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '1e1',
  '0x3',
  '2.5',
  '7',
  '1',
  '0',
  '99999',
  '00000',
  '59',
  'Paris',
];

/** Very long values: the widget must neither hang nor flood anything with them. */
const LONG = [
  'x'.repeat(100_000),
  ','.repeat(50_000),
  'urgence,'.repeat(10_000),
  `https://exit.test/${'a'.repeat(100_000)}`,
  '<b>'.repeat(20_000),
  '59350'.repeat(10_000),
  'é\u0301'.repeat(20_000),
  `${' '.repeat(200)}Lille`,
];

/** Characters random strings are drawn from, by family, as code points. */
const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ' \t\n\r\f\v\u00a0\u2028',
  '<>"\'&=/\\`;:,.-_()[]{}!?#%*+@^|~$',
  'àâäçéèêëîïôöùûüÿœæßÀÉÈÇ\u0301',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي٠١٢٣٤',
  '\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff',
  '😀👩‍👧\ud800\udfff\u0000\u0007\u001b\ufffd',
].map((alphabet) => [...alphabet]);

function randomString(rng, maxLength) {
  const length = rng.int(maxLength + 1);
  let text = '';
  for (let i = 0; i < length; i += 1) text += rng.pick(rng.pick(ALPHABETS));
  return text;
}

/** One attribute's value: absent (null), valid, random, nasty, a valid one spoilt, or long. */
function valueFor(rng, attribute) {
  const roll = rng.next();
  if (roll < 0.1) return null;
  if (roll < 0.3) return rng.pick(VALID[attribute]);
  if (roll < 0.6) return randomString(rng, 24);
  if (roll < 0.85) return rng.pick(NASTY);
  if (roll < 0.95) {
    const valid = rng.pick(VALID[attribute]);
    const at = rng.int(valid.length + 1);
    return valid.slice(0, at) + randomString(rng, 3) + valid.slice(at);
  }
  return rng.pick(LONG);
}

/** A case: the attributes the widget is created with, and those changed after it rendered. */
function randomCase(rng) {
  const initial = Object.fromEntries(ATTRIBUTES.map((name) => [name, valueFor(rng, name)]));
  const later = Object.fromEntries(
    ATTRIBUTES.filter(() => rng.next() < 0.4).map((name) => [name, valueFor(rng, name)]),
  );
  return { initial, later };
}

/** A case's attributes, long values cut, for failure messages. */
const show = (attributes) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(attributes).map(([name, value]) => [
        name,
        typeof value === 'string' && value.length > 60
          ? `${value.slice(0, 60)}…(${value.length} chars)`
          : value,
      ]),
    ),
  );

// What the documentation promises for each attribute, computed from the raw value and the table.
const folded = (value) => (value === null ? null : value.trim().toLowerCase());
/** An `enum` attribute's value as the widget takes it: one of its values, else its default. */
function expectedValue(attribute, value) {
  const { values, default: fallback } = TABLE.get(attribute);
  return values.includes(folded(value)) ? folded(value) : fallback;
}
const expectedView = (value) => expectedValue('view', value);
/** The launcher's button in each language (src/components/vif-help/first-paint-texts.js, xliff/). */
const LAUNCHER_TEXTS = {
  fr: 'Violences dans le couple ou la famille : trouver de l’aide',
  en: 'Domestic or family violence: find help',
  ar: 'العنف بين الشريكين أو داخل الأسرة: العثور على المساعدة',
};
const expectedTheme = (value) => expectedValue('theme', value);
const expectedQuickExit = (value) => expectedValue('quick-exit', value) === 'on';
function expectedHeading(value) {
  const { min, max, default: fallback } = TABLE.get('heading-level');
  const level = value === null ? fallback : Number(value.trim());
  return `h${Number.isInteger(level) && level >= min && level <= max ? level : fallback}`;
}
const expectedDirection = (lang) => (RIGHT_TO_LEFT_LOCALES.includes(lang) ? 'rtl' : 'ltr');
/**
 * A string as the URL parser starts reading it: C0 controls and spaces around it stripped, tabs
 * and newlines anywhere removed (so " \u0007https://…" and "ht\ntps://…" are https: addresses).
 */
function asUrlParserReads(value) {
  const c0OrSpace = (index) => value.charCodeAt(index) <= 0x20;
  let start = 0;
  let end = value.length;
  while (start < end && c0OrSpace(start)) start += 1;
  while (end > start && c0OrSpace(end - 1)) end -= 1;
  return value.slice(start, end).replace(/[\t\n\r]/g, '');
}
/** The commune input as the widget reads it (trimmed, cut to 80), and what it can be. */
function communeKind(value) {
  const input = (value ?? '').trim().slice(0, 80);
  if (input === '') return { kind: 'none', input };
  if (/^\d{5}$/.test(input)) return { kind: 'code', input };
  // Commune names hold only letters, accents, spaces, hyphens and apostrophes: anything else
  // (a digit, <, @, an emoji…) cannot name a commune.
  if (/[^\p{L}\p{M}\s'’‘`´\-‐‑–—_.,;:/()]/u.test(input)) return { kind: 'unknown', input };
  return { kind: 'name', input };
}

/** Checks one widget's rendering against its attributes; returns the broken promises. */
function checkWidget(widget, attributes) {
  const broken = [];
  const expect = (ok, what) => ok || broken.push(what);
  expect(widget.rendered, 'rendered');
  if (!widget.rendered) return broken;
  expect(widget.strayTags.length === 0, `elements the templates do not make: ${widget.strayTags}`);
  expect(widget.handlers.length === 0, `event-handler attributes: ${widget.handlers}`);
  for (const { tag, name, value, scheme } of widget.urls) {
    expect(name === 'href', `a ${name} attribute on ${tag}`);
    expect(
      LINK_SCHEMES.includes(scheme) || isSameSitePath(value),
      `a link to ${JSON.stringify(value)} (${scheme})`,
    );
  }
  if (expectedView(attributes.view) === 'launcher') {
    // One button in the widget's language; no number, no quick exit until its dialog opens.
    expect(LANGUAGES.includes(widget.lang), `lang ${widget.lang}`);
    expect(widget.dir === expectedDirection(widget.lang), `dir ${widget.dir}`);
    expect(widget.launcher === LAUNCHER_TEXTS[widget.lang], `launcher ${widget.launcher}`);
    expect(widget.emergency.length === 0, `no number before it opens: ${widget.emergency}`);
    expect(widget.exitHref === null, 'no quick exit before it opens');
    return broken;
  }
  const numbers = expectedView(attributes.view) === 'emergency' ? BAND_HREFS : EMERGENCY_HREFS;
  expect(
    JSON.stringify(widget.emergency) === JSON.stringify(numbers),
    `emergency numbers ${widget.emergency}`,
  );
  expect(LANGUAGES.includes(widget.lang), `lang ${widget.lang}`);
  expect(widget.dir === expectedDirection(widget.lang), `dir ${widget.dir}`);

  const view = expectedView(attributes.view);
  const classes = widget.rootClass.split(/\s+/);
  expect(classes.includes(`view-${view}`), `view-${view} in "${widget.rootClass}"`);
  const theme = expectedTheme(attributes.theme);
  expect(classes.includes(theme), `theme ${theme} in "${widget.rootClass}"`);
  const heading = expectedHeading(attributes['heading-level']);
  expect(widget.topHeading === heading, `top heading ${widget.topHeading}, not ${heading}`);

  if (expectedQuickExit(attributes['quick-exit'])) {
    const raw = attributes['exit-url'];
    expect(widget.exitScheme === 'https:', `exit link ${widget.exitHref}`);
    if (raw === null || !/^https:/i.test(asUrlParserReads(raw.trim()))) {
      expect(widget.exitHref === DEFAULT_EXIT_URL, `exit link ${widget.exitHref}, not default`);
    }
  } else {
    expect(widget.exitHref === null, 'no quick exit with quick-exit="off"');
  }

  const collapse = (text) => text.replace(/\s+/g, ' ');
  if (!('contacts-src' in attributes)) {
    expect(widget.notices === (widget.notice === null ? 0 : 1), `${widget.notices} notices`);
  }
  const { kind, input } = communeKind(attributes.commune);
  if (view === 'emergency') {
    expect(widget.notice === null && widget.communeLine === null, 'no commune in the band');
  } else if (kind === 'none') {
    expect(widget.notice === null, `no notice without a commune: ${widget.notice}`);
  } else if (kind === 'unknown') {
    expect(
      widget.notice !== null && widget.notice.includes(collapse(input)),
      `a notice naming the unknown commune: ${widget.notice?.slice(0, 200)}`,
    );
  } else {
    expect(
      (widget.notice === null) !== (widget.communeLine === null),
      `either the commune or a notice: ${widget.communeLine} / ${widget.notice}`,
    );
    if (widget.notice !== null) expect(widget.notice.includes(collapse(input)), 'naming it');
  }
  return broken;
}

// In the page: create one widget per case, let every update (and language switch) settle.
async function mount({ cases }) {
  const container = document.getElementById('cases');
  container.replaceChildren();
  window.fuzzWidgets = cases.map((attributes) => {
    const widget = document.createElement('vif-help');
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null) widget.setAttribute(name, value);
    }
    return widget;
  });
  container.append(...window.fuzzWidgets);
}
async function change({ changes }) {
  window.fuzzWidgets.forEach((widget, index) => {
    for (const [name, value] of Object.entries(changes[index])) {
      if (value === null) widget.removeAttribute(name);
      else widget.setAttribute(name, value);
    }
  });
}
async function settle() {
  const failures = [];
  for (let round = 0; round < 2; round += 1) {
    const results = await Promise.allSettled(window.fuzzWidgets.map((w) => w.updateComplete));
    for (const result of results) {
      if (result.status === 'rejected') failures.push(`update failed: ${result.reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // Nothing may have reached the page itself.
  const foreign = document.querySelectorAll(
    'body img, body iframe, body object, body embed, body svg, body math, body style, body template, body script, body a',
  ).length;
  if (foreign > 0) failures.push(`${foreign} foreign elements in the page`);
  if (window.pwned !== undefined) failures.push('window.pwned was set');
  return failures;
}

let harness;
let fuzzPage;
before(async () => {
  harness = await startHarness();
  fuzzPage = await harness.open('/hostile/fuzz.html');
  const { table, categories } = await fuzzPage.page.evaluate(async () => {
    const widget = await import('/dist/vif-help.js');
    return { table: widget.listAttributes(), categories: widget.listCategories() };
  });
  TABLE = new Map(table.map((entry) => [entry.attribute, entry]));
  ATTRIBUTES = table.map(({ attribute }) => attribute).filter((name) => name !== 'contacts-src');
  PROPERTY_NAMES = table.map(({ property }) => property).filter((name) => name !== 'lang');
  const categoryIds = categories.map(({ id }) => id);
  VALID = Object.fromEntries(
    table.map((entry) => [entry.attribute, validValues(entry, categoryIds)]),
  );
  LANGUAGES = TABLE.get('lang').values;
  DEFAULT_EXIT_URL = TABLE.get('exit-url').default;
});

test('every attribute of the widget’s table has valid values to fuzz with', () => {
  assert.ok(ATTRIBUTES.length >= 10, ATTRIBUTES.join(', '));
  assert.deepEqual(
    ATTRIBUTES.filter((name) => !(VALID[name]?.length > 0)),
    [],
  );
  // Drawn from the table: every value it lists, the defaults among them.
  assert.ok(VALID.view.includes('launcher') && VALID.theme.includes('DARK'), VALID.view.join());
  assert.ok(VALID['heading-level'].includes('6') && VALID.lang.includes(' ar '), VALID.lang.join());
  assert.equal(DEFAULT_EXIT_URL, 'https://meteofrance.com/');
});
after(async () => {
  await fuzzPage.context.close();
  await harness.close();
});

/**
 * Runs cases in batches of widgets on the fuzz page, checks each widget after the first render
 * and after the change, and the page after each batch. Returns the broken promises.
 */
async function runCases(cases, label) {
  const { page, problems } = fuzzPage;
  const broken = [];
  for (let start = 0; start < cases.length; start += BATCH) {
    const batch = cases.slice(start, start + BATCH);
    await page.evaluate(mount, { cases: batch.map((c) => c.initial) });
    const settledFirst = await page.evaluate(settle);
    const first = await page.evaluate(inspectWidgets, {
      allowedTags: TEMPLATE_TAGS,
      selector: '#cases vif-help',
    });
    await page.evaluate(change, { changes: batch.map((c) => c.later) });
    const settledLater = await page.evaluate(settle);
    const later = await page.evaluate(inspectWidgets, {
      allowedTags: TEMPLATE_TAGS,
      selector: '#cases vif-help',
    });
    const trouble = await pageTrouble(page, problems);
    const where = `${label}, cases ${start}–${start + batch.length - 1}`;
    for (const failure of [...settledFirst, ...settledLater]) broken.push(`${where}: ${failure}`);
    for (const kind of ['problems', 'violations', 'errors']) {
      for (const item of trouble[kind]) broken.push(`${where}: ${item}`);
    }
    batch.forEach((c, i) => {
      const after = { ...c.initial, ...c.later };
      for (const what of checkWidget(first[i], c.initial)) {
        broken.push(`${label} case ${start + i} ${show(c.initial)}: ${what}`);
      }
      for (const what of checkWidget(later[i], after)) {
        broken.push(`${label} case ${start + i} ${show(c.initial)} then ${show(c.later)}: ${what}`);
      }
    });
    if (broken.length > 0) break; // one batch's failures are enough to read
  }
  return broken;
}

describe('fuzzing the attributes', () => {
  test('the oracle: valid attributes give what the documentation says (control)', async () => {
    const cases = [
      { initial: { commune: '59350' }, later: { view: 'emergency' } },
      { initial: { commune: 'Paris', 'heading-level': '4' }, later: { commune: null } },
      { initial: { commune: '59160', theme: 'dark' }, later: { 'quick-exit': 'off' } },
      {
        initial: { 'exit-url': 'https://exit.test/x', view: 'emergency', 'heading-level': '6' },
        later: { 'exit-url': 'javascript:alert(1)', view: 'full' },
      },
    ].map(({ initial, later }) => ({
      initial: Object.fromEntries(ATTRIBUTES.map((name) => [name, initial[name] ?? null])),
      later,
    }));
    assert.deepEqual(await runCases(cases, 'control'), []);
    const widgets = await fuzzPage.page.evaluate(inspectWidgets, {
      allowedTags: TEMPLATE_TAGS,
      selector: '#cases vif-help',
    });
    assert.match(widgets[0].rootClass, /view-emergency/);
    assert.match(widgets[2].notice ?? '', /59160/);
    assert.equal(widgets[2].exitHref, null);
    assert.equal(widgets[3].exitHref, DEFAULT_EXIT_URL);
    // And the oracle does catch a broken rendering.
    assert.notDeepEqual(
      checkWidget({ ...widgets[0], emergency: ['tel:17'] }, cases[0].initial),
      [],
    );
    assert.notDeepEqual(checkWidget({ ...widgets[1], notice: null }, cases[1].initial), []);
  });

  test('every nasty value in every attribute at once: on first render, and set after a valid one', async () => {
    const values = [...NASTY, ...LONG];
    const everywhere = (value) => Object.fromEntries(ATTRIBUTES.map((name) => [name, value]));
    const firstRender = values.map((value) => ({ initial: everywhere(value), later: {} }));
    const afterValid = values.map((value, index) => ({
      initial: Object.fromEntries(
        ATTRIBUTES.map((name) => [name, VALID[name][index % VALID[name].length]]),
      ),
      later: everywhere(value),
    }));
    assert.deepEqual(await runCases([...firstRender, ...afterValid], 'nasty'), []);
  });

  test(`random values from seed ${SEED} (${RANDOM_CASES} cases; VIF_FUZZ_SEED to replay)`, async () => {
    console.log(
      `fuzz seed ${SEED}, ${RANDOM_CASES} random cases (VIF_FUZZ_SEED=${SEED} to replay)`,
    );
    const rng = prng(SEED);
    const cases = Array.from({ length: RANDOM_CASES }, () => randomCase(rng));
    assert.deepEqual(await runCases(cases, `seed ${SEED}`), []);
  });
});

describe('fuzzing contacts-src, the one attribute that makes the widget load something', () => {
  /** How Chromium logs a fetch of an https: address that the page's connect-src refuses. */
  const BLOCKED_BY_PAGE_CSP = new RegExp(
    [
      "^console\\.error: Connecting to 'https://[^']*' violates",
      '^console\\.error: Fetch API cannot load https://\\S* Refused to connect because it violates',
    ].join('|'),
  );
  /** Addresses that are not partner data, on this site, elsewhere, or not addresses at all. */
  const ADDRESSES = [
    'contacts.json',
    './partenaire/contacts.json',
    '/dist/vif-help.js',
    '/hostile/fuzz.html',
    '?contacts',
    '#contacts',
    '.',
    '/',
    '//exit.test/contacts.json',
    'https://exit.test/contacts.json',
    'http://exit.test/contacts.json',
    'http://localhost:1/contacts.json',
    'ftp://exit.test/contacts.json',
    ' ',
  ];

  test(`addresses, nasty values and random strings from seed ${SEED}: refused with a notice, nothing fetched but https: and this site`, async () => {
    const { page, context, problems, requests, origin } = await harness.open('/hostile/fuzz.html');
    // Unknown addresses of this site answer with JSON that is not contacts data, so that every
    // refusal is the widget's own check, not a 404 logged by the browser. The widget's own folder
    // (its entry and the chunks it loads from there) is served as it is.
    await page.route(
      (url) =>
        url.origin === origin &&
        !['/hostile/fuzz.html', '/hostile/watch.js'].includes(url.pathname) &&
        !url.pathname.startsWith('/dist/'),
      (route) =>
        route.fulfill({ contentType: 'application/json', body: '{"contacts":"not a list"}' }),
    );
    const rng = prng(SEED + 1);
    const sources = [
      ...ADDRESSES,
      ...NASTY,
      ...Array.from({ length: 20 }, () => randomString(rng, 24)),
    ];
    const seenBefore = requests.length;
    const broken = [];
    for (let start = 0; start < sources.length; start += BATCH) {
      const batch = sources.slice(start, start + BATCH);
      await page.evaluate(mount, {
        cases: batch.map((src, index) => ({
          'contacts-src': src,
          'contacts-mode': index % 2 ? 'replace' : null,
          commune: index % 3 ? '59350' : null,
        })),
      });
      // Every load ends (refused) before the widgets are read.
      await page.waitForFunction(() =>
        window.fuzzWidgets.every(
          (widget) => !widget.shadowRoot.querySelector('p.meta[role="status"]'),
        ),
      );
      broken.push(...(await page.evaluate(settle)));
      const widgets = await page.evaluate(inspectWidgets, {
        allowedTags: TEMPLATE_TAGS,
        selector: '#cases vif-help',
      });
      batch.forEach((src, index) => {
        const attributes = {
          ...Object.fromEntries(ATTRIBUTES.map((name) => [name, null])),
          'contacts-src': src,
          'contacts-mode': index % 2 ? 'replace' : null,
          commune: index % 3 ? '59350' : null,
        };
        const what = [...checkWidget(widgets[index], attributes)];
        const partnerNotices = widgets[index].notices - (widgets[index].notice === null ? 0 : 1);
        if (partnerNotices !== (src.trim() === '' ? 0 : 1)) {
          what.push(`${partnerNotices} partner-data notices`);
        }
        for (const item of what) broken.push(`contacts-src=${JSON.stringify(src)}: ${item}`);
      });
    }
    assert.deepEqual(broken, []);

    // Only https: addresses and this site were requested; the page's CSP (connect-src 'self')
    // blocking the https: ones is the page's choice, and the only trouble allowed.
    const fetched = requests.slice(seenBefore).map((url) => new URL(url));
    assert.deepEqual(
      fetched.filter((url) => url.origin !== origin && url.protocol !== 'https:').map(String),
      [],
    );
    const trouble = await pageTrouble(page, problems);
    assert.deepEqual(trouble.errors, []);
    assert.deepEqual(
      trouble.violations.filter((violation) => !/^connect-src: https:\/\//.test(violation)),
      [],
    );
    assert.deepEqual(
      trouble.problems.filter((problem) => !BLOCKED_BY_PAGE_CSP.test(problem)),
      [],
    );
    await context.close();
  });
});

describe('very long values and the console', () => {
  /** Mounts one widget with `attributes` on a fresh page; returns the console warnings. */
  async function warningsFor(attributes) {
    const { page, context, problems } = await harness.open('/hostile/fuzz.html');
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.evaluate(async (values) => {
      const widget = document.createElement('vif-help');
      for (const [name, value] of Object.entries(values)) widget.setAttribute(name, value);
      document.getElementById('cases').append(widget);
      await widget.updateComplete;
    }, attributes);
    await page.waitForTimeout(100);
    assert.deepEqual(await pageTrouble(page, problems), {
      problems: [],
      violations: [],
      errors: [],
    });
    await context.close();
    return warnings;
  }

  test('100,000-character values: one short warning naming each attribute', async () => {
    const long = (text) => text.repeat(100_000 / text.length);
    const warnings = await warningsFor({
      commune: long('x'),
      view: long('v'),
      theme: long('t'),
      'heading-level': long('9'),
      categories: long('c'),
      'quick-exit': long('q'),
      'exit-url': `javascript:${long('a')}`,
      lang: long('l'),
      'contacts-mode': long('m'),
    });
    const named = [
      'commune=',
      'view=',
      'theme=',
      'heading-level=',
      'categories:',
      'quick-exit=',
      'exit-url=',
      'contacts-mode=',
    ];
    assert.equal(warnings.length, named.length, warnings.join('\n'));
    for (const attribute of named) {
      assert.equal(warnings.filter((w) => w.includes(attribute)).length, 1, attribute);
    }
    for (const warning of warnings) assert.ok(warning.length <= 500, `${warning.length} chars`);
  });

  test('twenty thousand unknown category ids: one short warning', {}, async () => {
    const ids = Array.from({ length: 20_000 }, (_, index) => `id${index}`).join(',');
    const warnings = await warningsFor({ categories: ids });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /categories/);
    assert.ok(warnings[0].length <= 500, `${warnings[0].length} chars`);
  });
});

describe('fuzzing the properties with values of every type', () => {
  test('no uncaught exception, the emergency numbers, safe links', async () => {
    const { page, problems } = fuzzPage;
    // Every property of the attribute table, and the two properties without an attribute.
    const PROPERTIES = [...PROPERTY_NAMES, 'now', 'contacts'];
    const outcome = await page.evaluate(
      async ({ properties }) => {
        const values = [
          42,
          3,
          -0,
          Number.NaN,
          Infinity,
          true,
          false,
          null,
          undefined,
          [],
          ['urgence', 'police'],
          {},
          { toString: () => 'dark' },
          new Date(),
          new Date(Number.NaN),
          Symbol('vif'),
          10n,
          () => 'emergency',
          document.body,
          new URL('javascript:window.pwned=1'),
          new String('off'),
        ];
        const container = document.getElementById('cases');
        container.replaceChildren();
        window.fuzzWidgets = [];
        values.forEach((value, index) => {
          // Every property at once, and each on its own with the next value.
          const all = document.createElement('vif-help');
          for (const property of properties) all[property] = value;
          const one = document.createElement('vif-help');
          one[properties[index % properties.length]] = values[(index + 1) % values.length];
          window.fuzzWidgets.push(all, one);
        });
        container.append(...window.fuzzWidgets);
        const failures = [];
        for (let round = 0; round < 2; round += 1) {
          const results = await Promise.allSettled(window.fuzzWidgets.map((w) => w.updateComplete));
          results.forEach((result, index) => {
            if (result.status === 'rejected') {
              failures.push(`widget ${index}: update failed: ${result.reason}`);
            }
          });
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return { failures, pwned: window.pwned };
      },
      { properties: PROPERTIES },
    );
    assert.deepEqual(outcome, { failures: [], pwned: undefined });
    const widgets = await page.evaluate(inspectWidgets, {
      allowedTags: TEMPLATE_TAGS,
      selector: '#cases vif-help',
    });
    widgets.forEach((widget, index) => {
      assert.equal(widget.rendered, true, `widget ${index}`);
      assert.deepEqual(widget.emergency, emergencyHrefsOf(widget), `widget ${index}`);
      assert.deepEqual(widget.strayTags, [], `widget ${index}`);
      for (const { value, scheme } of widget.urls) {
        assert.ok(
          LINK_SCHEMES.includes(scheme) || isSameSitePath(value),
          `widget ${index}: ${value}`,
        );
      }
      if (widget.exitHref !== null) assert.equal(widget.exitScheme, 'https:');
    });
    const trouble = await pageTrouble(page, problems);
    assert.deepEqual(trouble, { problems: [], violations: [], errors: [] });
  });
});
