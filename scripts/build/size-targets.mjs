// The byte targets of issues 16, 23 and 24, in one place: the build's size check
// (scripts/build/size-check.mjs), the bench (bench/first-screen.mjs) and the README read these
// numbers. 1 KB = 1024 bytes, brotli quality 11, each file compressed alone as a server would send it.

/** Everything a resident downloads for one commune's full view in French (its page as shown). */
export const FULL_VIEW_TARGET = 30 * 1024;
/** Of which, what arrives before the emergency numbers are painted: the entry, without Lit. */
export const FIRST_SCREEN_TARGET = 10 * 1024;
/**
 * What a page holding only view="launcher" loads until a resident opens it (issue 24): the entry
 * and the stylesheet that keeps its room; the element and the rest load on first use.
 */
export const LAUNCHER_TARGET = 12 * 1024;
/** The full view may grow by at most this much when the other communes' data is ×10. */
export const FLAT_TARGET = 1024;

/**
 * What the build refuses today for the full view, while its target is not met (see
 * bench/results.md for the measured reason): the size of this release plus a small margin, so
 * that nothing grows silently. Lower it as the code shrinks; at the target, it is the target.
 * The entry that draws the first screen before Lit (issue 23) repeats that screen's styles, lines
 * and texts, which the element's chunk also holds: about 9 KB more in the full view, the price of
 * a first screen at static speed, until the element takes them from the entry. The same release
 * also adds the point of view in search, the sources in residents' words and the 3919's chat
 * (43.6 → 46.6 KB before the entry's repeat): 54.8 KB measured with both. The launcher (issue 24)
 * adds 1.7 KB (its button and dialog, drawn by the entry and kept by the element): 56.5 KB.
 * Messages heard by screen readers (issue 25: the page-level live region and the relay of the
 * widget's status messages to it, announcer.ts) add 0.7 KB: 57.2 KB. The attribute table
 * (values, kinds and defaults declared once, read by listAttributes()) adds 0.3 KB, and the help
 * model, now in the rest's chunk where it compresses less well, 0.4 KB: 57.9 KB. Then the element
 * stopped repeating the entry: it takes the first screen's styles, the launcher, the
 * configuration and the locales from the entry's copies (rollup.config.mjs, SHARED_MODULES):
 * the element's chunk −5.9 KB, the entry +0.5 KB: 52.8 KB. Dates and times from tables instead of
 * Intl.DateTimeFormat (calendar.ts: 100–200 ms less in a phone's longest task) add 0.4 KB: 53.3 KB.
 * V8's compile hint at the top of the entry, the element and the rest (main-thread compiling
 * 144 → 25 ms a load) and the commune names folded on first use: 53.4 KB, the entry 9.9 KB.
 */
export const FULL_VIEW_CEILING = 53.5 * 1024;
