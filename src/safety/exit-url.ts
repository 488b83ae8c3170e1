/**
 * Where the quick exit goes by default: a neutral weather page, the same for everyone, with no
 * personalised content that could hint at the visit.
 */
export const DEFAULT_EXIT_URL = 'https://meteofrance.com/';

/** The exit URL to use for an `exit-url` value, or null when the value must be refused. */
export function parseExitUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
