const ALLOWED_SCHEMES = new Set(['https:', 'tel:', 'sms:', 'mailto:']);

/**
 * The link itself when its scheme is one the widget may render (`https:`, `tel:`, `sms:`,
 * `mailto:`), else undefined: a `javascript:` or `data:` address never reaches an href.
 */
export function safeHref(link: string): string | undefined {
  try {
    return ALLOWED_SCHEMES.has(new URL(link).protocol) ? link : undefined;
  } catch {
    return undefined;
  }
}
