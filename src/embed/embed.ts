import { EMBED_ATTRIBUTES } from '../components/vif-help/attributes.js';
import { HEIGHT_MESSAGE } from './height-message.js';

/**
 * The iframe page (dist/embed.html) for sites whose CMS refuses script tags: it reads the widget's
 * attributes from its query string (`embed.html?commune=59350&lang=fr`), and, when the host page
 * runs dist/embed-host.js, tells it the height of its content so the iframe fits.
 * Only the widget's own attributes are passed on; the widget validates each value as usual.
 */
/** The attributes the iframe page passes on: those of the widget's table that it may take. */
const ATTRIBUTES: readonly string[] = EMBED_ATTRIBUTES;

const MAX_VALUE_LENGTH = 200;

function createWidget(params: URLSearchParams): HTMLElement {
  const widget = document.createElement('vif-help');
  for (const [name, value] of params) {
    // The widget's own page shows the full help: a launcher's dialog would open inside the frame.
    if (name === 'view' && value.trim().toLowerCase() === 'launcher') continue;
    if (ATTRIBUTES.includes(name)) {
      widget.setAttribute(name, value.slice(0, MAX_VALUE_LENGTH));
    } else {
      console.warn(
        `<vif-help> embed: the parameter "${name.slice(0, 40)}" is not an attribute of the widget; ignored.`,
      );
    }
  }
  return widget;
}

function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    // The height is not sensitive, and the host's origin is unknown: any parent may read it.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  });
  observer.observe(document.body);
}

const main = document.querySelector('main') ?? document.body;
main.replaceChildren(createWidget(new URLSearchParams(location.search)));
reportHeight();
