// The official sources `npm run data:import` reads, one module each (police.mjs,
// gendarmerie.mjs, annuaire.mjs), each turning its format into the same plain records: what the
// dataset says of one place (name, phones, address, hours…), before it is kept or left out for
// the metropolis and written as a contact. What each format holds, and how sure we are of it, is
// in data/README.md ("Import official open data"). To add a source: a module that exports its
// { dataset, publisher, page, read }, listed below.
import { annuaire } from './annuaire.mjs';
import { gendarmerie } from './gendarmerie.mjs';
import { police } from './police.mjs';

/** Each source: the dataset it reads, who publishes it, its page, and its reader. */
export const SOURCES = { police, gendarmerie, annuaire };

/**
 * What each kind of place is for the directory: its kind of first door, categories, audiences,
 * the plain description residents read and the one line of its closed card (`summary`).
 */
export const KINDS = {
  mairie: {
    firstDoor: 'mairie',
    categories: ['accueil'],
    description: 'Mairie : accueil du public et orientation vers les services de la commune.',
    summary: {
      fr: 'Mairie : accueil et orientation vers les services de la commune',
      en: "Town hall: welcome and guidance to the town's services",
      ar: 'البلدية: استقبال وتوجيه نحو خدمات البلدية',
    },
  },
  ccas: {
    firstDoor: 'mairie',
    categories: ['accueil'],
    description:
      "Centre communal d'action sociale (CCAS) : le service social de la commune, qui accueille et oriente les personnes en difficulté.",
    summary: {
      fr: 'Service social de la commune, pour les personnes en difficulté',
      en: "The town's social service, for people in difficulty",
      ar: 'الخدمة الاجتماعية للبلدية، للأشخاص الذين يواجهون صعوبات',
    },
  },
  police: {
    firstDoor: 'police',
    categories: ['police'],
    description:
      'Service de la police nationale qui accueille le public : on peut y porter plainte. En danger, appelez le 17 ou le 112.',
    summary: {
      fr: 'Police nationale : accueil du public, on peut y porter plainte',
      en: 'National police: open to the public, you can file a complaint',
      ar: 'الشرطة الوطنية: تستقبل الجمهور، ويمكن تقديم شكوى فيها',
    },
  },
  gendarmerie: {
    firstDoor: 'police',
    categories: ['police'],
    description:
      'Unité de gendarmerie qui accueille le public : on peut y porter plainte. En danger, appelez le 17 ou le 112.',
    summary: {
      fr: 'Gendarmerie : accueil du public, on peut y porter plainte',
      en: 'Gendarmerie: open to the public, you can file a complaint',
      ar: 'الدرك: يستقبل الجمهور، ويمكن تقديم شكوى فيه',
    },
  },
  justice: {
    firstDoor: 'justice',
    categories: ['droits'],
    description:
      "Lieu d'accès au droit (maison de justice et du droit, point-justice) : information juridique gratuite.",
    summary: {
      fr: 'Information juridique gratuite, sur vos droits',
      en: 'Free legal information on your rights',
      ar: 'معلومات قانونية مجانية عن حقوقكم',
    },
  },
  victimes: {
    firstDoor: 'victimes',
    categories: ['droits'],
    description:
      "Service d'aide aux victimes : écoute, information sur les droits et accompagnement des victimes d'infractions.",
    summary: {
      fr: 'Aide aux victimes : écoute, droits et accompagnement',
      en: 'Victim support: listening, rights and support',
      ar: 'مساعدة الضحايا: الاستماع والحقوق والمرافقة',
    },
  },
  cidff: {
    categories: ['droits'],
    description:
      "Centre d'information sur les droits des femmes et des familles (CIDFF) : information sur les droits, gratuite et confidentielle.",
    summary: {
      fr: 'Information gratuite sur les droits des femmes et des familles',
      en: 'Free information on the rights of women and families',
      ar: 'معلومات مجانية عن حقوق النساء والأسر',
    },
  },
};
