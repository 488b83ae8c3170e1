// Debian's Chromium, as every browser run of this project starts it (tests, end-to-end, bench).
// As root it needs --no-sandbox; on this closed network the background services only fail.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
