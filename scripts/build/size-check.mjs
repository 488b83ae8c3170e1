// Reports the bytes a page downloads (brotli -11, each file alone, as a server sends it) and fails
// the build when they exceed what size-targets.mjs allows:
// - before the emergency numbers paint: the entry dist/vif-help.js (the first screen, no Lit);
// - a page with only view="launcher", until it is opened: the entry and dist/vif-help.css;
// - one commune's full view in French: that, the element (Lit, the element, the commune list),
//   the rest of the full view, the texts, the metropolis-wide contacts and that commune's own
//   file, for the commune whose file is largest.
// The data files are the French ones. Answers (on first use), English, Arabic and the
// partner-data validator are not in the view.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import {
  FIRST_SCREEN_TARGET,
  FULL_VIEW_CEILING,
  FULL_VIEW_TARGET,
  LAUNCHER_TARGET,
} from './size-targets.mjs';

const dist = new URL('../../dist/', import.meta.url);
/** @param {Buffer} bytes */
const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
const chunks = readdirSync(new URL('chunks/', dist));
/** @param {string} file */
const size = (file) => brotli(readFileSync(new URL(file, dist)));
/** @param {string} name */
const chunk = (name) => {
  const found = chunks.filter((file) => file.startsWith(`${name}-`));
  if (found.length !== 1) throw new Error(`expected one chunk ${name}-*.js, found ${found.length}`);
  return size(`chunks/${found[0]}`);
};
// Each commune's contacts: chunks/communes-<hash of them all>/59350.fr.js.
const communeFiles = chunks
  .filter((folder) => folder.startsWith('communes-'))
  .flatMap((folder) =>
    readdirSync(new URL(`chunks/${folder}/`, dist))
      .filter((file) => /^\d{5}\.fr\.js$/.test(file))
      .map((file) => `chunks/${folder}/${file}`),
  );
const largestCommune = Math.max(0, ...communeFiles.map(size));

const firstScreen = size('vif-help.js');
const launcher = firstScreen + size('vif-help.css');
const fullView =
  firstScreen +
  chunk('element') +
  chunk('rest') +
  chunk('texts.fr') +
  chunk('area.fr') +
  largestCommune;
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** @param {string} label @param {number} value @param {number} target @param {number} ceiling */
const line = (label, value, target, ceiling) =>
  `${label}: ${kb(value)} brotli (target ${kb(target)}${
    value <= target ? ', met' : `, not met; the build refuses more than ${kb(ceiling)}`
  })`;
console.log(
  line('Before the emergency numbers paint', firstScreen, FIRST_SCREEN_TARGET, FIRST_SCREEN_TARGET),
);
console.log(line('A page with only the launcher', launcher, LAUNCHER_TARGET, LAUNCHER_TARGET));
console.log(line("A commune's full view in French", fullView, FULL_VIEW_TARGET, FULL_VIEW_CEILING));
let failed = false;
/** @type {[string, number, number, number][]} */
const checks = [
  ['first screen', firstScreen, FIRST_SCREEN_TARGET, FIRST_SCREEN_TARGET],
  ['launcher', launcher, LAUNCHER_TARGET, LAUNCHER_TARGET],
  ['full view', fullView, FULL_VIEW_TARGET, FULL_VIEW_CEILING],
];
for (const [label, value, target, ceiling] of checks) {
  const limit = Math.max(target, ceiling);
  if (value > limit) {
    console.error(`Size budget of the ${label} exceeded by ${value - limit} bytes (brotli).`);
    failed = true;
  }
}
if (failed) process.exit(1);
