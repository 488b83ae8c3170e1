import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DATA_DATE } from '../../data/generated/core.js';
import { formatDate } from '../../localization/calendar.js';
import type { Locale } from '../../data/types.js';

/** The MEL's own page of its campaign against violence at home, with its guide and spots. */
export const CAMPAIGN_URL =
  'https://lillemetropole.fr/actualites/prevention-contre-les-violences-intrafamiliales';

/**
 * The day the list was published (not the day every number was checked: each card says where
 * its facts come from, and when), where to report a mistake, and the campaign that made the guide.
 */
export function footer(reportUrl: string | null, locale: Locale): TemplateResult {
  return html`<footer class="meta footer">
    <p>
      ${msg(str`Liste publiée le ${formatDate(DATA_DATE, locale)}.`)}
      ${msg('Chaque fiche dit d’où viennent ses informations, et de quand.')}
    </p>
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
