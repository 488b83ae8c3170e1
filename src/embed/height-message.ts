/**
 * The message the iframe page (embed.ts) posts to its host page with the height of its content,
 * and the one the host script (embed-host.ts) listens for. Each is built on its own, so each
 * file carries this constant; it is written once here.
 */
export const HEIGHT_MESSAGE = 'vif-help:height';
