// Annuaire de l'administration (DILA, Service-public.fr): the places of the kinds the directory
// lists, turned into plain records. Pure: text in, records out.
import {
  clockTime,
  DATA_GOUV,
  DAY_NAMES,
  dayIndex,
  emailAddresses,
  phoneNumbers,
  PUBLISHERS_IN_WORDS,
  webAddresses,
} from './fields.mjs';

/** @type {import('../types.js').ImportSource} */
export const annuaire = {
  dataset: "Annuaire de l'administration – Base de données locales de Service-public.fr",
  publisher: "Direction de l'information légale et administrative (DILA)",
  page: `${DATA_GOUV}service-public-fr-annuaire-de-l-administration-base-de-donnees-locales/`,
  inWords: PUBLISHERS_IN_WORDS.annuaire,
  read: readAnnuaire,
};

/**
 * The annuaire's types of place ("pivot") that are first doors or help against violence.
 * @type {Record<string, string>}
 */
export const ANNUAIRE_KINDS = {
  mairie: 'mairie',
  mairie_com: 'mairie',
  ccas: 'ccas',
  commissariat_police: 'police',
  gendarmerie: 'gendarmerie',
  mjd: 'justice',
  point_justice: 'justice',
  antenne_justice: 'justice',
  cdad: 'justice',
  permanence_juridique: 'justice',
  bav: 'victimes',
  aav: 'victimes',
  cidf: 'cidff',
};

/**
 * The annuaire, as the data.gouv.fr file ({ "service": [ … ] }, fields as lists) or as an export
 * of the API Annuaire (a list, or { "results": [ … ] }, where lists are JSON written in strings).
 * @param {string} text the JSON file
 * @returns {import('../types.js').ImportRecord[]}
 */
function readAnnuaire(text) {
  const parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  /** @type {Record<string, any>[]} the file's services, as read */
  const services = Array.isArray(parsed) ? parsed : (parsed.service ?? parsed.results ?? []);
  return services.flatMap((service) => {
    const pivots = list(service.pivot);
    const pivot = pivots.find((entry) => ANNUAIRE_KINDS[entry?.type_service_local]);
    if (!pivot) return [];
    const address =
      list(service.adresse).find((entry) => entry?.type_adresse === 'Adresse') ??
      list(service.adresse)[0];
    const street = [address?.complement1, address?.numero_voie].filter(Boolean).join(', ');
    return [
      {
        record: service.id,
        legacyRecord: service.ancien_code_pivot || null,
        kind: ANNUAIRE_KINDS[pivot.type_service_local],
        name: service.nom,
        located: service.code_insee_commune,
        competence: pivots.flatMap((entry) => list(entry?.code_insee_commune)),
        phones: phoneNumbers(list(service.telephone).map((phone) => phone?.valeur ?? phone)),
        emails: emailAddresses(list(service.adresse_courriel)),
        websites: webAddresses(list(service.site_internet).map((site) => site?.valeur ?? site)),
        address: street
          ? { street, postalCode: address.code_postal, city: address.nom_commune }
          : null,
        hours: annuaireHours(service),
        publicPage: webAddresses([service.url_service_public ?? '']).https[0] ?? null,
        modified: frenchDate(service.date_modification),
      },
    ];
  });
}

/**
 * A field that is a list, a list written as JSON in a string, one value, or nothing.
 * @param {unknown} value
 * @returns {any[]} its items, as read
 */
function list(value) {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.startsWith('[') || text.startsWith('{')) {
      try {
        const parsed = JSON.parse(text);
        return Array.isArray(parsed) ? parsed : [parsed];
      } catch {
        return [text];
      }
    }
    return text ? text.split(/\s*;\s*/) : [];
  }
  return value === null || value === undefined ? [] : [value];
}

/**
 * `plage_ouverture`: from `nom_jour_debut` to `nom_jour_fin`, ranges `valeur_heure_debut_N`.
 * @param {Record<string, any>} service a service of the file, as read
 * @returns {import('../types.js').RecordHours | null}
 */
function annuaireHours(service) {
  const ranges = list(service.plage_ouverture);
  if (ranges.length === 0) return null;
  /** @type {(string | null)[][][]} */
  const week = DAY_NAMES.map(() => []);
  /** @type {string[]} */
  const comments = [];
  for (const range of ranges) {
    const from = dayIndex(range?.nom_jour_debut ?? '');
    const to = dayIndex(range?.nom_jour_fin || range?.nom_jour_debut || '');
    const times = Object.keys(range ?? {})
      .map((key) => /^valeur_heure_debut_(\d)$/.exec(key)?.[1])
      .filter(Boolean)
      .sort()
      .map((n) => [
        clockTime(range[`valeur_heure_debut_${n}`]),
        clockTime(range[`valeur_heure_fin_${n}`]),
      ])
      .filter(([start, end]) => start && end);
    if (from < 0 || to < from) {
      comments.push(
        `jours illisibles : ${range?.nom_jour_debut ?? ''} – ${range?.nom_jour_fin ?? ''}`,
      );
      continue;
    }
    for (let day = from; day <= to; day += 1) week[day].push(...times);
    if (range.commentaire?.trim()) comments.push(range.commentaire.trim());
  }
  if (service.commentaire_plage_ouverture?.trim()) {
    comments.push(service.commentaire_plage_ouverture.trim());
  }
  // Only ranges with both ends were kept: no null is left.
  return /** @type {import('../types.js').RecordHours} */ ({ week, holidays: null, comments });
}

/**
 * "09/08/2023 13:30:19" or "2023-08-09…" → "2023-08-09"; else null.
 * @param {string | undefined} text
 */
function frenchDate(text) {
  const french = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(text ?? '');
  if (french) return `${french[3]}-${french[2]}-${french[1]}`;
  return /^\d{4}-\d{2}-\d{2}/.exec(text ?? '')?.[0] ?? null;
}
