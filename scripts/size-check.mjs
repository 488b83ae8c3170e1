// Reports the built file's size (raw, gzip -9, brotli -11) and fails when brotli exceeds the budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The file carries everything (Lit, fuse.js, three locales, the contacts, the answers, the
// situations, the partner-data validator): about 27 KB of code and 21 KB of content. The budget
// leaves a little room; past it, content has to be weighed against the load time on a slow phone.
const BUDGET_BROTLI_BYTES = 50 * 1024;
const file = new URL('../dist/vif-help.js', import.meta.url);
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
