// No import circle in src/, scripts/ or bench/: a module that imports itself through others is
// half-initialised when one of them runs, and a circle is a sign that a helper lives in the wrong
// module. The walk follows every relative import (static, re-export, dynamic with a literal,
// type-only too: tsc resolves those) and resolves `.js` to the `.ts` file it is built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SOURCE = /\.(m?js|ts)$/;
const IMPORT =
  /(?:^|[^\w.$])(?:import|export)\s*(?:type\s+)?(?:[\w*${}\s,]+\s+from\s*)?\(?\s*(['"])(\.{1,2}\/[^'"]+)\1/g;

/** The source files of a folder, recursively, without generated or installed code. */
function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules' || name === 'tmp') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names: as written, or the .ts a `.js` specifier is built from. */
function resolveSpecifier(from, specifier) {
  const path = join(dirname(from), specifier);
  for (const candidate of [path, path.replace(/\.js$/, '.ts'), `${path}.ts`, `${path}/index.ts`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each file's relative imports, as files. */
export function importGraph(folders) {
  const graph = new Map();
  for (const file of folders.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((match) => resolveSpecifier(file, match[2]))
      .filter((target) => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every circle of a graph, each once, as the list of its files (depth-first, three colours). */
export function circles(graph) {
  const found = [];
  const state = new Map();
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const named = (circle) => circle.map((file) => relative('.', file)).join(' → ');

test('the walk finds a circle: the fixture a → b → a', () => {
  const graph = importGraph(['test/node/fixtures/import-circle']);
  assert.equal(graph.size, 3);
  const found = circles(graph).map(named);
  assert.deepEqual(found, [
    'test/node/fixtures/import-circle/a.mjs → test/node/fixtures/import-circle/b.mjs → test/node/fixtures/import-circle/a.mjs',
  ]);
});

test('the walk follows the imports of the real code, .js names of .ts files included', () => {
  const graph = importGraph(['src', 'scripts']);
  assert.ok(graph.get(join('scripts/data/read.mjs')).includes(join('scripts/data/check.mjs')));
  assert.ok(graph.get(join('src/vif-help.ts')).some((file) => file.endsWith('.ts')));
});

test('no import circle in src/, scripts/ or bench/', () => {
  assert.deepEqual(circles(importGraph(['src', 'scripts', 'bench'])).map(named), []);
});

test('scripts/ imports nothing from bench/: the build does not depend on the bench', () => {
  const graph = importGraph(['scripts']);
  const intoBench = [...graph].flatMap(([file, targets]) =>
    targets
      .filter((target) => relative('.', target).split(/[\\/]/)[0] === 'bench')
      .map((target) => `${relative('.', file)} → ${relative('.', target)}`),
  );
  assert.deepEqual(intoBench, []);
});
