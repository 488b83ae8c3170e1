import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { PRESSES_TO_EXIT } from '../../safety/shift-sequence.js';

/**
 * The quick exit: a hidden first link for assistive technology, then the sticky bar with the
 * exit link, its Shift×3 lights and a polite status of the presses (GOV.UK "Exit this page").
 * A plain click calls `onExit` instead of following the link; a modified click (new tab, new
 * window) is left to the browser.
 */
export function exitBar(
  exitUrl: string,
  count: number,
  expired: boolean,
  onExit: () => void,
): TemplateResult {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    onExit();
  };
  const remaining = PRESSES_TO_EXIT - count;
  let status = '';
  if (count > 0) {
    status =
      remaining === 1
        ? msg('Maj : appuyez encore 1 fois pour quitter la page.')
        : msg(str`Maj : appuyez encore ${remaining} fois pour quitter la page.`);
  } else if (expired) {
    status = msg('Sortie rapide annulée.');
  }
  return html`<a
      class="visually-hidden-focusable secondary-exit"
      href=${exitUrl}
      rel="noreferrer nofollow"
      @click=${onClick}
      >${msg('Quitter rapidement ce site (sortie de sécurité)')}</a
    >
    <div class="exit-bar">
      <a part="exit" class="exit" href=${exitUrl} rel="noreferrer nofollow" @click=${onClick}
        ><span class="visually-hidden">${msg('Sortie de sécurité :')} </span>${msg(
          'Quitter rapidement',
        )}<span class="presses" aria-hidden="true"
          >${Array.from(
            { length: PRESSES_TO_EXIT },
            (_, index) => html`<span class="press ${index < count ? 'on' : ''}"></span>`,
          )}</span
        ></a
      >
      <span class="visually-hidden" role="status">${status}</span>
    </div>`;
}
