/** Puts back the <html lang> a test found, or removes it if there was none. */
export function restoreLang(original: string | null): void {
  if (original === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', original);
}
