// Records what the widget tells the page about partner data, for the tests to read.
window.dataErrors = [];
document.addEventListener('vif-data-error', (event) => {
  window.dataErrors.push({ reasons: event.reasons, source: event.source });
});
