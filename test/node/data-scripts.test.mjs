// The three scripts as the data team runs them: exit codes and what they print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from './helpers.mjs';

const run = (command, ...args) =>
  spawnSync(process.execPath, ['scripts/data/main.mjs', command, ...args], { encoding: 'utf8' });

test('data:check passes on data/', () => {
  const { status, stdout } = run('check');
  assert.equal(status, 0);
  assert.match(stdout, /no problem/);
});

test('data:check prints every problem of a folder, one line each, and exits 1', () => {
  const folder = mkdtempSync(join(tmpdir(), 'vif-data-'));
  cpSync('data', folder, { recursive: true });
  // The content files point to the real contacts, replaced below; a folder may do without them.
  for (const file of ['answers.json', 'paths.json', 'synonyms.json']) rmSync(join(folder, file));
  const bad = ['bad-number', 'javascript-url', 'unknown-insee', 'missing-source', 'bad-hours'];
  const contacts = bad.map((name) => fixture(name).contacts[0]);
  writeFileSync(join(folder, 'contacts.json'), JSON.stringify({ contacts }));
  const { status, stderr } = run('check', folder);
  assert.equal(status, 1);
  const lines = stderr.trim().split('\n');
  assert.equal(lines.at(-1), '6 problem(s) in the data: fix them and run it again.');
  const problems = lines.slice(0, -2);
  assert.equal(problems.length, 6);
  for (const line of problems)
    assert.match(line, /^data\/contacts\.json › fixture-[\w-]+ › \S+: .+; .+$/);
});

test('data:check says which file is not JSON, on one line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'vif-data-'));
  cpSync('data', folder, { recursive: true });
  for (const [file, from, to] of [
    ['groups.json', '"groups": [', '"groups" ['],
    ['audiences.json', '"الجميع" }', '"الجميع", }'],
  ]) {
    writeFileSync(join(folder, file), readFileSync(join('data', file), 'utf8').replace(from, to));
  }
  const { status, stderr } = run('check', folder);
  assert.equal(status, 1);
  const [audiences, groups] = stderr.trim().split('\n');
  assert.match(
    audiences,
    /^data\/audiences\.json › \(file\) › \(JSON\): is not valid JSON: .* \(line 4\); fix the syntax/,
  );
  assert.match(
    groups,
    /^data\/groups\.json › \(file\) › \(JSON\): is not valid JSON: .+; fix the syntax/,
  );
});

test('data:report prints its sections', () => {
  const { status, stdout } = run('report');
  assert.equal(status, 0);
  for (const title of [
    'Stale: confirmed before',
    'Call sheet: published contacts no person has confirmed',
    'Confidence not high',
    'Communes with no place of help of their own',
    'Missing translations',
    'Published contacts per commune',
  ]) {
    assert.match(stdout, new RegExp(`^${title}`, 'm'));
  }
});
