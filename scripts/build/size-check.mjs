// Reports the built file's size (raw, gzip -9, brotli -11) and fails when brotli exceeds the budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The file carries everything (Lit, fuse.js, three locales, the contacts, the answers, the
// situations, the partner-data validator). 1.0.0-rc.1 was 48.4 KB; the resident-first release
// added a summary and a note written for residents to every uncertain entry, in three languages,
// and the templates of the new first screen, directory groups and first doors: 58 KB. The budget
// stops silent growth; splitting per commune and loading locales and the validator on demand
// (issue 16) is what brings a commune's page to its 30 KB target. Issue 15 published the first
// doors of the 95 communes (the town halls, brigades and commissariats of the 2019 export, 100
// contacts with their texts in three languages): +6 KB, measured on the generated data module,
// which the split of issue 16 takes out of this file.
const BUDGET_BROTLI_BYTES = 66 * 1024;
const file = new URL('../../dist/vif-help.js', import.meta.url);
const bytes = readFileSync(file);
const gzip = gzipSync(bytes, { level: 9 }).length;
const brotli = brotliCompressSync(bytes, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  },
}).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/vif-help.js: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_BROTLI_BYTES)} brotli)`,
);
if (brotli > BUDGET_BROTLI_BYTES) {
  console.error(`Size budget exceeded by ${brotli - BUDGET_BROTLI_BYTES} bytes (brotli).`);
  process.exit(1);
}
