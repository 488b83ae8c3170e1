import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from './heading.js';
import { disclosureButton, disclosureRegion, type Disclosures } from './disclosure.js';

/**
 * "Protéger votre navigation", opened in place under the safety banner. Honest above all: what
 * the quick exit does and does not do comes first, then the traces the browser and the phone
 * keep; how to reduce them, and what the widget itself keeps (nothing), on "En savoir plus".
 */
export function protectSection(
  level: number,
  quickExit: boolean,
  disclosures: Disclosures,
): TemplateResult {
  return html`<section id="protect" class="protect" aria-labelledby="protect-title">
    ${heading(level, msg('Protéger votre navigation'), {
      id: 'protect-title',
      className: 'section-title',
      focusable: true,
    })}
    ${
      quickExit
        ? html`<p>
            ${msg(
              'Le bouton « Quitter rapidement », ou trois appuis sur la touche Maj d’un clavier, cache aussitôt la page et ouvre un site de météo. La page quittée ne reste pas dans le bouton « Retour », mais les pages vues avant restent dans l’historique. Le bouton ne protège pas d’un logiciel espion.',
            )}
          </p>`
        : nothing
    }
    <p>${msg('Votre navigateur et votre téléphone gardent des traces :')}</p>
    <ul>
      <li>
        ${msg('l’historique du navigateur garde l’adresse de cette page du site de la mairie ;')}
      </li>
      <li>
        ${msg('le journal d’appels garde les numéros appelés, et la messagerie garde les SMS envoyés ;')}
      </li>
      <li>
        ${msg(
          'la facture détaillée peut montrer les numéros appelés. D’après leurs services, le 3919 et le 119 n’y apparaissent pas.',
        )}
      </li>
    </ul>
    ${disclosureRegion(
      disclosures,
      'protect-more',
      'protect-more',
      () =>
        html`<p>${msg('Pour limiter ces traces :')}</p>
          <ul>
            <li>
              ${msg(
                'utilisez la navigation privée, ou un autre appareil (chez une personne de confiance, au travail, à la médiathèque) ;',
              )}
            </li>
            <li>
              ${msg(
                'supprimez seulement cette page de l’historique et l’appel du journal d’appels : tout effacer peut éveiller les soupçons ;',
              )}
            </li>
            <li>
              ${msg('si vous pensez que votre téléphone est surveillé, appelez d’un autre téléphone.')}
            </li>
          </ul>
          <p>
            ${msg(
              'Ce module ne garde rien : pas de cookie, rien d’enregistré sur l’appareil, pas de statistiques. Ce que vous tapez dans la recherche n’est ni enregistré ni envoyé.',
            )}
          </p>`,
    )}
    ${
      disclosures.isOpen('protect-more')
        ? nothing
        : disclosureButton(
            disclosures,
            'protect-more',
            'protect-more',
            msg('En savoir plus'),
            'link-button',
          )
    }
  </section>`;
}
