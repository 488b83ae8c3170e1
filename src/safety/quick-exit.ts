/**
 * Leaves the page for the exit URL with `location.replace`, so the page the resident was reading
 * is taken out of the tab's back history instead of being one "Back" away.
 */
export function leaveNow(exitUrl: string): void {
  window.location.replace(exitUrl);
}
