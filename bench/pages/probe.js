/* global document, window, performance, requestAnimationFrame, MessageChannel */
// Loaded first, as a classic script, by both paint pages: it looks, at every animation frame, for
// the "17" link of the emergency numbers (in the widget's shadow root, or in the static page) and
// records when the first frame that shows it has been rendered.
const SELECTOR = '[part~="emergency"] a[href="tel:17"]';

function emergencyLink() {
  const widget = document.querySelector('vif-help');
  return (widget ? widget.shadowRoot : document)?.querySelector(SELECTOR) ?? null;
}

function isVisible(element) {
  const box = element.getBoundingClientRect();
  return (
    element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
    box.width > 0 &&
    box.height > 0 &&
    box.top < window.innerHeight
  );
}

function onFrame() {
  const link = emergencyLink();
  if (!link || !isVisible(link)) {
    requestAnimationFrame(onFrame);
    return;
  }
  // This frame renders the link. A message posted from a frame callback is handled once the
  // frame's style, layout and paint are done: that moment is the "painted" time.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    window.benchPaint = { painted: performance.now() };
  };
  channel.port2.postMessage(null);
}

requestAnimationFrame(onFrame);
