/* global window, document */
// Loaded first by every hostile page, as a classic script, so it listens before the widget's
// module runs: records every Content-Security-Policy violation (Trusted Types included), every
// uncaught exception and every unhandled rejection, for the tests to read in window.hostileReport.
window.hostileReport = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.hostileReport.violations.push(
    `${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim(),
  );
});
window.addEventListener('error', (event) => {
  window.hostileReport.errors.push(`error: ${event.message}`);
});
window.addEventListener('unhandledrejection', (event) => {
  window.hostileReport.errors.push(`unhandledrejection: ${event.reason}`);
});
