// Helpers of the accessibility tests (test/e2e/a11y-*.test.mjs): the browser's accessibility
// tree compared with stored snapshots, and the element that has focus, through shadow roots.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';

/** A Monday morning in Lille, so "open now" reads the same on every run. */
export const FIXED_NOW = new Date('2026-12-07T10:00:00+01:00');

/** Freezes the page's clock at FIXED_NOW (timers keep running): a `beforeGoto` for open(). */
export const atFixedTime = (page) => page.clock.setFixedTime(FIXED_NOW);

const SNAPSHOTS = 'test/e2e/a11y-tree';

/**
 * A line diff of two texts, with two lines of context around each change: "-" what the stored
 * snapshot says, "+" what the browser's tree says now.
 */
export function lineDiff(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence, by dynamic programming (snapshots are a few hundred lines).
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const rows = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      rows.push({ mark: ' ', line: a[i], at: i + 1 });
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      rows.push({ mark: '+', line: b[j], at: i + 1 });
      j += 1;
    } else {
      rows.push({ mark: '-', line: a[i], at: i + 1 });
      i += 1;
    }
  }
  const near = (index) =>
    rows.slice(Math.max(0, index - 2), index + 3).some((row) => row.mark !== ' ');
  const out = [];
  rows.forEach((row, index) => {
    if (!near(index)) {
      if (out.at(-1) !== '…') out.push('…');
      return;
    }
    out.push(`${row.mark} ${String(row.at).padStart(4)} | ${row.line}`);
  });
  return out.join('\n');
}

/**
 * Compares `actual` (an ARIA snapshot, Playwright's YAML) with test/e2e/a11y-tree/`name`.yml,
 * exactly. UPDATE_SNAPSHOTS=1 writes it instead (then read the change in `git diff` before
 * committing it). A missing file fails: a snapshot is looked at before it is trusted.
 */
export function assertSnapshot(name, actual) {
  const file = join(SNAPSHOTS, `${name}.yml`);
  const text = `${actual.trimEnd()}\n`;
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    writeFileSync(file, text);
    return;
  }
  assert.ok(existsSync(file), `${file} is missing: write it with UPDATE_SNAPSHOTS=1 and read it`);
  const expected = readFileSync(file, 'utf8');
  if (expected === text) return;
  assert.fail(
    `The accessibility tree differs from ${file} (- stored, + now; line numbers of the stored file):\n${lineDiff(expected, text)}\n` +
      'If the change is wanted, run the test again with UPDATE_SNAPSHOTS=1 and commit the file.',
  );
}

/** The element that has focus, through shadow roots: its role-ish description and name. */
export const focusedElement = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return { tag: active?.localName ?? null, name: '' };
    const labelled = active.getAttribute('aria-labelledby');
    const root = active.getRootNode();
    const name = labelled
      ? labelled
          .split(' ')
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ')
      : (active.getAttribute('aria-label') ??
        (active.labels?.[0]?.textContent || active.textContent));
    return { tag: active.localName, name: name.replace(/\s+/g, ' ').trim() };
  });
