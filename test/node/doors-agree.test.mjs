// The data team's report and the widget say the same of every commune: which contact is each of
// its four first doors, and whether it has a place of help of its own. The widget's side is its
// own code (src/directory/directory.ts, src/data/loader.ts) bundled by esbuild and run in node on
// the modules compile.mjs writes from data/ (rendered in memory, the files the bundle loads); the
// report's side is scripts/data/doors.mjs and report.mjs on data/ itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { compileData, renderSplitModules } from '../../scripts/data/compile.mjs';
import { firstDoorsByCommune } from '../../scripts/data/doors.mjs';
import { dataReport } from '../../scripts/data/report.mjs';
import { realData, TODAY } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const generated = join(root, 'src/data/generated');

/** What the widget shows each commune with nothing asked, computed by the widget's own code. */
const WIDGET = `
import { createDirectory } from './src/directory/directory.ts';
import { loadAreaContacts, loadCommuneContacts, mergeContacts } from './src/data/loader.ts';
import { CATEGORIES, COMMUNES } from './src/data/generated/core.ts';

export async function widgetDoors() {
  const area = await loadAreaContacts('fr');
  const nationalLines = area.filter((contact) => contact.highlight);
  const result = {};
  for (const commune of COMMUNES) {
    const own = await loadCommuneContacts(commune.insee, 'fr');
    const directory = createDirectory({
      contacts: mergeContacts(area, own),
      commune,
      allowedCategories: new Set(CATEGORIES.map((category) => category.id)),
      nationalLines,
      createSearch: () => {
        throw new Error('no search: nothing is asked');
      },
    });
    const view = directory.view({
      query: '',
      path: null,
      categories: new Set(),
      openNow: false,
      now: new Date('2026-12-07T10:00:00+01:00'),
      expanded: new Set(),
    });
    result[commune.insee] = {
      doors: Object.fromEntries(view.doors.map((door) => [door.kind, door.contact?.id ?? null])),
      hasLocal: view.hasLocal,
    };
  }
  return result;
}
`;

/** The widget's answer for every commune, from the modules compiled from `data` in memory. */
async function widgetDoors(data) {
  const files = renderSplitModules(compileData(data));
  const bundle = await build({
    stdin: { contents: WIDGET, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'generated-in-memory',
        setup(plugin) {
          // src/data/generated/ is what `npm run generate` writes; here it is rendered from data/.
          plugin.onResolve({ filter: /generated\// }, (args) => {
            const path = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
            if (!path.startsWith(generated)) return undefined;
            return { path, namespace: 'generated' };
          });
          plugin.onLoad({ filter: /.*/, namespace: 'generated' }, (args) => {
            const name = relative(generated, args.path).split('\\').join('/');
            if (!(name in files)) throw new Error(`compile.mjs writes no ${name}`);
            return { contents: files[name], loader: 'ts', resolveDir: generated };
          });
          // A generated module's own imports (./communes/…) resolve into the same folder.
          plugin.onResolve({ filter: /^\./, namespace: 'generated' }, (args) => ({
            path: resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'),
            namespace: 'generated',
          }));
        },
      },
    ],
  });
  const folder = mkdtempSync(join(tmpdir(), 'vif-doors-'));
  try {
    const file = join(folder, 'widget.mjs');
    writeFileSync(file, bundle.outputFiles[0].text);
    const module = await import(pathToFileURL(file).href);
    return await module.widgetDoors();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('the report and the widget choose the same first doors and say the same of local help, for all 95 communes', async () => {
  const { data } = realData();
  const widget = await widgetDoors(data);
  const table = firstDoorsByCommune(data);
  assert.equal(table.length, 95);
  assert.equal(Object.keys(widget).length, 95);
  for (const { commune, shown, hasLocal } of table) {
    const report = {
      doors: Object.fromEntries(
        Object.entries(shown).map(([kind, contact]) => [kind, contact?.id ?? null]),
      ),
      hasLocal,
    };
    assert.deepEqual(widget[commune.insee], report, `${commune.insee} ${commune.name}`);
  }

  // What the report prints is that table: its counts per kind of door, and its list of the
  // communes without a place of help of their own.
  const text = dataReport(data, { today: TODAY });
  for (const kind of ['mairie', 'police', 'justice', 'victimes']) {
    const doors = Object.values(widget).filter(({ doors }) => doors[kind] !== null).length;
    assert.match(text, new RegExp(`^  ${kind} ${doors}/95 publiées`, 'm'), kind);
  }
  const listed = text
    .split('\n\n')
    .find((block) => block.startsWith('Communes with no place of help of their own'))
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(' ')[0])
    .filter((insee) => /^\d/.test(insee));
  const without = Object.entries(widget)
    .filter(([, { hasLocal }]) => !hasLocal)
    .map(([insee]) => insee);
  assert.deepEqual(listed.sort(), without.sort());
  assert.ok(without.length > 0 && without.length < 95);
});

test('a town hall alone is not local help, on both sides; a held door is no door', async () => {
  const { data } = realData();
  // Wicres (59658): give it a held police unit and keep its town hall: the widget shows the town
  // hall as its door and says it has no place of help of its own; so does the report.
  data['contacts.json'].contacts.push({
    ...structuredClone(
      data['contacts.json'].contacts.find((contact) => contact.firstDoor === 'police'),
    ),
    id: 'brigade-de-test-wicres',
    scope: { type: 'communes', insee: ['59658'] },
    status: 'held',
  });
  const widget = await widgetDoors(data);
  const row = firstDoorsByCommune(data).find(({ commune }) => commune.insee === '59658');
  assert.equal(widget['59658'].hasLocal, false);
  assert.equal(row.hasLocal, false);
  assert.equal(widget['59658'].doors.police, null);
  assert.equal(row.shown.police, null);
  assert.equal(row.doors.police, 'held');
  assert.match(String(widget['59658'].doors.mairie), /59658/);
  assert.equal(widget['59658'].doors.mairie, row.shown.mairie.id);
});
