import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from './heading.js';

/**
 * "Protéger votre navigation": what the widget keeps (nothing), what the browser and the phone
 * keep, how to reduce it, and what the quick exit does and does not do. Honest above all: the
 * quick exit guards against someone looking at the screen, not against spyware or history.
 */
export function protectSection(level: number, quickExit: boolean): TemplateResult {
  return html`<section class="protect" aria-labelledby="protect-title">
    ${heading(level, msg('Protéger votre navigation'), {
      id: 'protect-title',
      className: 'section-title',
      focusable: true,
    })}
    <p>
      ${msg(
        'Ce module ne garde rien : pas de cookie, rien d’enregistré sur l’appareil, pas de statistiques. Ce que vous tapez dans la recherche n’est ni enregistré ni envoyé.',
      )}
    </p>
    <p>${msg('Mais votre navigateur et votre téléphone, eux, gardent des traces :')}</p>
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
    <p>${msg('Pour limiter ces traces :')}</p>
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
    ${
      quickExit
        ? html`<p>
            ${msg(
              'Le bouton « Quitter rapidement », ou trois appuis sur la touche Maj d’un clavier, cache aussitôt la page et ouvre un site de météo. La page quittée ne reste pas dans le bouton « Retour », mais les pages vues avant restent dans l’historique. Le bouton ne protège pas d’un logiciel espion.',
            )}
          </p>`
        : nothing
    }
  </section>`;
}
