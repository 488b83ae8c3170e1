import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

test('data/communes.json is what the pinned package gives (95 communes)', () => {
  const output = execFileSync(process.execPath, ['scripts/data/main.mjs', 'communes', '--check'], {
    encoding: 'utf8',
  });
  assert.match(output, /up to date \(95 communes\)/);
});
