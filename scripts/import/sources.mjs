// The official sources `npm run data:import` reads, one module each (police.mjs,
// gendarmerie.mjs, annuaire.mjs), each turning its format into the same plain records: what the
// dataset says of one place (name, phones, address, hours…), before it is kept or left out for
// the metropolis and written as a contact. What each format holds, and how sure we are of it, is
// in data/README.md ("Import official open data"). To add a source: a module that exports its
// { dataset, publisher, page, inWords, read }, listed below (annuaire-2019.mjs and competence.mjs
// add idPrefix, oldFileNote and summarise; annuaire-2016.mjs adds settle, which sets an older
// file against the newer data). `inWords` names the publisher as residents read it
// after « D'après » (fields.mjs, PUBLISHERS_IN_WORDS); `shownPage`, for a file kept as a copy on
// a code-hosting site, is the publisher's own page that residents follow instead.
import { annuaire } from './annuaire.mjs';
import { annuaire2016 } from './annuaire-2016.mjs';
import { annuaire2019 } from './annuaire-2019.mjs';
import { competence } from './competence.mjs';
import { gendarmerie } from './gendarmerie.mjs';
import { police } from './police.mjs';

/**
 * Each source: the dataset it reads, who publishes it (for the team, and in residents' words),
 * its page, and its reader; optionally the publisher's page residents see, the
 * prefix of its contacts' ids, the note residents read on a file older than two years, and what
 * its import summary adds (see build.mjs and main.mjs).
 * @type {Record<string, import('../types.js').ImportSource>}
 */
export const SOURCES = {
  police,
  gendarmerie,
  annuaire,
  'annuaire-2019': annuaire2019,
  'annuaire-2016': annuaire2016,
  competence,
};

/** The day the texts of KINDS (and the importers' notes) were translated from French. */
export const TEXTS_TRANSLATED = '2026-12-06';

/**
 * What each kind of place is for the directory: its kind of first door, categories, audiences,
 * the plain description residents read and the one line of its closed card (`summary`), in French
 * with their English and Arabic translations of TEXTS_TRANSLATED.
 * @type {Record<string, { firstDoor?: import('../types.js').FirstDoor, categories: string[], description: import('../types.js').LocalizedText, summary: import('../types.js').LocalizedText }>}
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
