/**
 * The French texts the first paint draws before the element has loaded (first-paint.ts). Each
 * one is also a msg() of the element's first screen (first-screen.ts, exit-bar.ts,
 * search-field.ts, vif-help.component.ts), so the translators' XLIFF already holds it:
 * scripts/i18n/build.mjs copies the translations into src/localization/generated/first-paint.ts
 * and refuses a text that has none. A plain module, so that node reads it as it is.
 */
export const FIRST_PAINT_TEXTS = {
  exitHidden: 'Sortie de sécurité :',
  exit: 'Quitter rapidement',
  secondaryExit: 'Quitter rapidement ce site (sortie de sécurité)',
  banner:
    'Quitter rapidement (ou Maj ×3) cache cette page. L’historique et le journal d’appels gardent des traces.',
  bannerWithoutExit: 'L’historique du navigateur et le journal d’appels gardent des traces.',
  protect: 'Protéger votre navigation',
  title: 'Violences dans la famille ou le couple : trouver de l’aide',
  changeCommune: 'Changer de commune',
  emergency: 'En danger maintenant',
  notOnBill: 'n’apparaît pas sur la facture',
  also: 'Autres numéros d’urgence',
  otherLines: 'Autres lignes d’écoute',
  search: 'Trouver de l’aide près de chez vous',
  placeholder: 'hébergement, avocat, plainte…',
  loading: 'Chargement…',
  moreHelp: 'Plus d’aide',
  launcher: 'Violences dans le couple ou la famille : trouver de l’aide',
  close: 'Fermer',
};
