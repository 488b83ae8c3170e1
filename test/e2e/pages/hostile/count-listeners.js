/* global window, document, EventTarget */
// Installed by the page before the widget loads: wraps addEventListener and removeEventListener
// to count the keyup listeners in place on document (one per callback and capture flag, as the
// DOM counts them) and the calls that added one; records every vif-exit reaching the document.
(() => {
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const live = [];
  const captureOf = (options) =>
    typeof options === 'boolean' ? options : Boolean(options && options.capture);
  const indexOf = (listener, options) =>
    live.findIndex((entry) => entry.listener === listener && entry.capture === captureOf(options));
  window.keyupAdds = 0;
  EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
    if (this === document && type === 'keyup' && listener) {
      window.keyupAdds += 1;
      if (indexOf(listener, options) < 0) live.push({ listener, capture: captureOf(options) });
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function removeEventListener(
    type,
    listener,
    options,
  ) {
    if (this === document && type === 'keyup') {
      const index = indexOf(listener, options);
      if (index >= 0) live.splice(index, 1);
    }
    return remove.call(this, type, listener, options);
  };
  window.keyupListeners = () => live.length;

  window.exits = [];
  document.addEventListener('vif-exit', (event) => window.exits.push(event.exitUrl));
})();
