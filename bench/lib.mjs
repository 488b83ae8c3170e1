// Shared by the bench scripts: Debian's Chromium driven by playwright-core, CPU throttling through
// the DevTools protocol, and the few statistics the results report.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/dev/chromium.mjs';

/** The slowdown Lighthouse uses for a mid-range phone; every browser timing here runs under it. */
export const CPU_SLOWDOWN = 4;

export const launchBrowser = () =>
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

/** A fresh context (empty cache, nothing shared with the previous run) and a throttled page. */
export async function throttledPage(browser, viewport = { width: 360, height: 740 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

/** Nearest-rank percentile (p in 0–100) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/**
 * Where each (line, column) of a generated file comes from, by its source map: the source of the
 * last segment at or before that position, carried across line breaks.
 */
export function sourceLocator(decodedMappings, sources) {
  // The source in force at the start of each line, so that a lookup never scans earlier lines.
  const atLineStart = [];
  let current = null;
  for (const line of decodedMappings) {
    atLineStart.push(current);
    for (const [, sourceIndex] of line)
      current = sourceIndex === undefined ? null : sources[sourceIndex];
  }
  return (lineNumber, columnNumber) => {
    let found = atLineStart[lineNumber] ?? null;
    for (const [column, sourceIndex] of decodedMappings[lineNumber] ?? []) {
      if (column > columnNumber) break;
      found = sourceIndex === undefined ? null : sources[sourceIndex];
    }
    return found?.replace(/^(\.\.\/)+/, '') ?? null;
  };
}

/**
 * Self time of a V8 CPU profile (Profiler.stop's `profile`) in ms, per part. `partOf(callFrame)`
 * names the part of a frame of our scripts, or returns null for built-ins and native code, whose
 * time goes to the nearest caller that has a part; what has none keeps V8's own name
 * ("(garbage collector)", "(program)": the browser's own work, "(idle)").
 */
export function selfTimeByPart(profile, partOf) {
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const partOfNode = new Map();
  const resolve = (id) => {
    if (partOfNode.has(id)) return partOfNode.get(id);
    const node = byId.get(id);
    const own = partOf(node.callFrame);
    const part =
      own ??
      (parent.has(id) && byId.get(parent.get(id)).callFrame.functionName !== '(root)'
        ? resolve(parent.get(id))
        : /^\(.*\)$/.test(node.callFrame.functionName)
          ? node.callFrame.functionName
          : 'other (browser code)');
    partOfNode.set(id, part);
    return part;
  };
  const totals = new Map();
  profile.samples.forEach((id, index) => {
    const part = resolve(id);
    totals.set(part, (totals.get(part) ?? 0) + profile.timeDeltas[index] / 1000);
  });
  return totals;
}
