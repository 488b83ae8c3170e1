/* global window, customElements, HTMLElement */
// A host page's own scripts, run before the widget: its own custom element (and a wrapper around
// customElements.define, as some loaders install), globals named like the widget and like Lit's,
// and a polyfill that replaces Array.prototype.find with an enumerable method (as polyfills that
// assigned to a missing Array.prototype.find made it, so for…in over any array meets it) that
// counts its calls and still works.
window.Lit = Object.freeze({ version: 'the page’s own' });
window.litHtmlVersions = ['2.8.0'];
window.litElementVersions = ['3.3.3'];
window.reactiveElementVersions = ['1.6.3'];
window.VifHelp = Object.freeze({ owner: 'page' });
window.define = Object.assign(() => {}, { amd: {} });

window.definedElements = [];
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  window.definedElements.push(name);
  return define(name, constructor, options);
};

class XHost extends HTMLElement {
  connectedCallback() {
    this.textContent = 'x-host prêt';
  }
}
customElements.define('x-host', XHost);
window.XHost = XHost;

window.findCalls = 0;
Object.defineProperty(Array.prototype, 'find', {
  configurable: true,
  enumerable: true,
  writable: true,
  value: function find(predicate, thisArg) {
    window.findCalls += 1;
    for (let i = 0; i < this.length; i += 1) {
      if (predicate.call(thisArg, this[i], i, this)) return this[i];
    }
    return undefined;
  },
});
