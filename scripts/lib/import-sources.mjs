// The three official formats `npm run data:import` reads, each turned into the same plain
// records: what the dataset says of one place (name, phones, address, hours…), before it is
// kept or left out for the metropolis and written as a contact. What each format holds, and how
// sure we are of it, is in data/README.md ("Import official open data"). Pure: text in, records out.
import {
  clockTime,
  DAY_NAMES,
  dayIndex,
  emailAddresses,
  parseCsv,
  phoneNumbers,
  plain,
  webAddresses,
} from './import-fields.mjs';
import { ANNUAIRE_2019 } from './import-annuaire-2019.mjs';
import { COMPETENCE } from './import-competence.mjs';

const DATA_GOUV = 'https://www.data.gouv.fr/fr/datasets/';
/** The day the texts of KINDS (and the importers' notes) were translated from French. */
export const TEXTS_TRANSLATED = '2026-12-06';
const INTERIEUR = "Ministère de l'Intérieur";

/** Each source: the dataset it reads, who publishes it, its page, and its reader. */
export const SOURCES = {
  police: {
    dataset: 'Liste des services de police accueillant du public avec géolocalisation',
    publisher: INTERIEUR,
    page: `${DATA_GOUV}liste-des-services-de-police-accueillant-du-public-avec-geolocalisation/`,
    read: readPolice,
  },
  gendarmerie: {
    dataset:
      "Liste des unités de gendarmerie accueillant du public, comprenant leur géolocalisation et leurs horaires d'ouverture",
    publisher: INTERIEUR,
    page: `${DATA_GOUV}liste-des-unites-de-gendarmerie-accueillant-du-public-comprenant-leur-geolocalisation-et-leurs-horaires-douverture/`,
    read: readGendarmerie,
  },
  annuaire: {
    dataset: "Annuaire de l'administration – Base de données locales de Service-public.fr",
    publisher: "Direction de l'information légale et administrative (DILA)",
    page: `${DATA_GOUV}service-public-fr-annuaire-de-l-administration-base-de-donnees-locales/`,
    read: readAnnuaire,
  },
  'annuaire-2019': ANNUAIRE_2019,
  competence: COMPETENCE,
};

/**
 * What each kind of place is for the directory: its kind of first door, categories, audiences,
 * the plain description residents read and the one line of its closed card (`summary`), in French
 * with their English and Arabic translations of TEXTS_TRANSLATED.
 */
export const KINDS = {
  mairie: {
    firstDoor: 'mairie',
    categories: ['accueil'],
    description: {
      fr: 'Mairie : accueil du public et orientation vers les services de la commune.',
      en: 'Town hall: welcomes the public and guides you to the services of the commune.',
      ar: 'البلدية: تستقبل الجمهور وتوجّهه نحو خدمات البلدية.',
    },
    summary: {
      fr: 'Accueil de la mairie : standard, orientation vers le CCAS et les services',
      en: 'Town hall reception: switchboard, guidance to the CCAS (social services) and other services',
      ar: 'استقبال البلدية: الهاتف الرئيسي، والتوجيه نحو المركز الاجتماعي (CCAS) والخدمات الأخرى',
    },
  },
  ccas: {
    firstDoor: 'mairie',
    categories: ['accueil'],
    description: {
      fr: "Centre communal d'action sociale (CCAS) : le service social de la commune, qui accueille et oriente les personnes en difficulté.",
      en: "Communal social action centre (CCAS): the commune's social service, which welcomes and guides people in difficulty.",
      ar: 'المركز البلدي للعمل الاجتماعي (CCAS): الخدمة الاجتماعية للبلدية، يستقبل الأشخاص الذين يواجهون صعوبات ويوجّههم.',
    },
    summary: {
      fr: 'Service social de la commune, pour les personnes en difficulté',
      en: "The town's social service, for people in difficulty",
      ar: 'الخدمة الاجتماعية للبلدية، للأشخاص الذين يواجهون صعوبات',
    },
  },
  police: {
    firstDoor: 'police',
    categories: ['police'],
    description: {
      fr: 'Service de la police nationale qui accueille le public : on peut y porter plainte. En danger, appelez le 17 ou le 112.',
      en: 'National police service open to the public: you can file a complaint there. In danger, call 17 or 112.',
      ar: 'مصلحة من الشرطة الوطنية تستقبل الجمهور: يمكن تقديم شكوى فيها. في حالة الخطر، اتصلوا بالرقم 17 أو 112.',
    },
    summary: {
      fr: 'Police nationale : accueil du public, on peut y porter plainte',
      en: 'National police: open to the public, you can file a complaint',
      ar: 'الشرطة الوطنية: تستقبل الجمهور، ويمكن تقديم شكوى فيها',
    },
  },
  gendarmerie: {
    firstDoor: 'police',
    categories: ['police'],
    description: {
      fr: 'Unité de gendarmerie qui accueille le public : on peut y porter plainte. En danger, appelez le 17 ou le 112.',
      en: 'Gendarmerie unit open to the public: you can file a complaint there. In danger, call 17 or 112.',
      ar: 'وحدة من الدرك تستقبل الجمهور: يمكن تقديم شكوى فيها. في حالة الخطر، اتصلوا بالرقم 17 أو 112.',
    },
    summary: {
      fr: 'Gendarmerie : accueil du public, on peut y porter plainte',
      en: 'Gendarmerie: open to the public, you can file a complaint',
      ar: 'الدرك: يستقبل الجمهور، ويمكن تقديم شكوى فيه',
    },
  },
  justice: {
    firstDoor: 'justice',
    categories: ['droits'],
    description: {
      fr: "Lieu d'accès au droit (maison de justice et du droit, point-justice) : information juridique gratuite.",
      en: 'A place for access to the law (maison de justice et du droit, point-justice): free legal information.',
      ar: 'مكان للوصول إلى القانون (maison de justice et du droit، point-justice): معلومات قانونية مجانية.',
    },
    summary: {
      fr: 'Information juridique gratuite, sur vos droits',
      en: 'Free legal information on your rights',
      ar: 'معلومات قانونية مجانية عن حقوقكم',
    },
  },
  victimes: {
    firstDoor: 'victimes',
    categories: ['droits'],
    description: {
      fr: "Service d'aide aux victimes : écoute, information sur les droits et accompagnement des victimes d'infractions.",
      en: 'Victim support service: listening, information on rights and support for victims of offences.',
      ar: 'خدمة مساعدة الضحايا: الاستماع، والإعلام بالحقوق، ومرافقة ضحايا الجرائم.',
    },
    summary: {
      fr: 'Aide aux victimes : écoute, droits et accompagnement',
      en: 'Victim support: listening, rights and support',
      ar: 'مساعدة الضحايا: الاستماع والحقوق والمرافقة',
    },
  },
  cidff: {
    categories: ['droits'],
    description: {
      fr: "Centre d'information sur les droits des femmes et des familles (CIDFF) : information sur les droits, gratuite et confidentielle.",
      en: "Women's and families' rights information centre (CIDFF): information on rights, free and confidential.",
      ar: 'مركز الإعلام حول حقوق النساء والأسر (CIDFF): معلومات عن الحقوق، مجانية وسرية.',
    },
    summary: {
      fr: 'Information gratuite sur les droits des femmes et des familles',
      en: 'Free information on the rights of women and families',
      ar: 'معلومات مجانية عن حقوق النساء والأسر',
    },
  },
};

/** The annuaire's types of place ("pivot") that are first doors or help against violence. */
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

/** Gendarmerie units in the list that do not receive the public about an offence. */
const NOT_A_FRONT_DESK = /recrutement|motoris|autorout/i;

/** Police services: one CSV row each, with no id of its own (the name and commune serve). */
function readPolice(text) {
  return parseCsv(text).map((row) => ({
    record: `${row.code_commune_insee} ${row.service}`,
    kind: 'police',
    name: row.service,
    located: row.code_commune_insee,
    competence: [],
    phones: phoneNumbers(row.telephone),
    emails: emailAddresses([]),
    websites: webAddresses([]),
    address: csvAddress(row),
    hours: null,
    publicPage: null,
    modified: null,
  }));
}

/** Gendarmerie units: one CSV row each, identified by `identifiant_public_unite`. */
function readGendarmerie(text) {
  return parseCsv(text)
    .filter((row) => !NOT_A_FRONT_DESK.test(row.service))
    .map((row) => ({
      record: row.identifiant_public_unite,
      kind: 'gendarmerie',
      name: row.service,
      located: row.code_commune_insee,
      competence: [],
      phones: phoneNumbers(row.telephone),
      emails: emailAddresses([]),
      websites: webAddresses([]),
      address: csvAddress(row),
      hours: gendarmerieHours(row),
      publicPage: webAddresses([row.url ?? '']).https[0] ?? null,
      modified: null,
    }));
}

function csvAddress(row) {
  // Without `voie`, the street is adresse_geographique up to its postal code and town.
  const geographic = /^\d{5}$/.test(row.code_postal ?? '')
    ? row.adresse_geographique?.split(row.code_postal)[0]
    : row.adresse_geographique;
  const street = row.voie || geographic?.trim();
  return street ? { street, postalCode: row.code_postal, city: row.commune } : null;
}

/**
 * A unit's hours: from the columns day by day (`lundi_plage1_debut`, …, `jours_feries_plage1_fin`)
 * when the file has them, else from the text of `horaires_accueil`
 * ("Lundi : 8h00-12h00 14h00-18h00 Mardi : …").
 */
function gendarmerieHours(row) {
  if (Object.keys(row).some((column) => /^lundi_plage\d_debut$/.test(column))) {
    const ranges = (prefix) =>
      [1, 2, 3]
        .map((i) => [
          clockTime(row[`${prefix}_plage${i}_debut`]),
          clockTime(row[`${prefix}_plage${i}_fin`]),
        ])
        .filter(([from, to]) => from && to);
    const week = DAY_NAMES.map(ranges);
    const holidays = ranges('jours_feries');
    if (week.every((day) => day.length === 0)) return null;
    return { week, holidays: holidays.length > 0 ? holidays : null, comments: [] };
  }
  return hoursFromText(row.horaires_accueil ?? '');
}

const DAY_LABEL =
  /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jours?\s+f[ée]ri[ée]s?)\s*:/gi;
const RANGE = /(\d{1,2}\s*h\s*\d{0,2})\s*(?:-|–|à)\s*(\d{1,2}\s*h\s*\d{0,2})/gi;

/**
 * Hours written as text, day by day. A day the text does not name is closed; a day whose text
 * says more than times ("sur rendez-vous") keeps that as a comment, so no hours are computed.
 */
export function hoursFromText(text) {
  const labels = [...text.matchAll(DAY_LABEL)];
  if (labels.length === 0)
    return text.trim() ? { week: null, holidays: null, comments: [text.trim()] } : null;
  const week = DAY_NAMES.map(() => []);
  let holidays = null;
  const comments = [];
  labels.forEach((label, i) => {
    const content = text.slice(label.index + label[0].length, labels[i + 1]?.index ?? text.length);
    const ranges = [...content.matchAll(RANGE)].map(([, from, to]) => [
      clockTime(from.replace(/\s/g, '')),
      clockTime(to.replace(/\s/g, '')),
    ]);
    const rest = plain(content.replace(RANGE, ''))
      .replace(/\b(et)\b/g, '')
      .trim();
    if (ranges.some(([from, to]) => !from || !to) || (rest && rest !== 'ferme')) {
      comments.push(`${label[1]} : ${content.trim()}`);
    }
    const valid = ranges.filter(([from, to]) => from && to);
    const day = dayIndex(label[1]);
    if (day >= 0) week[day].push(...valid);
    else holidays = valid;
  });
  return { week, holidays, comments };
}

/**
 * The annuaire, as the data.gouv.fr file ({ "service": [ … ] }, fields as lists) or as an export
 * of the API Annuaire (a list, or { "results": [ … ] }, where lists are JSON written in strings).
 */
function readAnnuaire(text) {
  const parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
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

/** A field that is a list, a list written as JSON in a string, one value, or nothing. */
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

/** `plage_ouverture`: from `nom_jour_debut` to `nom_jour_fin`, ranges `valeur_heure_debut_N`. */
function annuaireHours(service) {
  const ranges = list(service.plage_ouverture);
  if (ranges.length === 0) return null;
  const week = DAY_NAMES.map(() => []);
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
  return { week, holidays: null, comments };
}

/** "09/08/2023 13:30:19" or "2023-08-09…" → "2023-08-09"; else null. */
function frenchDate(text) {
  const french = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(text ?? '');
  if (french) return `${french[3]}-${french[2]}-${french[1]}`;
  return /^\d{4}-\d{2}-\d{2}/.exec(text ?? '')?.[0] ?? null;
}
