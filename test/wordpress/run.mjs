// The WordPress plugin against the real WordPress (Debian 12's `wordpress` 6.1, PHP, MariaDB),
// not a mock: a throw-away site installed with WordPress's own functions, the plugin zip of the
// build installed with WordPress's own unzip, posts written as non-administrators (so the content
// goes through kses as their saves would), served by `php -S` and read in headless Chromium.
// Needs root and the Debian packages (test/wordpress/ci.sh installs them), and `npm run build`.
// Ends with the line "N passed, N failed"; exits non-zero on any failure.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
/** A *.localhost name: Chromium sends it to this machine, and Debian picks its config by host. */
const HOST_NAME = 'vif-help-wordpress.localhost';
const CONFIG = `/etc/wordpress/config-${HOST_NAME}.php`;
const DATABASE = 'vif_help_wordpress_test';
const DB_USER = 'vif_help_test';
const ZIP = join(root, 'dist/vif-help-wordpress.zip');
const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FALLBACK =
  'En danger : 17 ou 112 · Par SMS : 114 · Écoute 24h/24, gratuite et anonyme : 3919';
/** The same fallback as printed: each number a link (the builder's and the plugin's markup). */
const FALLBACK_HTML =
  '<p>En danger : <a href="tel:17">17</a> ou <a href="tel:112">112</a> · Par SMS : <a href="sms:114">114</a> · Écoute 24h/24, gratuite et anonyme : <a href="tel:3919">3919</a></p>';
/** The numbers of the fallback and where each link leads. */
const FALLBACK_LINKS = [
  ['17', 'tel:17'],
  ['112', 'tel:112'],
  ['114', 'sms:114'],
  ['3919', 'tel:3919'],
];
/** The whole run is bounded: a stuck server or browser must not hold CI. */
const DEADLINE_MS = 5 * 60 * 1000;

const results = { passed: 0, failed: 0 };
const cleanups = [];

async function check(name, fn) {
  try {
    await fn();
    results.passed += 1;
    console.log(`✔ ${name}`);
  } catch (error) {
    results.failed += 1;
    console.log(`✘ ${name}\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}`);
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
  }
  return result.stdout;
}

const mariadbAlive = () =>
  spawnSync('mariadb-admin', ['--silent', 'ping'], { stdio: 'ignore' }).status === 0;

async function startMariadb() {
  if (mariadbAlive()) return;
  run('/etc/init.d/mariadb', ['start']);
  cleanups.push(() => spawnSync('/etc/init.d/mariadb', ['stop'], { stdio: 'ignore' }));
  for (let tries = 0; tries < 60 && !mariadbAlive(); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!mariadbAlive()) throw new Error('MariaDB did not start');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** demo/ at / and dist/ at /dist/, as `npm start` serves them, to read the builder's code. */
async function serveDemo() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = path.startsWith('/dist/') ? join(root, path) : join(root, 'demo', path);
    if (path.includes('..') || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => server.close());
  return `http://127.0.0.1:${server.address().port}`;
}

/** The site: Debian's WordPress files linked into a folder with a wp-content of its own. */
function makeSite(siteDir, { port, password }) {
  const docroot = join(siteDir, 'public');
  mkdirSync(join(docroot, 'wp-content/plugins'), { recursive: true });
  mkdirSync(join(docroot, 'wp-content/uploads'), { recursive: true });
  for (const entry of readdirSync(WORDPRESS)) {
    if (entry !== 'wp-content') symlinkSync(join(WORDPRESS, entry), join(docroot, entry));
  }
  cpSync(join(here, 'theme'), join(docroot, 'wp-content/themes/vif-help-test'), {
    recursive: true,
  });
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ].map((name) => `define('${name}', '${randomBytes(24).toString('hex')}');`);
  // Debian's wp-config.php reads /etc/wordpress/config-<host>.php: this is that file.
  writeFileSync(
    CONFIG,
    [
      '<?php',
      '// Written by vif-help test/wordpress/run.mjs for its throw-away site; removed at the end.',
      `define('DB_NAME', '${DATABASE}');`,
      `define('DB_USER', '${DB_USER}');`,
      `define('DB_PASSWORD', '${password}');`,
      "define('DB_HOST', 'localhost');",
      `define('WP_CONTENT_DIR', '${join(docroot, 'wp-content')}');`,
      `define('WP_CONTENT_URL', 'http://${HOST_NAME}:${port}/wp-content');`,
      `define('WP_HOME', 'http://${HOST_NAME}:${port}');`,
      `define('WP_SITEURL', 'http://${HOST_NAME}:${port}');`,
      "define('DISABLE_WP_CRON', true);",
      "define('WP_HTTP_BLOCK_EXTERNAL', true);",
      "define('AUTOMATIC_UPDATER_DISABLED', true);",
      "define('FS_METHOD', 'direct');",
      ...salts,
      '',
    ].join('\n'),
  );
  cleanups.push(() => rmSync(CONFIG, { force: true }));
  return docroot;
}

async function startPhpServer(docroot, port) {
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' },
    // Its own process group: the server forks workers, and all of them must stop at the end.
    detached: true,
  });
  let log = '';
  server.stderr.on('data', (chunk) => {
    log += chunk;
  });
  cleanups.push(() => process.kill(-server.pid, 'SIGTERM'));
  for (let tries = 0; tries < 50; tries += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/wp-includes/css/dashicons.min.css`);
      return () => log;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`php -S did not start\n${log}`);
}

/** The shortcodes checked one by one in PHP, and what the plugin must print for each. */
const SHORTCODES = [
  [
    '[vif-help commune="59350" view="Grand" theme="DARK" quick-exit=" off " heading-level="7" lang="fr-FR" categories=" Urgence , ecoute,<b>,ecoute" exit-url="http://example.org/" report-url="javascript:alert(1)" help-url="//other.example/" contacts-src="https://partenaire.example/contacts.json" contacts-mode="replace" unknown="x"]',
    '<vif-help commune="59350" lang="fr-FR" categories="urgence,ecoute" quick-exit="off" theme="dark" contacts-src="https://partenaire.example/contacts.json" contacts-mode="replace">',
  ],
  [
    '[vif-help commune="Villeneuve d\'Ascq" view="emergency" heading-level=" 4.0 " exit-url="https://example.org/?a=1&b=2" report-url="MAILTO:erreurs@example.org" help-url="/aide-violences"]',
    '<vif-help commune="Villeneuve d&#039;Ascq" view="emergency" exit-url="https://example.org/?a=1&#038;b=2" heading-level="4" report-url="mailto:erreurs@example.org" help-url="/aide-violences">',
  ],
  [
    '[vif-help commune="" lang="fr_FR.UTF-8" contacts-src="/partenaire/contacts.json"]',
    '<vif-help contacts-src="/partenaire/contacts.json">',
  ],
  // A value that closes the attribute and opens a script: kept, as text inside the attribute.
  [
    "[vif-help commune='\"><script>window.vifInjected=1</script>' theme='\" onclick=\"x']",
    '<vif-help commune="&quot;&gt;&lt;script&gt;window.vifInjected=1&lt;/script&gt;">',
  ],
  ['[vif-help]', '<vif-help>'],
];

async function main() {
  for (const [what, ok] of [
    ['php (apt-get install php-cli php-mysql)', spawnSync('php', ['-v']).status === 0],
    ['MariaDB (apt-get install mariadb-server)', existsSync('/etc/init.d/mariadb')],
    [
      "Debian's WordPress (apt-get install wordpress)",
      existsSync(join(WORDPRESS, 'wp-settings.php')),
    ],
    ['the plugin zip (npm run build)', existsSync(ZIP)],
    [`Chromium at ${CHROMIUM_PATH}`, existsSync(CHROMIUM_PATH)],
  ]) {
    if (!ok) throw new Error(`missing: ${what}; test/wordpress/ci.sh installs what is missing`);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const started = Date.now();
  const port = await freePort();
  const origin = `http://${HOST_NAME}:${port}`;
  const password = randomBytes(12).toString('hex');

  await startMariadb();
  run('mariadb', [
    '-e',
    [
      `DROP DATABASE IF EXISTS ${DATABASE};`,
      `CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4;`,
      `CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost';`,
      `ALTER USER '${DB_USER}'@'localhost' IDENTIFIED BY '${password}';`,
      `GRANT ALL ON ${DATABASE}.* TO '${DB_USER}'@'localhost';`,
    ].join(' '),
  ]);
  cleanups.push(() =>
    spawnSync('mariadb', [
      '-e',
      `DROP DATABASE IF EXISTS ${DATABASE}; DROP USER IF EXISTS '${DB_USER}'@'localhost';`,
    ]),
  );

  const siteDir = mkdtempSync(join(tmpdir(), 'vif-help-wordpress-'));
  cleanups.push(() => rmSync(siteDir, { recursive: true, force: true }));
  const docroot = makeSite(siteDir, { port, password });

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  cleanups.push(() => browser.close());

  // The builder's code, exactly as a webmaster would copy it, pointed at the plugin's copy.
  const demo = await serveDemo();
  const builder = await browser.newPage();
  await builder.goto(`${demo}/builder.html`);
  await builder
    .getByLabel('Adresse du dossier où le module est hébergé')
    .fill(`${origin}/wp-content/plugins/vif-help/assets/${version}/`);
  const snippet = await builder.getByLabel('Avec une balise script (recommandé)').inputValue();
  const iframe = await builder
    .getByLabel('Si votre outil refuse les scripts : une iframe')
    .inputValue();
  const link = await builder
    .getByLabel('Si votre outil refuse aussi l’iframe : un texte et un lien')
    .inputValue();
  await builder.getByLabel('Commune').fill("Villeneuve d'Ascq");
  await builder.getByLabel('Affichage').selectOption('emergency');
  await builder.getByLabel('Thème').selectOption('dark');
  const shortcode = await builder
    .getByLabel('WordPress, avec l’extension vif-help : le shortcode')
    .inputValue();
  await builder.close();

  const input = join(siteDir, 'input.json');
  const output = join(siteDir, 'output.json');
  writeFileSync(
    input,
    JSON.stringify({
      host: `${HOST_NAME}:${port}`,
      zip: ZIP,
      snippet,
      iframe,
      link,
      shortcode,
      shortcodes: SHORTCODES.map(([code]) => code),
    }),
  );
  run('php', [join(here, 'install.php'), input, output]);
  const site = JSON.parse(readFileSync(output, 'utf8'));
  const phpLog = await startPhpServer(docroot, port);
  console.log(`WordPress site ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  /** A page of the site, with the requests it made and what went wrong in it. */
  async function open(postId, { javaScript = true } = {}) {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    cleanups.push(() => context.close().catch(() => {}));
    context.setDefaultTimeout(15000);
    const page = await context.newPage();
    const requests = [];
    const problems = [];
    const warnings = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // Nothing leaves this machine; anything that tries is recorded.
    await page.route(
      (url) => url.origin !== origin,
      (route) => route.abort('blockedbyclient'),
    );
    const response = await page.goto(`${origin}/?p=${postId}`);
    assert.equal(response.status(), 200, `post ${postId} answers ${response.status()}`);
    const html = await response.text();
    return { page, context, requests, problems, warnings, html };
  }
  const rendered = (page) =>
    page.waitForFunction(() =>
      [...document.querySelectorAll('vif-help')].every((el) =>
        el.shadowRoot?.querySelector('[part~="emergency"] a[href="tel:17"], [part~="launcher"]'),
      ),
    );

  await check("WordPress's own unzip installs the build's zip, and the plugin activates", () => {
    assert.deepEqual(site.plugin, { name: 'vif-help', version });
    assert.equal(site.active, true);
    assert.equal(site.theme, 'vif-help-test');
    assert.equal(
      site.script,
      `${origin}/wp-content/plugins/vif-help/assets/${version}/vif-help.js`,
    );
  });

  const two = await open(site.posts.two.id);
  await check(
    'an author’s post with two shortcodes shows the widget for Lille, with its numbers',
    async () => {
      await rendered(two.page);
      const widgets = two.page.locator('vif-help');
      assert.equal(await widgets.count(), 2);
      const text = await widgets.nth(0).evaluate((el) => el.shadowRoot.textContent);
      assert.match(text, /Lille/);
      assert.equal(await widgets.nth(1).getAttribute('view'), 'emergency');
      assert.equal(await widgets.nth(1).locator('[part~="search"]').count(), 0);
      assert.equal(await widgets.nth(0).locator('[part~="search"]').count(), 1);
      assert.deepEqual(two.problems, []);
    },
  );
  await check(
    'the module script is printed once for two shortcodes, as type="module", without a query',
    async () => {
      const tags = await two.page.evaluate(() =>
        [...document.querySelectorAll('script[src*="vif-help.js"]')].map((s) => [
          s.type,
          s.getAttribute('src'),
        ]),
      );
      assert.deepEqual(tags, [['module', site.script]]);
      assert.equal(two.requests.filter((url) => url.includes('vif-help.js')).length, 1);
    },
  );
  await check(
    "the stylesheet that keeps the widget's room is linked once, in the head, beside the script",
    async () => {
      const links = await two.page.evaluate(() =>
        [...document.querySelectorAll('link[rel="stylesheet"][href*="vif-help.css"]')].map(
          (link) => [link.parentElement.localName, link.getAttribute('href')],
        ),
      );
      assert.deepEqual(links, [['head', site.script.replace(/vif-help\.js$/, 'vif-help.css')]]);
    },
  );
  await check('no request leaves the site', () => {
    assert.deepEqual(
      two.requests.filter((url) => new URL(url).origin !== origin),
      [],
    );
  });
  await check('the no-JavaScript fallback is printed inside each element', async () => {
    const noScript = await open(site.posts.two.id, { javaScript: false });
    const fallbacks = noScript.page.locator('vif-help > p');
    assert.equal(await fallbacks.count(), 2);
    for (const index of [0, 1]) {
      assert.equal(await fallbacks.nth(index).innerText(), FALLBACK);
      assert.equal(await fallbacks.nth(index).isVisible(), true);
      // Each number is a link a resident can tap, without any script.
      for (const [name, href] of FALLBACK_LINKS) {
        const link = fallbacks.nth(index).getByRole('link', { name, exact: true });
        assert.equal(await link.getAttribute('href'), href);
        assert.equal(await link.isVisible(), true);
      }
    }
  });
  await check(
    'the shortcode takes exactly the attributes of the built widget (listAttributes), with its rules',
    async () => {
      const table = await two.page.evaluate(
        async (src) => (await import(src)).listAttributes(),
        site.script,
      );
      assert.deepEqual(
        site.attributes,
        table.map(({ attribute }) => attribute),
      );
      // What the plugin checks of each value: the kind, and the values, range or schemes.
      const RULE_FIELDS = { enum: ['values'], level: ['min', 'max'], address: ['schemes', 'path'] };
      assert.deepEqual(
        site.rules,
        Object.fromEntries(
          table.map((entry) => [
            entry.attribute,
            Object.fromEntries([
              ['kind', entry.kind],
              ...(RULE_FIELDS[entry.kind] ?? []).map((field) => [field, entry[field]]),
            ]),
          ]),
        ),
      );
    },
  );

  for (const [key, who] of [
    ['hostileEditor', 'an editor (no kses)'],
    ['hostileAuthor', 'an author (kses)'],
  ]) {
    await check(
      `hostile values ("><script>, " onmouseover=…) from ${who} come out escaped: nothing injected, nothing run`,
      async () => {
        const hostile = await open(site.posts[key].id);
        await rendered(hostile.page);
        const found = await hostile.page.evaluate(() => ({
          injected: window.vifInjected,
          images: document.querySelectorAll('img').length,
          scripts: [...document.querySelectorAll('script')].filter((s) =>
            s.textContent.includes('vifInjected'),
          ).length,
          handlers: [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].filter((a) => /^on|^autofocus$|^x$/.test(a.name)).map((a) => a.name),
          ),
          widgets: [...document.querySelectorAll('vif-help')].map((el) =>
            Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          ),
        }));
        assert.deepEqual(found.injected, undefined);
        assert.deepEqual([found.images, found.scripts, found.handlers], [0, 0, []]);
        // The theme's own do_shortcode: the value reaches the widget whole, as text.
        assert.deepEqual(found.widgets.at(-1), {
          commune: '"><script>window.vifInjected=4</script>',
        });
        const notice = await hostile.page
          .locator('vif-help')
          .last()
          .locator('[part~="notice"]')
          .innerText();
        assert.match(notice, /<script>window\.vifInjected=4<\/script>/);
        assert.match(
          hostile.html,
          /<vif-help commune="&quot;&gt;&lt;script&gt;window\.vifInjected=4&lt;\/script&gt;">/,
        );
        if (key === 'hostileEditor') {
          // kses did not run: what stops the values is the plugin (and WordPress's texturize,
          // which breaks a shortcode whose value holds "<" or ">", so it prints no attribute).
          assert.match(site.posts[key].stored, /<script>window\.vifInjected=1<\/script>/);
          assert.deepEqual(found.widgets.slice(0, 2), [
            {},
            { commune: '" onmouseover="window.vifInjected=2" x="', view: 'emergency' },
          ]);
        }
        assert.deepEqual(hostile.problems, []);
      },
    );
  }

  await check(
    'the builder’s shortcode, in an author’s Shortcode block, renders the chosen configuration',
    async () => {
      assert.equal(
        shortcode,
        '[vif-help commune="Villeneuve d\'Ascq" view="emergency" theme="dark"]',
      );
      const page = await open(site.posts.builderShortcode.id);
      await rendered(page.page);
      const attributes = await page.page
        .locator('vif-help')
        .evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
      assert.deepEqual(attributes, {
        commune: "Villeneuve d'Ascq",
        view: 'emergency',
        theme: 'dark',
      });
      assert.deepEqual(page.warnings, []);
      assert.deepEqual(page.problems, []);
    },
  );
  await check(
    'the builder’s text and link pass kses untouched, and the link opens the widget for the commune',
    async () => {
      assert.equal(site.kses.link, link);
      assert.ok(site.posts.link.stored.includes(link));
      const page = await open(site.posts.link.id);
      await page.page.getByText(FALLBACK).waitFor();
      await page.page
        .getByRole('link', {
          name: 'Violences intrafamiliales : trouver de l’aide près de chez vous',
        })
        .click();
      await page.page.waitForURL(/\/embed\.html\?commune=Lille$/);
      await rendered(page.page);
      assert.match(
        await page.page.locator('vif-help').evaluate((el) => el.shadowRoot.textContent),
        /Lille/,
      );
      assert.deepEqual(page.problems, []);
    },
  );
  await check(
    'a contributor’s shortcode with every attribute gives values the widget accepts without a warning',
    async () => {
      const every = await open(site.posts.everyAttribute.id);
      await rendered(every.page);
      const attributes = await every.page
        .locator('vif-help')
        .evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
      assert.deepEqual(attributes, {
        commune: 'Roubaix',
        lang: 'fr',
        view: 'full',
        categories: 'urgence,ecoute',
        'quick-exit': 'on',
        'exit-url': 'https://example.org/meteo',
        theme: 'dark',
        'heading-level': '3',
        'contacts-mode': 'extend',
        'report-url': 'mailto:signalement@example.org',
        'help-url': '/aide-violences',
      });
      assert.deepEqual(every.warnings, []);
      assert.deepEqual(every.problems, []);
      assert.equal(await every.page.locator('vif-help h3').first().isVisible(), true);
    },
  );

  await check(
    'the shortcode keeps what the widget would keep, drops the rest, escapes with WordPress',
    () => {
      assert.deepEqual(
        site.shortcodes.map((html) => html.slice(0, html.indexOf('>') + 1)),
        SHORTCODES.map(([, expected]) => expected),
      );
      for (const html of site.shortcodes)
        assert.ok(html.endsWith(`>\n${FALLBACK_HTML}\n</vif-help>`));
    },
  );

  await check(
    'the one setting: an https: address or a path ending in .js; nothing else stored',
    () => {
      assert.deepEqual(site.setting, {
        https: 'https://cdn.example.org/vif-help/1/vif-help.js',
        path: '/vif-help/1/vif-help.js',
        http: '',
        query: '',
        protocol: '',
        empty: '',
      });
      assert.equal(site.scriptFromSetting, 'https://cdn.example.org/vif-help/1/vif-help.js');
      assert.equal(site.optionsAfter, null);
    },
  );

  await check(
    'finding: wp_kses_post drops the builder’s <script> and <vif-help>, keeps the fallback, drops the iframe',
    () => {
      assert.match(snippet, /<script type="module"/);
      assert.match(snippet, /<vif-help /);
      assert.match(iframe, /<iframe /);
      assert.doesNotMatch(site.kses.snippet, /<script|<vif-help|vif-help\.js/);
      assert.ok(site.kses.snippet.includes(FALLBACK_HTML), 'the fallback keeps its links');
      assert.doesNotMatch(site.kses.iframe, /<iframe|embed\.html/);
    },
  );
  await check('on a single site only administrators and editors have unfiltered_html', () => {
    assert.equal(site.multisite, false);
    assert.deepEqual(site.unfiltered_html, {
      administrator: true,
      editor: true,
      author: false,
      contributor: false,
    });
  });
  await check(
    'a "Custom HTML" block saved by an author loses the script, the element and the iframe',
    async () => {
      const stored = site.posts.htmlAuthor.stored;
      assert.doesNotMatch(stored, /<script|<vif-help|<iframe/);
      const page = await open(site.posts.htmlAuthor.id);
      assert.equal(await page.page.locator('vif-help, iframe').count(), 0);
      assert.equal(await page.page.getByText(FALLBACK).isVisible(), true);
    },
  );
  await check(
    'the same block saved by an editor of a single site keeps them, and the widget renders',
    async () => {
      const stored = site.posts.htmlEditor.stored;
      assert.match(stored, /<script type="module"/);
      assert.match(stored, /<vif-help /);
      assert.match(stored, /<iframe /);
      const page = await open(site.posts.htmlEditor.id);
      await rendered(page.page);
      assert.match(
        await page.page.locator('vif-help').evaluate((el) => el.shadowRoot.textContent),
        /Lille/,
      );
      assert.deepEqual(page.problems, []);
    },
  );
  await check(
    'the footer’s door: off by default; set to a commune, every page ends with the door, which opens the help for it',
    async () => {
      assert.deepEqual(site.door, { default: '', plain: 'Tourcoing', markup: 'Roubaix', long: 80 });
      const door = 'Violences dans le couple ou la famille : trouver de l’aide';
      assert.equal(await two.page.getByRole('button', { name: door }).count(), 0);
      run('php', [join(here, 'door.php'), `${HOST_NAME}:${port}`, 'Tourcoing']);
      try {
        for (const post of [site.posts.two, site.posts.link]) {
          const page = await open(post.id);
          await rendered(page.page);
          const doors = page.page.locator('vif-help[view="launcher"]');
          assert.equal(await doors.count(), 1);
          // After the post's own widgets, with no fallback numbers in the footer.
          assert.equal(
            await doors.evaluate((el) => [...document.querySelectorAll('vif-help')].at(-1) === el),
            true,
          );
          assert.match(
            page.html,
            /<vif-help (?=[^>]*\bview="launcher")(?=[^>]*\bcommune="Tourcoing")[^>]*><\/vif-help>/,
          );
          await page.page.getByRole('button', { name: door }).click();
          await page.page
            .getByRole('dialog', { name: door })
            .getByText('Aide pour Tourcoing')
            .waitFor();
          const scripts = await page.page.evaluate(
            () => document.querySelectorAll('script[src*="vif-help.js"]').length,
          );
          assert.equal(scripts, 1, 'the script once');
          const styles = await page.page.evaluate(() =>
            [...document.querySelectorAll('link[rel="stylesheet"][href*="vif-help.css"]')].map(
              (link) => link.parentElement.localName,
            ),
          );
          assert.deepEqual(styles, ['head']);
          assert.deepEqual(page.problems, []);
        }
      } finally {
        run('php', [join(here, 'door.php'), `${HOST_NAME}:${port}`, '']);
      }
    },
  );
  console.log(`(php -S log: ${phpLog().split('\n').length} lines)`);
}

const timer = setTimeout(() => {
  console.log('✘ the WordPress suite ran out of time');
  results.failed += 1;
  finish();
}, DEADLINE_MS);

let finished = false;
async function finish() {
  if (finished) return;
  finished = true;
  clearTimeout(timer);
  if (process.env.VIF_HELP_WORDPRESS_KEEP) {
    console.log(
      'VIF_HELP_WORDPRESS_KEEP is set: the site, its server and MariaDB are left running',
    );
    await new Promise(() => {});
  }
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch {
      // Cleaning up is best effort; the tally below is what counts.
    }
  }
  console.log(`\n${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed > 0 ? 1 : 0);
}

try {
  await main();
} catch (error) {
  results.failed += 1;
  console.log(
    `✘ setting up the WordPress site\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}`,
  );
}
await finish();
