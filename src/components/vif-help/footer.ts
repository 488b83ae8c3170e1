import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DATA_DATE } from '../../data/generated/core.js';
import { formatDate } from '../../localization/localized-text.js';
import type { Locale } from '../../data/types.js';

/** The MEL's own page of its campaign against violence at home, with its guide and spots. */
export const CAMPAIGN_URL =
  'https://lillemetropole.fr/actualites/prevention-contre-les-violences-intrafamiliales';

/** The date of the data, where to report a mistake, and the campaign that made the guide. */
export function footer(reportUrl: string | null, locale: Locale): TemplateResult {
  return html`<footer class="meta footer">
    <p>${msg(str`Données mises à jour le ${formatDate(DATA_DATE, locale)}.`)}</p>
    <ul class="footer-links">
      ${
        reportUrl
          ? html`<li>
              <a href=${reportUrl} rel="noreferrer noopener">${msg('Signaler une erreur')}</a>
            </li>`
          : nothing
      }
      <li>
        <a href=${CAMPAIGN_URL} rel="noreferrer noopener"
          >${msg('La campagne de la Métropole européenne de Lille, son guide et ses spots')}</a
        >
      </li>
    </ul>
  </footer>`;
}
