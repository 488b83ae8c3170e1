import { HEIGHT_MESSAGE } from './height-message.js';

/**
 * The optional host script for the iframe embed: include it once on the page that holds
 * `<iframe src=".../embed.html?…" data-vif-help>`, and each such iframe takes the height of its
 * content. Without it, the iframe keeps the height the page gave it and scrolls.
 */
const MAX_HEIGHT = 20_000;

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-vif-help]')) {
    if (frame.contentWindow !== event.source) continue;
    const height = Math.min(Math.max(Math.round(data.height), 100), MAX_HEIGHT);
    frame.style.height = `${height}px`;
  }
});
